"""Experience stage: the dated roles of a resume's experience section -> years, per role and skill.

    total_years    = months covered by the union of the roles' date ranges / 12 (overlaps once)
    years(skill)   = the same over the roles whose text holds accepted evidence of the skill
    level          = the seed's level for the whole years: entry 0-2, mid 3-5, senior 6+

Ranges read (with a hyphen, an en or em dash, "to", "until"): "Jan 2020 - Present", "January 2020
to June 2021", "Sept. 2019 - now", "06/2019 - 08/2020", "2019-06 - 2020-08", "2018-2021",
"2019 - now", "since 2021". An ongoing role ("present",
"current", "now", "today", "to date") ends at the reference date `as_of`, so reports are
reproducible. Month ranges count both end months ("Jan 2020 - Dec 2020" is 12 months); a year
alone counts from its January ("2018-2021" is 3 years; "2019-2019" one month).
A range that looks like dates but cannot be read (a season, month 13, an end before its start, a
start after the reference date) is reported as unreadable and never guessed. Only the experience
section counts: education and project dates are not professional experience.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from analyzer.extract.dates import (
    CJK_MONTH,
    LOOKS_LIKE_RANGE,
    LOOKS_LIKE_RANGE_START,
    MONTH_WORD,
    MONTHS,
    ONGOING,
    RANGE,
    RANGE_START,
    SEASONS,
    matches,
)
from analyzer.types import (
    Evidence,
    ExperienceSummary,
    ExtractedResume,
    Role,
    SkillYears,
    UnreadableDate,
)
from skill_lexicon.postings import PostingVocabulary

Month = tuple[int, int]
"""(year, month)."""


class UnreadableDateRange(ValueError):
    pass


def _index(month: Month) -> int:
    return month[0] * 12 + month[1] - 1


def _point(text: str, as_of: date) -> Month:
    cleaned = " ".join(text.lower().replace(".", " ").replace(",", " ").split())
    if any(cleaned.startswith(season) for season in SEASONS):
        raise UnreadableDateRange(f"{text!r} names a season, not a month")
    if cleaned in ONGOING or cleaned.replace(" ", "") == "todate":
        return as_of.year, as_of.month
    cjk = re.fullmatch(CJK_MONTH, cleaned)
    if cjk:
        year, month = int(cjk.group(1)), int(cjk.group(2))
        if not 1 <= month <= 12:
            raise UnreadableDateRange(f"{text!r} has month {month}")
        return _year(str(year), text), month
    words = re.match(rf"^({MONTH_WORD})\s*'?(\d{{2,4}})$", cleaned)
    if words:
        return _year(words.group(2), text), MONTHS[words.group(1)]
    numeric = re.match(r"^(\d{1,2})\s*[/ ]\s*(\d{4})$", cleaned) or re.match(
        r"^(\d{4})\s*[/-]\s*(\d{1,2})$", cleaned
    )
    if numeric:
        a, b = numeric.groups()
        year, month = (int(b), int(a)) if len(a) <= 2 else (int(a), int(b))
        if not 1 <= month <= 12:
            raise UnreadableDateRange(f"{text!r} has month {month}")
        return _year(str(year), text), month
    if re.fullmatch(r"\d{4}", cleaned):
        return _year(cleaned, text), 1
    raise UnreadableDateRange(f"{text!r} is not a date")


def _year_only(text: str) -> bool:
    return bool(re.fullmatch(r"\s*\d{4}\s*", text))


def _year(digits: str, text: str) -> int:
    year = int(digits)
    if len(digits) == 2:
        year += 2000 if year < 50 else 1900
    if not 1950 <= year <= 2100:
        raise UnreadableDateRange(f"{text!r}: year {year} is out of range")
    return year


@dataclass(frozen=True, slots=True)
class _Span:
    role: Role
    first: int
    last: int
    """Month indexes, end exclusive."""
    text_start: int
    text_end: int


def read_experience(
    resume: ExtractedResume,
    evidence: Mapping[str, Iterable[Evidence]],
    vocabulary: PostingVocabulary,
    *,
    as_of: date,
    years_asked: float | None = None,
) -> ExperienceSummary:
    """Years of experience from `resume`'s experience sections, per role and per skill."""
    spans: list[_Span] = []
    unreadable: list[UnreadableDate] = []
    for section in resume.sections:
        if section.kind != "experience":
            continue
        found, bad = _roles_in(resume.text, section.start, section.end, as_of)
        spans += found
        unreadable += bad
    total = _months(spans)
    skill_years = []
    for skill_id, items in sorted(evidence.items()):
        offsets = sorted(e.start for e in items if e.accepted)
        holding = [s for s in spans if _holds(offsets, s.text_start, s.text_end)]
        if holding:
            skill_years.append(SkillYears(skill_id, round(_months(holding) / 12, 1)))
    years = round(total / 12, 1)
    level = vocabulary.level_for_years(years)
    return ExperienceSummary(
        as_of=as_of.isoformat(),
        total_years=years,
        level=level.id,
        level_name=level.name,
        salary_band=level.salary_band,
        salary_region=f"{vocabulary.salary_source.region} ({vocabulary.salary_source.year})",
        roles=_distinct(s.role for s in spans),
        skill_years=tuple(skill_years),
        unreadable=tuple(unreadable),
        years_asked=years_asked,
        meets_years=None if years_asked is None else years >= years_asked,
    )


