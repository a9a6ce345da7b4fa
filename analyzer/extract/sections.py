"""Headings -> sections: which lines head a section, and of what kind.

A line is a heading when its words are in the vocabulary (`headings`) and its style agrees:
the styles (font, size, weight, capitals) of the confident headings, emphasised lines whose
words are unambiguous section names, define what a heading looks like in this document. Then:

- an unambiguous vocabulary line is a heading unless it starts in lower case without emphasis
  (exports where everything is one font have headings in plain body style);
- an ambiguous one ("Leadership", "Languages", "Tools": also list items and sub-headings), or a
  line that only contains a section word ("Cloud Skills"), needs the heading style;
- a line outside the vocabulary ("LIFE PHILOSOPHY") starts an `other` section only when it has
  the heading style exactly and that style is rare in the document, so bold job titles and
  company names never split a section.

"Skills: Python, SQL" is an inline label, never a heading. A "Languages" heading is `skills` when
its lines are programming languages and `other` when they are spoken ones. Text before the first
heading is `contact` (a name and contact lines: it ends at the first line that is content, a
bullet, a sentence or a dated role, and what follows is `other`, so an opening heading outside the
vocabulary does not turn a document's first section into contact lines); a later column that opens
with contact details (a sidebar) is `contact` too.

Margin headings (moderncv and similar CVs set each heading in a left margin, on the row of its
section's first line, which the reader joins with a tab: "Experience\tData Scientist, 2019 - 2023")
are headings when at least two rows of the document open that way with an exact section name.

No section may swallow the rest of a document because one heading was misread: a section whose
evidence does not count (interests) keeps only its first block of text, at most a few lines; what
follows it is `other`, read for what its lines show. A line whose own label names such a section
("Interests: ...", "Currently learning: ..." as a row of a skills block) is one on its own (with
the lines that continue its list), and the section around it resumes after it.

A column that goes on at the top of the next page, under no heading, stays in the section it
ended in, even when the column beside it was read in between (a main column beside a sidebar on
its right).
"""

from __future__ import annotations

import bisect
import itertools
import re
import statistics
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TypeGuard

from analyzer.extract.dates import DATE_LIKE, NUMERIC_DATES, has_role_dates
from analyzer.extract.glyphs import ITEM_MARKS
from analyzer.extract.headings import (
    FUNCTION_WORDS,
    KEYWORD_KINDS,
    LANGUAGE_HEADINGS,
    MIN_LABELLED_ITEMS,
    HeadingMatch,
    heading_key,
    inline_label,
    list_items,
    match_heading,
)
from analyzer.extract.lines import PlacedLine
from analyzer.types import Section, SectionKind

MAX_HEADING_WORDS = 6
MAX_HEADING_CHARS = 50
LARGER = 1.1
"""A line this much larger than the body text is emphasised."""
NON_VOCABULARY_RARITY = 2
"""A heading style shared by more than this many lines per vocabulary heading is too common for
lines outside the vocabulary to be headings in it (it is also the style of job titles)."""
CONTACT_CHUNK_LINES = 12
MIN_MARGIN_HEADINGS = 2
"""How many rows must open with a section name before a tab for the document to be read as one
with margin headings (a single "Skills\tPython" row is a table row)."""
MIN_LOWERCASE_HEADINGS = 3
"""How many kinds of section a document must head with an exact section name in lower case, on
its own line, for it to be one that writes its headings so ("experience", "education",
"interests"): one such line alone is a phrase in running text."""
BOUNDED_KINDS: frozenset[SectionKind] = frozenset({"interests"})
"""Sections that are short by nature and whose evidence does not count: they end with their first
block, so a misread heading cannot take every skill after it out of the count."""
MAX_BOUNDED_LINES = 6
MAX_TITLED_LISTS = 4
"""How many titled lists a bounded section may run over ("Computer Vision" over its bullets, then
"MLOps" over its own), when it opens with one."""
MAX_LIST_TITLE_WORDS = 6
"""The most words of a list's title ("Artificial Intelligence (ML/DL)")."""
LIST_TITLE_EXCLUDES = re.compile(r"[\d,|@\t\u00b7\u2013\u2014]|\s-\s")
"""Figures and separators, which a role's heading has and a topic's title does not."""
MAX_TOPIC_WORDS = 12
"""The most words of a topic listed under a title (an account of work runs longer)."""
LABEL_HOSTS: frozenset[SectionKind] = frozenset(
    {"contact", "summary", "education", "publications", "other"}
)
"""Sections whose lines may hold a labelled skills list of their own ("Technologies: Go, SQL"
under education, awards or a list of papers): their name says nothing of the skills in it. A job
or a project is no host: its "Tools:" line says what the work used."""

