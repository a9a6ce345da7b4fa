"""What every renderer shows, computed once: skill groups with their coverage, evidence excerpts.

Nothing here formats; the renderers decide how a group, an excerpt or a status looks.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from analyzer.config import DEFAULT_SECTION_STATUS
from analyzer.extract.glyphs import ITEM_MARKS
from analyzer.types import (
    STATUSES,
    AnalysisResult,
    Evidence,
    ExtractedResume,
    Section,
    SkillAssessment,
)

EXCERPT_RADIUS = 70
"""Characters of context shown on each side of a piece of evidence, at most."""


_WHITESPACE = re.compile(r"\s+")


def printable(value: str) -> str:
    """`value` on one line: white space runs become one space, control characters become U+FFFD.

    Resume text is untrusted; an escape sequence in it must not reach a terminal.
    """
    squashed = _WHITESPACE.sub(" ", value)
    return "".join("\ufffd" if unicodedata.category(c) == "Cc" else c for c in squashed)


def accepted_evidence(skill: SkillAssessment) -> tuple[Evidence, ...]:
    """The evidence that counts for `skill`, strongest first: evidence from sections that
    demonstrate a skill (experience, projects), then those that list it, then those that mention
    it (by the default section statuses), each in reading order."""
    return tuple(sorted((e for e in skill.evidence if e.accepted), key=_section_rank))


def _section_rank(evidence: Evidence) -> int:
    status = DEFAULT_SECTION_STATUS.get(evidence.section)
    return STATUSES.index(status) if status in STATUSES else len(STATUSES)


@dataclass(frozen=True, slots=True)
class GroupCoverage:
    """The skills of one group and the weighted strength they earn: earned / possible."""

    name: str
    skills: tuple[SkillAssessment, ...]
    earned: float
    possible: float

    @property
    def share(self) -> float | None:
        """earned / possible in [0, 1]; None for a group with nothing scored (soft skills)."""
        return self.earned / self.possible if self.possible > 0 else None

    @property
    def found(self) -> int:
        return sum(s.present for s in self.skills)


def skill_groups(result: AnalysisResult) -> tuple[GroupCoverage, ...]:
    """The skills grouped by group, groups in the order they first appear in the profile."""
    members: dict[str, list[SkillAssessment]] = {}
    for skill in result.skills:
        members.setdefault(skill.group, []).append(skill)
    return tuple(
        GroupCoverage(
            name=group,
            skills=tuple(skills),
            earned=sum(s.weight * s.strength for s in skills if s.scored),
            possible=sum(s.weight for s in skills if s.scored),
        )
        for group, skills in members.items()
    )


@dataclass(frozen=True, slots=True)
class Excerpt:
    """A piece of evidence in its context, on one line: `before + match + after`.

    `clipped_before` / `clipped_after` say that the context goes on beyond what is shown.
    """

    before: str
    match: str
    after: str
    clipped_before: bool
    clipped_after: bool


def excerpt(
    evidence: Evidence, resume: ExtractedResume | None, *, radius: int = EXCERPT_RADIUS
) -> Excerpt:
    """`evidence` in its line, with up to `radius` characters either side, cut between words.

    The line comes from the resume text when the result carries it and the offsets agree (then it
    also stays inside the section, below its heading), else from `evidence.context`, else the
    match stands alone.
    """
    source, start, end, section = _locate(evidence, resume)
    floor, ceiling = _logical_line(source, start, end)
    if section is not None:
        heading_end = source.find("\n", section.start, start)
        section_floor = heading_end + 1 if section.heading and heading_end >= 0 else section.start
        floor, ceiling = max(floor, section_floor), min(ceiling, section.end)
    lower, upper = max(floor, start - radius), min(ceiling, end + radius)
    before, after = source[lower:start], source[end:upper]
    if lower > floor and _inside_word(source, lower):
        before = _without_first_word(before)
    if upper < ceiling and _inside_word(source, upper):
        after = _without_last_word(after)
    if lower == floor:
        before = before.lstrip().lstrip(ITEM_MARKS)
    return Excerpt(
        before=printable(before).lstrip(),
        match=printable(source[start:end]),
        after=printable(after).rstrip(),
        clipped_before=lower > floor,
        clipped_after=upper < ceiling,
    )


def _locate(
    evidence: Evidence, resume: ExtractedResume | None
) -> tuple[str, int, int, Section | None]:
    """The text to quote from, the match's offsets in it, and its section in the resume."""
    if resume is not None and resume.text[evidence.start : evidence.end] == evidence.text:
        section = resume.section_at(evidence.start)
        return resume.text, evidence.start, evidence.end, section
    found = evidence.context.find(evidence.text) if evidence.text else -1
    if found >= 0:
        return evidence.context, found, found + len(evidence.text), None
    return evidence.text, 0, len(evidence.text), None


def _logical_line(source: str, start: int, end: int) -> tuple[int, int]:
    """Where the line around `source[start:end]` begins and ends, across soft wraps.

    A line that starts with a lower-case letter continues the one before it (a PDF wrapped a
    sentence); any other line (a bullet, a heading, a blank line) starts something new.
    """
    floor = source.rfind("\n", 0, start) + 1
    while floor > 0 and _continues(source, floor):
        floor = source.rfind("\n", 0, floor - 1) + 1
    ceiling = _line_end(source, end)
    while ceiling < len(source) and _continues(source, ceiling + 1):
        ceiling = _line_end(source, ceiling + 1)
    return floor, ceiling


def _line_end(source: str, offset: int) -> int:
    newline = source.find("\n", offset)
    return len(source) if newline < 0 else newline


def _continues(source: str, line_start: int) -> bool:
    return source[line_start : _line_end(source, line_start)].lstrip()[:1].islower()


def _inside_word(source: str, cut: int) -> bool:
    """Whether cutting `source` at `cut` splits a word."""
    return 0 < cut < len(source) and not (source[cut - 1].isspace() or source[cut].isspace())


def _without_first_word(text: str) -> str:
    parts = text.split(None, 1)
    return parts[1] if len(parts) == 2 else ""


def _without_last_word(text: str) -> str:
    parts = text.rsplit(None, 1)
    return parts[0] if len(parts) == 2 else ""