def _roles_in(
    text: str, start: int, end: int, as_of: date
) -> tuple[list[_Span], list[UnreadableDate]]:
    snippet = text[start:end]
    read: list[tuple[int, int, Month, Month, int, bool, str]] = []
    unreadable: list[UnreadableDate] = []
    taken: list[tuple[int, int]] = []
    for match in matches(RANGE, RANGE_START, snippet):
        offset = start + match.start()
        taken.append((match.start(), match.end()))
        try:
            if match.group("since"):
                first, last, ongoing = _point(match.group("since"), as_of), None, True
            else:
                first = _point(match.group("start"), as_of)
                end_text = match.group("end")
                ongoing = end_text.lower().replace(" ", "") in {w.replace(" ", "") for w in ONGOING}
                last = _point(end_text, as_of)
            last = last or (as_of.year, as_of.month)
            counted_to = _index(last) + (0 if ongoing or _year_only(end_text) else 1)
            if _index(first) > _index((as_of.year, as_of.month)):
                raise UnreadableDateRange(f"starts after the reference date {as_of.isoformat()}")
            if _index(last) < _index(first):
                raise UnreadableDateRange("ends before it starts")
        except UnreadableDateRange as error:
            unreadable.append(UnreadableDate(match.group(0), offset, str(error)))
            continue
        read.append((offset, start + match.end(), first, last, counted_to, ongoing, match.group(0)))
    taken_starts = [a for a, _ in taken]  # in text order
    for match in matches(LOOKS_LIKE_RANGE, LOOKS_LIKE_RANGE_START, snippet):
        index = bisect.bisect_right(taken_starts, match.start())
        near = taken[max(index - 1, 0) : index + 1]
        if any(a < match.end() and match.start() < b for a, b in near):
            continue
        unreadable.append(
            UnreadableDate(match.group(0), start + match.start(), "not a date range skillgap reads")
        )
    spans = []
    for i, (offset, _, first, last, counted_to, ongoing, dates) in enumerate(read):
        text_start = _role_start(text, offset, read[i - 1][1] if i else start)
        text_end = _role_start(text, read[i + 1][0], offset) if i + 1 < len(read) else end
        months = max(counted_to - _index(first), 1)
        role = Role(
            start=f"{first[0]:04d}-{first[1]:02d}",
            end=f"{last[0]:04d}-{last[1]:02d}",
            ongoing=ongoing,
            months=months,
            dates=dates,
            offset=offset,
            context=_line(text, offset),
        )
        spans.append(_Span(role, _index(first), _index(first) + months, text_start, text_end))
    return spans, sorted(unreadable, key=lambda u: u.offset)


def _holds(sorted_offsets: list[int], start: int, end: int) -> bool:
    """True when an offset lies in [start, end) (binary search: resumes may have many roles)."""
    index = bisect.bisect_left(sorted_offsets, start)
    return index < len(sorted_offsets) and sorted_offsets[index] < end


def _distinct(roles: Iterable[Role]) -> tuple[Role, ...]:
    """The roles without repeats: a resume that lists its history twice (a summary of roles,
    then the details) has each role once."""
    seen: dict[tuple[str, str, str], Role] = {}
    for role in roles:
        seen.setdefault((role.start, role.end, role.context), role)
    return tuple(seen.values())


def _role_start(text: str, date_offset: int, floor: int) -> int:
    """Where the role dated at `date_offset` starts: its line, or the line above when that holds
    the title (after the previous role's dates)."""
    line_start = text.rfind("\n", 0, date_offset) + 1
    above = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    if above >= floor and line_start > 0 and text[above : line_start - 1].strip():
        return above
    return max(line_start, floor)


def _months(spans: Iterable[_Span]) -> int:
    """Months covered by the union of the spans' ranges."""
    covered: set[int] = set()
    for span in spans:
        covered.update(range(span.first, span.last))
    return len(covered)


def _line(text: str, offset: int) -> str:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return " ".join(text[start : len(text) if end == -1 else end].split())[:160]