SPOKEN_LANGUAGE = re.compile(
    r"\b(english|spanish|french|german|chinese|mandarin|cantonese|hindi|japanese|arabic|"
    r"portuguese|italian|russian|korean|dutch|polish|turkish|swedish|bengali|urdu|tamil|"
    r"native|fluent|bilingual|mother tongue|proficient|conversational|intermediate|basic|"
    r"[abc][12]|espanol|ingles|frances|aleman|anglais|allemand|espagnol|francais|deutsch|"
    r"englisch|franzosisch|spanisch|muttersprache|nativo|langue maternelle)\b",
    re.IGNORECASE,
)
_ONLINE_ADDRESS = re.compile(r"@\w|\bhttps?://|\bwww\.", re.IGNORECASE)
_NUMBER = re.compile(r"\+?\d[\d ()./-]{7,}\d")
_PROFILE_SITE = re.compile(
    r"(?<![,;&/] )(?<![,;&/])\b(?:linkedin|github)\b(?!\s*[,;&/])", re.IGNORECASE
)
"""A profile's site opening a column ("LinkedIn | GitHub"); a site in a list of tools ("Jira,
GitHub, Docker") is a skill."""
_PROFILE_ADDRESS = re.compile(r"\b(?:linkedin|github)\.com\b", re.IGNORECASE)
"""A profile's address; a site named in a sentence ("on GitHub") is not one."""

CONTENT_BULLET = re.compile(rf"^\s*[{ITEM_MARKS}]\s+\S")
SENTENCE_WORDS = 10
"""A line of this many words or more that ends a sentence (or of half again as many) is prose,
not a name, a title or an address."""

_MARKDOWN = re.compile(r"^#{1,6}\s+|^>\s+|^\*\*(?=.+\*\*$)|^__(?=.+__$)")
_NUMBERING = re.compile(r"^(\d{1,2}|[IVX]{1,4})[.)]\s+")
_WRAPPED_MARKS, _WRAPPED_WORDS = ",&/+", frozenset({"and", "or"})
"""How a heading's first line ends when it goes on below: a comma, "&", "/", "+", "and", "or"
(or how its second line opens: "&", "/", "+", "and", "or")."""
_LEARNING_FIELDS = frozenset(
    {
        "machine", "deep", "reinforcement", "statistical", "transfer", "federated", "supervised",
        "unsupervised", "self-supervised", "semi-supervised", "representation", "ensemble",
        "contrastive", "meta", "multi-task", "few-shot", "zero-shot", "imitation",
    }
)  # fmt: skip
"""The words before "Learning" that make it a field of study, not something being learnt: a
narrow column wraps "Machine Learning & Deep" over "Learning: PyTorch, JAX"."""
_WORD = re.compile(r"[\w-]+")
_MARKDOWN_OPENINGS, _NUMBERING_OPENINGS = "#>*_", "IVX"
"""The characters a match of `_MARKDOWN` (of `_NUMBERING`, besides a digit) opens with."""

Style = tuple[float, str, bool, bool]
"""(size, font, bold, all capitals): what a heading looks like."""


@dataclass(slots=True)
class _Candidate:
    """What one line shows of a heading. Made for every line and never changed (not frozen: a
    frozen dataclass takes twice as long to build)."""

    index: int
    match: HeadingMatch | None
    style: Style
    shape: str | None
    """The line's heading words, or None when it cannot be a heading (see `_heading_shape`)."""
    emphasised: bool
    colon: bool
    lowercase: bool
    """Starts with a lower-case letter: a phrase in running text, not a heading."""


def find_sections(text: str, lines: Sequence[PlacedLine]) -> tuple[Section, ...]:
    """Contiguous sections covering `text`, each starting at its heading line."""
    if not lines:
        return ()
    headings = _headings(lines)
    starts = [(index, kind, lines[index].text) for index, kind in headings]
    margin = _margin_headings(lines, {index for index, _ in headings})
    starts += margin
    headings += [(index, kind) for index, kind, _ in margin]
    starts += [(index, kind, "") for index, kind in _sidebar_contacts(lines, dict(headings))]
    starts.sort()
    starts += _columns_going_on(lines, starts)
    starts.sort()
    starts += _after_bounded_sections(lines, starts)
    starts.sort()
    starts += _labelled_bounded_lines(lines, starts)
    starts.sort()
    starts += _labelled_skills_lines(lines, starts)
    starts.sort()
    starts += _after_contact_sections(lines, starts)
    starts.sort()
    if not starts:
        return (Section("other", "", 0, len(text), lines[0].page),)
    sections: list[Section] = []
    first = lines[starts[0][0]]
    content = _opening_content(lines, starts[0][0])
    if content is not None:
        if lines[content].start > 0:
            sections.append(Section("contact", "", 0, lines[content].start, lines[0].page))
        sections.append(
            Section("other", "", lines[content].start, first.start, lines[content].page)
        )
    elif first.start > 0:
        sections.append(Section("contact", "", 0, first.start, lines[0].page))
    ends = [lines[index].start for index, _, _ in starts[1:]] + [len(text)]
    for (index, kind, heading), end in zip(starts, ends, strict=True):
        line = lines[index]
        sections.append(Section(kind, heading, line.start, end, line.page))
    return tuple(sections)


