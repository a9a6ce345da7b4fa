"""A posting's parts: which lines are headings, what kind each part is, and its title.

Postings come as Markdown from job boards (an aggregator's title block, `###` and `**bold**`
headings), as plain text (CAPITAL headings, "Requirements:" lines) or as PDFs. A line is a heading
when it looks like one (a Markdown mark, all bold, all capitals, a trailing colon) and names a kind
of the posting vocabulary (`skill_lexicon/data/postings`), or when it is a plain line made only of
heading words ("Preferred Qualifications"). A heading whose words name no kind ("The Data Team")
continues the part it stands in. A bold label that opens a paragraph ("**About Acme:** We build...")
is a heading for that paragraph only.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from analyzer.extract.glyphs import ITEM_MARKS
from analyzer.job.record import JobSection
from skill_lexicon.postings import PostingVocabulary

MAX_HEADING_WORDS = 12
MAX_HEADING_CHARS = 90
MAX_TITLE_WORDS = 14

_BULLET = re.compile(rf"^\s*(?:[+{ITEM_MARKS}]|\d{{1,2}}[.)])\s+")
_MARKDOWN_HEADING = re.compile(r"^\s*#{1,6}\s+")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"[*_`]+")
_INLINE_LABEL = re.compile(
    rf"^\s*(?:[{ITEM_MARKS}]\s+)?(\*\*|__)(?P<label>[^*_\n]{{2,60}}?)\s*:?\s*\1\s*:?\s*(?=\S)"
)
_WORD = re.compile(r"[a-z0-9][a-z0-9'\u2019+#.-]*")


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    text: str


def _lines(text: str) -> list[_Line]:
    lines, start = [], 0
    for raw in text.split("\n"):
        lines.append(_Line(start, start + len(raw), raw))
        start += len(raw) + 1
    return lines


def plain_heading(text: str) -> str:
    """The words of a heading line without Markdown marks, links, bullets or a trailing colon."""
    text = _LINK.sub(r"\1", text)
    text = _MARKDOWN_HEADING.sub("", text)
    text = _BULLET.sub("", text)
    text = _EMPHASIS.sub("", text)
    return text.strip().strip(":").strip()


class SectionReader:
    """Splits postings into kinds of parts, by the posting vocabulary's heading words."""

    def __init__(self, vocabulary: PostingVocabulary) -> None:
        self.vocabulary = vocabulary
        headings = vocabulary.headings
        self._order = [(kind, headings.phrases(kind)) for kind in headings.order]
        self._all_words = {
            word
            for kind in headings.order
            for phrase in headings.phrases(kind)
            for word in _WORD.findall(phrase)
        } | {word for phrase in headings.filler for word in _WORD.findall(phrase)}

    def kind_of(self, heading: str) -> str | None:
        """The kind a heading names, or None when it names none."""
        heading = heading.replace("\u2019", "'")
        key = " " + " ".join(_WORD.findall(heading.lower().replace("&", " and "))) + " "
        lowered = " " + heading.lower() + " "
        for kind, phrases in self._order:
            for phrase in phrases:
                if f" {phrase} " in key or (not phrase.isalnum() and phrase in lowered):
                    return kind
        if any(key.startswith(f" {prefix} ") for prefix in self.vocabulary.headings.about_prefixes):
            return "about"
        return None

    def _only_heading_words(self, heading: str) -> bool:
        words = _WORD.findall(heading.lower().replace("&", " and ").replace("\u2019", "'"))
        return bool(words) and all(w.strip(".") in self._all_words for w in words)

    def _heading(self, line: _Line, styled: bool = False) -> tuple[str, str] | None:
        """(kind or "", heading words) when the whole line is a heading; kind "" names none.

        `styled`: the layout set the line apart (a PDF's larger or bold heading line)."""
        raw = line.text.strip()
        words = plain_heading(raw)
        if not words or len(words) > MAX_HEADING_CHARS or len(words.split()) > MAX_HEADING_WORDS:
            return None
        if words.endswith((".", ",", ";")) and not raw.endswith(":"):
            return None
        kind = self.kind_of(words)
        body = _BULLET.sub("", raw)
        inner = body.rstrip(":").rstrip()
        marked = (
            styled
            or bool(_MARKDOWN_HEADING.match(raw))
            or (
                len(inner) > 4
                and inner[:2] in ("**", "__")
                and inner[-2:] == inner[:2]
                and inner[:2] not in inner[2:-2]
            )
        )
        letters = [c for c in words if c.isalpha()]
        capitals = len(letters) >= 4 and all(c.isupper() for c in letters)
        colon = raw.rstrip("*_ ").endswith(":") and len(words.split()) <= 8
        if marked or capitals or colon:
            return (kind or "", words) if kind or marked or capitals else None
        if kind and not _BULLET.match(raw) and self._only_heading_words(words):
            return kind, words
        return None

    def read(
        self, text: str, styled_lines: Collection[int] = ()
    ) -> tuple[tuple[JobSection, ...], str | None]:
        """The posting's parts, covering all of `text`, and its title (None when it has none).

        `styled_lines` are the offsets of lines the layout set apart as headings (extraction
        finds them by font size and weight in PDFs); they count as marked."""
        lines = _lines(text)
        title, header_end = self._title(lines)
        sections: list[JobSection] = []
        if header_end:
            sections.append(JobSection("header", title or "", 0, header_end))
        kind, heading, start = "intro", "", header_end
        local: tuple[str, str, int] | None = None  # an inline label's paragraph
        for line in lines:
            if line.start < header_end:
                continue
            if local and not line.text.strip():
                sections.append(JobSection(local[0], local[1], local[2], line.start))
                local, start = None, line.start
                continue
            found = self._heading(line, line.start in styled_lines)
            label = None if found else _INLINE_LABEL.match(line.text)
            label_kind = self.kind_of(label.group("label")) if label else None
            if found or label_kind:
                end = line.start
                if local:
                    sections.append(JobSection(local[0], local[1], local[2], end))
                    local = None
                elif end > start:
                    sections.append(JobSection(kind, heading, start, end))
                if found:
                    new_kind, words = found
                    kind = new_kind or ("intro" if kind == "header" else kind)
                    heading, start = words, line.start
                elif label and label_kind:
                    local = (label_kind, label.group("label").strip(), line.start)
                    start = line.start
        if local:
            sections.append(JobSection(local[0], local[1], local[2], len(text)))
        elif len(text) > start:
            sections.append(JobSection(kind, heading, start, len(text)))
        return _merge_gaps(sections, len(text)), title

    def _title(self, lines: Sequence[_Line]) -> tuple[str | None, int]:
        """The title from the first line when it is one, and where the header block ends.

        The header is the title line and the short Markdown heading lines that follow it before any
        body text or vocabulary heading (a job board's company and location lines)."""
        index = next((i for i, line in enumerate(lines) if line.text.strip()), None)
        if index is None:
            return None, 0
        first = lines[index]
        words = plain_heading(first.text)
        looks_like_title = (
            0 < len(words.split()) <= MAX_TITLE_WORDS
            and not words.endswith((".", "!", "?"))
            and not (self._heading(first) or ("", ""))[0]
        )
        if not looks_like_title:
            return _labelled_title(lines), 0
        end = first.end
        for line in lines[index + 1 :]:
            if not line.text.strip():
                continue
            if (
                _MARKDOWN_HEADING.match(line.text)
                and self.kind_of(plain_heading(line.text)) is None
            ) and len(plain_heading(line.text).split()) <= 8:
                end = line.end
                continue
            break
        return words, min(end + 1, lines[-1].end)