def _opening_content(lines: Sequence[PlacedLine], first_heading: int) -> int | None:
    """The first line before the first heading that is content, not a name or contact line: a
    bullet, a dated role, or a sentence, after the block's last line of contact details (a tagline
    may stand above them; a sentence is no contact line, though its figures may read like a phone
    number: "P90 at 12.40/2.75 ms"); None when there is none."""
    reached = [
        index
        for index in range(first_heading)
        if _is_contact_address(text := lines[index].text) and not _is_sentence(text.strip())
    ]
    for index in range(reached[-1] + 1 if reached else 0, first_heading):
        text = lines[index].text.strip()
        if _is_sentence(text) or has_role_dates(text) or CONTENT_BULLET.match(text):
            return index
    return None


def reached_at(text: str) -> bool:
    """Whether `text` says where a person is reached: an e-mail address, a link or a phone number
    (digits that are dates, "01/2021 - 03/2022", are no number)."""
    return _ONLINE_ADDRESS.search(text) is not None or any(
        not NUMERIC_DATES.fullmatch(number.group()) for number in _NUMBER.finditer(text)
    )


def _is_contact_address(text: str) -> bool:
    return reached_at(text) or _PROFILE_ADDRESS.search(text) is not None


def _is_sentence(text: str) -> bool:
    """Prose rather than a name, a title or an address (see SENTENCE_WORDS)."""
    words = len(text.split())
    return words >= SENTENCE_WORDS and (text.endswith(".") or words >= SENTENCE_WORDS * 1.5)


def _after_contact_sections(
    lines: Sequence[PlacedLine], starts: Sequence[tuple[int, SectionKind, str]]
) -> list[tuple[int, SectionKind, str]]:
    """An `other` section starting at the first sentence of each contact section ("Basic
    information" over a remark on how the resume was made): contact lines say where a person is
    reached, and what follows them is read for what it shows."""
    found: list[tuple[int, SectionKind, str]] = []
    for index, kind, end in _spans(lines, starts):
        if kind != "contact":
            continue
        for at in range(index + 1, end):
            text = lines[at].text.strip()
            if _is_sentence(text) and not _is_contact_address(text):
                found.append((at, "other", ""))
                break
    return found


def _margin_words(text: str) -> str:
    return text.split("\t", 1)[0].strip()


def _margin_headings(
    lines: Sequence[PlacedLine], taken: set[int]
) -> list[tuple[int, SectionKind, str]]:
    """(line index, kind, heading) of rows that open with an exact section name set in the
    margin, or that end a title wrapped over rows of the margin whose words together are one
    ("SKILLS &" over "INTERESTS": the section starts on the title's first row). A weak name
    ("Work", "Languages") counts once the margin holds MIN_MARGIN_HEADINGS kinds of names that
    are not, and only as a whole label (see `_wraps`: "Software" over "Development" is a role's
    title)."""
    strong: dict[int, tuple[SectionKind, str]] = {}  # a title's first row -> its kind, words
    weak: dict[int, tuple[SectionKind, str]] = {}
    for index, line in enumerate(lines):
        if index in taken or "\t" not in line.text:
            continue
        top, title = _margin_title(lines, index, taken)
        match = _exact_heading(title) if top < index else None
        if match is None:  # the row's own words, after a head ending on a joiner ("PAPERS AND")
            top, title = index, _margin_words(line.text)
            match = _exact_heading(title)
            if (
                match
                and index > 0
                and index - 1 not in taken
                and _joins_the_row_below(lines[index - 1].text)
            ):
                top, title = index - 1, f"{_margin_words(lines[index - 1].text)} {title}"
        if match is None:
            continue
        if index + 1 < len(lines) and _joins_the_row_above(lines[index + 1].text):
            title += " " + _margin_words(lines[index + 1].text)  # "AND INTERESTS" under it
            match = _exact_heading(title) or match
        if not match.weak:
            strong[top] = (_kind(match, lines, top), title)
        elif not _wraps(lines, top, -1) and not _wraps(lines, index, 1):
            weak[top] = (_kind(match, lines, top), title)
    if len({kind for kind, _ in strong.values()}) < MIN_MARGIN_HEADINGS:
        return []
    return sorted((top, kind, title) for top, (kind, title) in (weak | strong).items())


MAX_MARGIN_TITLE_ROWS = 3
"""How many rows of the margin one title may wrap over."""
TITLE_JOINERS = frozenset({"and", "&", "of", "for", "in", "/", "+"})
"""Words that join the rows a margin title wrapped over: opening the lower one ("TECHNICAL
SKILLS" over "AND INTERESTS") or ending the upper one ("PUBLICATIONS AND" over "PREPRINTS")."""


def _margin_title(lines: Sequence[PlacedLine], index: int, taken: set[int]) -> tuple[int, str]:
    """The first row of a margin title that may have wrapped down to row `index`, and the title's
    words: the rows above that hold part of a title (`_wraps`), set in its case (capitals or
    not: "MACHINE" over "LEARNING" over "Skills" are two titles), go on down to it."""
    capitals = _margin_words(lines[index].text).isupper()
    top = index
    while (
        index - top < MAX_MARGIN_TITLE_ROWS - 1
        and top - 1 not in taken
        and _wraps(lines, top, -1)
        and _margin_words(lines[top - 1].text).isupper() == capitals
    ):
        top -= 1
    return top, " ".join(_margin_words(lines[at].text) for at in range(top, index + 1))


def _after_bounded_sections(
    lines: Sequence[PlacedLine], starts: Sequence[tuple[int, SectionKind, str]]
) -> list[tuple[int, SectionKind, str]]:
    """An `other` section starting where each bounded section (interests) ends: after its first
    block of text, or after MAX_BOUNDED_LINES lines, when its section runs on past that. A block
    that ends on a colon ("My current topics include:") goes on over the bullets it introduces,
    blank lines between them or not. A section that opens with two or more titled lists runs over
    them all (up to MAX_TITLED_LISTS): "Computer Vision" over its bullets, then "MLOps" over its
    own, are topics of the same interests."""
    found: list[tuple[int, SectionKind, str]] = []
    following = {start[0]: after[0] for start, after in itertools.pairwise(starts)}
    for index, kind, _ in starts:
        if kind not in BOUNDED_KINDS:
            continue
        last = following.get(index, len(lines))
        if titled := _titled_lists_end(lines, index + 1, last):
            if titled < last:
                found.append((titled, "other", ""))
            continue
        end, listing = index + 1, False
        while end < last and end - index <= MAX_BOUNDED_LINES:
            gap = lines[end].start - lines[end - 1].end
            if gap > 1 and end > index + 1:  # a blank line after the first block of content
                introduced = listing or lines[end - 1].text.rstrip().endswith(":")
                if not (introduced and CONTENT_BULLET.match(lines[end].text)):
                    break
                listing = True
            end += 1
        if end < last:
            found.append((end, "other", ""))
    return found


def _titled_lists_end(lines: Sequence[PlacedLine], first: int, last: int) -> int | None:
    """The index after the titled lists that follow one another from `first` (before `last`),
    when there are two or more of them, else None."""
    end, count = first, 0
    while count < MAX_TITLED_LISTS and (after := _titled_list_end(lines, end, last)):
        end, count = after, count + 1
    return end if count >= 2 else None


def _titled_list_end(lines: Sequence[PlacedLine], first: int, last: int) -> int | None:
    """The index after a titled list opening at `first`: a short line that is no bullet, then
    short bullets straight under it; else None. A title names a topic: a line with figures or
    separators ("Acme, 2019 - 2023", "Engineer | Acme") heads a role's bullets instead, and so does
    one over longer bullets (accounts of work)."""
    if first >= last:
        return None
    title = lines[first].text.strip()
    if (
        not title
        or CONTENT_BULLET.match(title)
        or len(title.split()) > MAX_LIST_TITLE_WORDS
        or LIST_TITLE_EXCLUDES.search(title)
    ):
        return None
    at = first + 1
    while (
        at < last
        and lines[at].start - lines[at - 1].end <= 1
        and CONTENT_BULLET.match(lines[at].text)
        and len(lines[at].text.split()) <= MAX_TOPIC_WORDS
    ):
        at += 1
    return at if at > first + 1 else None


def _spans(
    lines: Sequence[PlacedLine], starts: Sequence[tuple[int, SectionKind, str]]
) -> Iterator[tuple[int, SectionKind, int]]:
    """(first line, kind, line after the last) of each section that `starts` (sorted) opens."""
    if not starts:
        return
    ends = [index for index, _, _ in starts[1:]] + [len(lines)]
    for (index, kind, _), end in zip(starts, ends, strict=True):
        yield index, kind, end