_TITLE_LABEL = re.compile(
    r"^\s*(?:\*\*)?(?:job title|title|position|role)\s*:\s*(?:\*\*)?\s*(?P<title>[^\n]{3,90})$",
    re.IGNORECASE,
)
TITLE_LABEL_LINES = 25
"""How far into a posting a "Job title: ..." line is looked for when the first line is no title."""


def _labelled_title(lines: Sequence[_Line]) -> str | None:
    """The title a "Job title:" (or "Position:", "Role:") line near the top names."""
    for line in lines[:TITLE_LABEL_LINES]:
        found = _TITLE_LABEL.match(line.text)
        if found:
            return plain_heading(found.group("title")) or None
    return None


def _merge_gaps(sections: list[JobSection], length: int) -> tuple[JobSection, ...]:
    """Sections in order, each ending where the next starts, the last at the end of the text."""
    ordered = sorted((s for s in sections if s.end > s.start), key=lambda s: s.start)
    fixed: list[JobSection] = []
    for i, section in enumerate(ordered):
        end = ordered[i + 1].start if i + 1 < len(ordered) else length
        fixed.append(
            JobSection(section.kind, section.heading, section.start, max(end, section.start))
        )
    return tuple(fixed)


def section_at(sections: Sequence[JobSection], offset: int) -> JobSection | None:
    """The section holding `offset` (sections are contiguous and in order; binary search)."""
    index = bisect.bisect_right([s.start for s in sections], offset) - 1
    if index < 0:
        return None
    return sections[index]