def _labelled_bounded_lines(
    lines: Sequence[PlacedLine], starts: Sequence[tuple[int, SectionKind, str]]
) -> list[tuple[int, SectionKind, str]]:
    """A bounded section (interests) for each line of another section whose inline label names
    one ("AI Interests: ...", "Currently learning: ..."; not a field's name wrapped onto it:
    see `_learning_field_above`)."""
    return _labelled_rows(
        lines,
        starts,
        hosts=lambda kind: kind not in BOUNDED_KINDS,
        row_kind=lambda label, at: (
            label[1].kind
            if _names_bounded(label[1]) and not _learning_field_above(lines, at, label[1])
            else None
        ),
    )


def _learning_field_above(lines: Sequence[PlacedLine], at: int, label: HeadingMatch) -> bool:
    """Whether a "Learning:" label goes on from the line right above it, which ends with the
    first word of a field's name ("Machine Learning & Deep" or "Machine Learning/Deep" over
    "Learning: PyTorch")."""
    if label.key != "learning" or at == 0 or lines[at].start - lines[at - 1].end != 1:
        return False
    above = _WORD.findall(lines[at - 1].text)
    return bool(above) and above[-1].lower() in _LEARNING_FIELDS


def _labelled_skills_lines(
    lines: Sequence[PlacedLine], starts: Sequence[tuple[int, SectionKind, str]]
) -> list[tuple[int, SectionKind, str]]:
    """A skills section for each line of a section that says nothing of skills (`LABEL_HOSTS`:
    education, a summary, papers, awards, an unrecognised heading's block) whose inline label
    names a list of skills and whose items follow it ("Technologies: Go, Docker", "Programming
    languages: Python, R"). Under a role or a project the label ties the tools to the work,
    which keeps its section."""
    return _labelled_rows(
        lines,
        starts,
        hosts=LABEL_HOSTS.__contains__,
        row_kind=lambda label, at: "skills" if _names_skills_list(label, lines[at].text) else None,
    )


def _labelled_rows(
    lines: Sequence[PlacedLine],
    starts: Sequence[tuple[int, SectionKind, str]],
    *,
    hosts: Callable[[SectionKind], bool],
    row_kind: Callable[[tuple[str, HeadingMatch], int], SectionKind | None],
) -> list[tuple[int, SectionKind, str]]:
    """In each section whose kind `hosts` such rows, a section of `row_kind` for each line whose
    inline label names one (None: the label names none), headed by the label, and the enclosing
    section again, without a heading, after it and the lines that continue its list. The lines
    before the first heading count as an `other` section (a CV's opening "Research interests:
    ..." under the name)."""
    found: list[tuple[int, SectionKind, str]] = []
    opening: tuple[int, SectionKind, int] = (-1, "other", starts[0][0] if starts else len(lines))
    for index, kind, end in (opening, *_spans(lines, starts)):
        if not hosts(kind):
            continue
        at = index + 1
        while at < end:
            text = lines[at].text
            label = inline_label(text)
            named = None if label is None else row_kind(label, at)
            title_row = "\t" in text and (_wraps(lines, at, -1) or _joins_the_row_above(text))
            if label is None or named is None or title_row:
                at += 1
                continue
            after = _list_end(lines, at, end)
            found.append((at, named, text[: text.index(label[0]) + len(label[0])]))
            if after < end:
                found.append((after, kind, ""))
            at = after
    return found


def _exact_heading(words: str) -> HeadingMatch | None:
    """The section `words` name as a whole, if any."""
    shape = _heading_shape(words)
    match = match_heading(shape) if shape else None
    return match if match is not None and match.exact else None


def _joins_the_row_above(text: str) -> bool:
    """Whether a row's margin words open with a word that joins them to the title on the row
    above (`TITLE_JOINERS`): the title wrapped there ("TECHNICAL SKILLS" over "AND INTERESTS")."""
    words = _margin_words(text).split() if "\t" in text else []
    return bool(words) and words[0].lower() in TITLE_JOINERS


def _joins_the_row_below(text: str) -> bool:
    """Whether a row's margin words end on a word that joins them to the row below: a title's
    head, wrapped there ("PUBLICATIONS AND" over "PREPRINTS")."""
    words = _margin_words(text).split() if "\t" in text else []
    return bool(words) and words[-1].lower() in TITLE_JOINERS


def _wraps(lines: Sequence[PlacedLine], index: int, step: int) -> bool:
    """Whether the row `step` rows from `index` (-1: above, 1: below) opens with margin words,
    before a tab, that are no section's whole name and hold no figure (a date in the margin is
    an entry's): a margin title wrapped over rows goes on there ("MACHINE" over
    "LEARNING<tab>...", "Software" over "Development<tab>...", "SKILLS &" over
    "INTERESTS<tab>...")."""
    at = index + step
    if not 0 <= at < len(lines) or "\t" not in lines[at].text:
        return False
    words = _margin_words(lines[at].text)
    return bool(words) and not any(map(str.isdigit, words)) and _exact_heading(words) is None


def _names_skills_list(label: tuple[str, HeadingMatch], line: str) -> bool:
    """Whether a line's label names a skills list and a list of items follows it: the label is a
    skills heading ("Tools", "Technical skills"; "Languages" when its items are no spoken
    languages), or ends with a skills keyword ("Cloud skills")."""
    words, match = label
    body = line[line.index(words) + len(words) :].lstrip(" :\t")
    if match.key in LANGUAGE_HEADINGS:
        named = not SPOKEN_LANGUAGE.search(heading_key(body))
    else:
        named = match.kind == "skills" and (
            match.exact or KEYWORD_KINDS.get(match.key.split()[-1]) == "skills"
        )
    items = list_items(body)
    return named and items is not None and len(items) >= MIN_LABELLED_ITEMS


def _names_bounded(match: HeadingMatch) -> bool:
    """Whether a label names a bounded section: exactly ("Currently learning"), or by its last
    word ("Cloud Interests"; "Hobbies and Tools" names no interests)."""
    if match.kind not in BOUNDED_KINDS:
        return False
    return match.exact or KEYWORD_KINDS.get(match.key.split()[-1]) == match.kind


def _list_end(lines: Sequence[PlacedLine], first: int, end: int) -> int:
    """The index after the last line of the list that opens at `first`: its following lines
    continue it while the line before ends on a separator or they start in lower case."""
    at = first + 1
    while at < end and at - first <= MAX_BOUNDED_LINES:
        text = lines[at].text.strip()
        blank_before = lines[at].start - lines[at - 1].end > 1
        if blank_before or not text or CONTENT_BULLET.match(text) or inline_label(text):
            break
        if not (lines[at - 1].text.rstrip().endswith((",", ";", "&", "/")) or text[0].islower()):
            break
        at += 1
    return at


def _headings(lines: Sequence[PlacedLine]) -> list[tuple[int, SectionKind]]:
    """(line index, kind) of every heading line (a heading wrapped onto the line below is read
    with it, and its section starts at its first line: see `_wrapped`)."""
    body = _body_style(lines)
    candidates = [_candidate(i, line, body) for i, line in enumerate(lines)]
    wrapped: set[int] = set()
    for index, line in enumerate(lines[:-1]):
        if index - 1 in wrapped or not (_goes_on(line.text) or _comes_on(lines[index + 1].text)):
            continue
        joined = _wrapped(index, lines, body)
        if joined is not None and joined.style == candidates[index + 1].style:
            candidates[index] = joined
            candidates[index + 1] = replace(candidates[index + 1], match=None, shape=None)
            wrapped.add(index)
    heading_styles = {c.style for c in candidates if _strong(c.match) and c.emphasised}
    lowercase_headings = (
        len({c.match.kind for c in candidates if c.lowercase and _strong(c.match)})
        >= MIN_LOWERCASE_HEADINGS
    )
    found: list[tuple[int, SectionKind]] = []
    vocabulary_styles: Counter[Style] = Counter()
    for c in candidates:
        if c.match is not None and _accepts(c, c.match, heading_styles, lines, lowercase_headings):
            found.append((c.index, _kind(c.match, lines, c.index)))
            vocabulary_styles[c.style] += 2 if c.index in wrapped else 1  # a line each
    if body is not None and found:
        found += _styled_headings(candidates, heading_styles, vocabulary_styles, body, found)
    return sorted(found)


def _goes_on(text: str) -> bool:
    """Whether a line ends as a heading's first line does when it goes on below."""
    end = text.rstrip()
    if not end:
        return False
    if end[-1] in _WRAPPED_MARKS:
        return True
    # the last word split off only for a line that could end in "and" or "or": most lines do not
    return end[-1] in "dDrR" and end.rsplit(maxsplit=1)[-1].lower() in _WRAPPED_WORDS


def _comes_on(text: str) -> bool:
    """Whether a line opens as a heading's second line does ("AND INTERESTS", "& Tools"): no
    heading starts with a conjunction or a joining mark."""
    words = text.split(maxsplit=1)
    return bool(words) and (words[0] in _WRAPPED_MARKS[1:] or words[0].lower() in _WRAPPED_WORDS)


def _wrapped(
    index: int, lines: Sequence[PlacedLine], body: tuple[float, str] | None
) -> _Candidate | None:
    """The candidate of a heading wrapped onto the line below, as one line: a narrow sidebar
    breaks "SKILLS, LANGUAGES, INTERESTS" after its comma, "Courses and Certifications" after
    its "and" and "Technical Skills and Interests" before it, and the second line alone would
    name another section. None unless the line below follows right under it and the words
    together name a section (the caller checks that the two lines share a style)."""
    first, second = lines[index], lines[index + 1]
    if second.start - first.end != 1 or second.page != first.page or second.column_start:
        return None
    if len(first.text.strip()) + len(second.text.strip()) >= MAX_HEADING_CHARS:
        return None  # a wrapped sentence, too long for a heading (see `_heading_shape`)
    row = replace(first.row, text=f"{first.text.rstrip()} {second.text.strip()}")
    joined = _candidate(index, replace(first, row=row), body)
    return None if joined.match is None else joined


def _strong(match: HeadingMatch | None) -> TypeGuard[HeadingMatch]:
    """An exact section name that is not also a list item's or a sub-heading's word."""
    return match is not None and match.exact and not match.weak


def _accepts(
    c: _Candidate,
    match: HeadingMatch,
    heading_styles: set[Style],
    lines: Sequence[PlacedLine],
    lowercase_headings: bool,
) -> bool:
    """Whether the candidate's heading words head a section. In a document whose headings have
    no style of their own, a line may also be set apart by the space above it (`_set_apart`):
    how plain text and one-font exports set a heading off. A section name in lower case heads
    one in a document that writes its headings so (`lowercase_headings`). Only a section's own
    name heads it from a line of parts and a role's dates: "Volunteer Mentor, Acme, 2018 - 2021"
    is an entry ("2019-2024 Journals" may head a list of papers)."""
    text = lines[c.index].text
    if not _strong(match) and ("," in text or "|" in text) and has_role_dates(text):
        return False
    if c.style in heading_styles:
        return True
    if _strong(match):
        return c.emphasised or not c.lowercase or lowercase_headings
    if heading_styles:
        return False
    caps = c.style[3]
    if match.exact:
        return caps or c.colon or c.emphasised or _set_apart(lines, c.index)
    return (caps or _set_apart(lines, c.index)) and len(match.key.split()) <= 4


def _set_apart(lines: Sequence[PlacedLine], index: int) -> bool:
    """A title-case line with a blank line (or the start of the text, or on a page an empty
    line's space) above it."""
    line = lines[index]
    above = index == 0 or line.start - lines[index - 1].end > 1 or line.row.spaced
    words = {w for w in heading_key(line.text).split() if w not in FUNCTION_WORDS}
    titled = all(w[:1].isupper() for w in line.text.split() if heading_key(w) in words)
    return above and bool(words) and titled


def _styled_headings(
    candidates: Sequence[_Candidate],
    heading_styles: set[Style],
    vocabulary_styles: Counter[Style],
    body: tuple[float, str],
    vocabulary_headings: Sequence[tuple[int, SectionKind]],
) -> list[tuple[int, SectionKind]]:
    """Headings outside the vocabulary: exactly the heading style, and that style is rare. A line
    right under a vocabulary heading is its first entry's title ("Experience" over "Tech Lead"),
    not a section of its own, and so is each later line in that style before the next
    vocabulary heading."""
    style_counts = Counter(c.style for c in candidates)
    headings = {index for index, _ in vocabulary_headings}
    found: list[tuple[int, SectionKind]] = []
    entry_style: Style | None = None
    for c in candidates[vocabulary_headings[0][0] + 1 :]:
        if c.index in headings:
            entry_style = None
        if c.match is not None:
            continue
        if c.style not in heading_styles or not c.emphasised or c.style == entry_style:
            continue
        if c.shape is None or DATE_LIKE.search(c.shape):
            continue
        if (c.style[0], c.style[1]) == body:
            continue
        if style_counts[c.style] > NON_VOCABULARY_RARITY * vocabulary_styles[c.style] + 1:
            continue
        if c.index - 1 in headings:
            entry_style = c.style
            continue
        found.append((c.index, "other"))
    return found


def _kind(match: HeadingMatch, lines: Sequence[PlacedLine], index: int) -> SectionKind:
    """The match's kind; for a "Languages" heading, decided by the lines under it."""
    if match.key not in LANGUAGE_HEADINGS:
        return match.kind
    following = " ".join(line.text for line in lines[index + 1 : index + 7])
    return "other" if SPOKEN_LANGUAGE.search(heading_key(following)) else "skills"


def _candidate(index: int, line: PlacedLine, body: tuple[float, str] | None) -> _Candidate:
    row = line.row
    shape = _heading_shape(line.text)
    letters = list(filter(str.isalpha, shape or ""))
    caps = len(letters) >= 3 and all(map(str.isupper, letters))
    style: Style = (round(row.size, 1), row.font, row.bold, caps)
    colon = line.text.rstrip().endswith(":")
    if body is None:
        emphasised = caps or colon or bool(_MARKDOWN.match(line.text))
    else:
        body_size, body_font = body
        larger = row.size >= LARGER * body_size
        emphasised = larger or caps or (row.bold and row.font != body_font)
    match = match_heading(shape) if shape else None
    lowercase = shape is not None and shape[:1].islower()
    return _Candidate(index, match, style, shape, emphasised, colon, lowercase)


def _heading_shape(text: str) -> str | None:
    """The heading words of a line that could be a heading: short, no sentence, no inline label."""
    words = text.strip().removesuffix("\\").rstrip()  # without a Markdown line break's "\\"
    if words.endswith("**") and words[-3:-2].isalnum() and words.count("**") % 2:
        return None  # the end of a bold phrase wrapped from the line before ("Learning**")
    if words[:1] in _MARKDOWN_OPENINGS:  # the patterns match at the start only: most lines
        words = _MARKDOWN.sub("", words)  # open with none of their characters
    words = words.strip("*_ ")
    if words[:1] in _NUMBERING_OPENINGS or words[:1].isdecimal():  # `\d`: a decimal digit
        words = _NUMBERING.sub("", words)
    words = words.rstrip(": ").strip()
    if not words or words[0] in "•-*" or words[-1] in ".,;" or ":" in words or "\t" in words:
        return None
    if len(words) > MAX_HEADING_CHARS or len(words.split()) > MAX_HEADING_WORDS:
        return None
    return words


def _body_style(lines: Sequence[PlacedLine]) -> tuple[float, str] | None:
    """The (size, font) of most characters, or None when sizes are unknown (plain text)."""
    weights: Counter[tuple[float, str]] = Counter()
    for line in lines:
        if line.row.size > 0:
            weights[(round(line.row.size, 1), line.row.font)] += len(line.text)
    if not weights:
        return None
    (size, font), _ = weights.most_common(1)[0]
    sizes = [line.row.size for line in lines if line.row.font == font and line.row.size > 0]
    return (statistics.median(sizes) if sizes else size), font


def _sidebar_contacts(
    lines: Sequence[PlacedLine], headings: dict[int, SectionKind]
) -> list[tuple[int, SectionKind]]:
    """A column that opens (before any heading) with contact details starts a contact section."""
    found: list[tuple[int, SectionKind]] = []
    for index, line in enumerate(lines):
        if not line.column_start or index in headings:
            continue
        chunk = [line]
        for following in range(index + 1, min(index + CONTACT_CHUNK_LINES + 1, len(lines))):
            after = lines[following]
            if after.page != line.page or after.column_start or following in headings:
                break
            chunk.append(after)
        if any(map(_has_contact_detail, chunk)):
            found.append((index, "contact"))
    return found


def _columns_going_on(
    lines: Sequence[PlacedLine], starts: Sequence[tuple[int, SectionKind, str]]
) -> list[tuple[int, SectionKind, str]]:
    """A block that goes on from a column of the page before (`PlacedLine.continues`) without a
    heading of its own is in the section that column ended in, not the one read last: a main
    column goes on at the next page's top after the sidebar beside it was read. (A bounded
    section's column goes on as `other`, as its own lines after its first block do.)"""
    last_of_column: dict[tuple[int, int], int] = {}
    for index, line in enumerate(lines):
        if line.column or (line.page, 1) not in last_of_column:  # not a footer after the columns
            last_of_column[(line.page, line.column)] = index
    opened = [index for index, _, _ in starts]  # and the columns gone on, as they are found
    kinds = [kind for _, kind, _ in starts]
    found: list[tuple[int, SectionKind, str]] = []
    for index, line in enumerate(lines):
        if line.continues is None:
            continue
        end = last_of_column.get((line.page - 1, line.continues))
        if end is None:
            continue
        at_end, before = bisect.bisect_right(opened, end), bisect.bisect_right(opened, index)
        if not at_end or opened[before - 1] == index or kinds[at_end - 1] == kinds[before - 1]:
            continue
        kind = "other" if kinds[at_end - 1] in BOUNDED_KINDS else kinds[at_end - 1]
        found.append((index, kind, ""))
        opened.insert(before, index)
        kinds.insert(before, kind)
    return found


def _has_contact_detail(line: PlacedLine) -> bool:
    """Whether the line holds a contact detail opening a column: where a person is reached, or a
    profile's site."""
    return reached_at(line.text) or _PROFILE_SITE.search(line.text) is not None
