"""From placed characters to layout lines: the engine-free half of reading a PDF's text layer.

An engine (pdfminer.six in `pdf`, PDFium in `pdfium`) reports what the page draws as `Char`s, in
drawing order: single characters (pdfminer.six), or runs of characters drawn together in one font
(PDFium, which would be slow to ask character by character), each with its box in PDF coordinates
(points, y growing upwards) and its font. Here they become `LayoutLine`s the same way for both:
consecutive characters on one baseline and close together form a line (pdfminer.six's
`group_objects` rule: `LINE_OVERLAP`, `CHAR_MARGIN`), a gap wider than `WORD_MARGIN` is a space,
icon-font glyphs and unmapped glyphs are dropped and counted, and letter-spaced headings are
re-spaced by their geometry.
"""

from __future__ import annotations

import itertools
import statistics
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from analyzer.errors import LimitExceededError
from analyzer.extract import glyphs
from analyzer.extract.lines import GlyphCounts, LayoutLine

LINE_OVERLAP = 0.5
"""Two characters share a line when they overlap vertically by this share of the lower one."""
CHAR_MARGIN = 2.0
"""...and are no further apart than this many character widths."""
WORD_MARGIN = 0.1
"""A gap wider than this share of a character's size separates two words."""
SOFT_HYPHEN = "\u00ad"
LETTER_SPACED_SHARE = 0.6
"""A line whose letters are separated by spaces this often is letter-spaced, not words."""


@dataclass(slots=True)
class Char:
    """A drawn character, or a run of `glyphs` characters in one font: its text (a space too), its
    box in points (y up), its font's name, and whether its font maps it to no Unicode text."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    font: str
    glyphs: int = 1
    unmapped: bool = False
    lead: float = 0.0
    """The width of its first character (a run's; a single character's own width if 0)."""
    trail: float = 0.0
    """The width of its last character (likewise)."""

    def __post_init__(self) -> None:
        if not self.lead:
            self.lead = self.trail = self.x1 - self.x0


@dataclass(frozen=True, slots=True)
class _Glyph:
    """Visible text of a `Char` (or a run): where it is, its size, and whether a space precedes
    it; `letters` weighs it in the line's size, font and boldness."""

    text: str
    x0: float
    x1: float
    size: float
    font: str
    space_before: bool
    letters: int
    single: bool
    """One character (or ligature), not a run: only such glyphs can be letter-spaced."""


def layout_lines(
    chars: Sequence[Char], page_top: float, counts: GlyphCounts
) -> Iterator[LayoutLine]:
    """The lines of characters drawn in this order, with y measured down from `page_top`."""
    for line in group_lines(chars):
        built = _layout_line(line, page_top, counts)
        if built is not None:
            yield built


def group_lines(chars: Sequence[Char]) -> Iterator[list[Char]]:
    """Runs of consecutive characters on one line, as pdfminer.six's `group_objects` forms them
    for horizontal text (a character that fits neither neighbour is a line of its own)."""
    line: list[Char] = []
    previous: Char | None = None
    for char in chars:
        if previous is not None:
            if _same_line(previous, char):
                if not line:
                    line.append(previous)
                line.append(char)
            elif line:
                yield line
                line = []
            else:
                yield [previous]
        previous = char
    if line:
        yield line
    elif previous is not None:
        yield [previous]


def _same_line(a: Char, b: Char) -> bool:
    if not (b.y0 <= a.y1 and a.y0 <= b.y1):
        return False
    overlap = min(abs(a.y0 - b.y1), abs(a.y1 - b.y0))
    if min(a.y1 - a.y0, b.y1 - b.y0) * LINE_OVERLAP >= overlap:
        return False
    distance = 0.0 if (b.x0 <= a.x1 and a.x0 <= b.x1) else min(abs(a.x0 - b.x1), abs(a.x1 - b.x0))
    return distance < max(a.trail, b.lead) * CHAR_MARGIN


def _layout_line(line: list[Char], page_top: float, counts: GlyphCounts) -> LayoutLine | None:
    chars = list(_glyphs(line, counts))
    if not chars:
        return None
    letters = [c for c in chars if c.letters] or chars
    weights = [max(c.letters, 1) for c in letters]
    sizes = [c.size for c in letters]
    first = letters[0]
    if all(c.font == first.font for c in letters):  # most lines: one font, no weighing needed
        font, bold = first.font, glyphs.is_bold_font(first.font)
    else:
        fonts: Counter[str] = Counter()
        for c, weight in zip(letters, weights, strict=True):
            fonts[c.font] += weight
        font = fonts.most_common(1)[0][0]
        emboldened = zip(letters, weights, strict=True)
        bold = sum(w for c, w in emboldened if glyphs.is_bold_font(c.font)) >= 0.6 * sum(weights)
    return LayoutLine(
        text=_line_text(chars),
        x0=min(c.x0 for c in chars),
        x1=max(c.x1 for c in chars),
        top=page_top - max(c.y1 for c in line),
        bottom=page_top - min(c.y0 for c in line),
        size=round(
            sizes[0] if sizes.count(sizes[0]) == len(sizes) else _weighted_median(sizes, weights), 2
        ),
        font=font,
        bold=bold,
    )


def _weighted_median(values: list[float], weights: list[int]) -> float:
    """`statistics.median` of the values, each repeated `weight` times."""
    if all(w == 1 for w in weights):
        return statistics.median(values)
    pairs = sorted(zip(values, weights, strict=True))
    total = sum(weights)
    low, high = (total - 1) // 2, total // 2  # the middle positions (one when total is odd)
    seen, found = 0, list[float]()
    for value, weight in pairs:
        while len(found) < 2 and seen + weight > (low if not found else high):
            found.append(value)
        seen += weight
    return (found[0] + found[1]) / 2


def _glyphs(line: list[Char], counts: GlyphCounts) -> Iterator[_Glyph]:
    """The line's visible text; icons and unmapped glyphs are counted and left out."""
    space = False
    first = True
    right = None
    for char in line:
        height = char.y1 - char.y0
        if right is not None and right < char.x0 - WORD_MARGIN * max(char.lead, height):
            space = True
        right = char.x1
        text = char.text
        if text.isspace():
            space = True
            continue
        shown = char.glyphs
        counts.glyphs += shown
        font = glyphs.font_family(char.font)
        if glyphs.is_icon_font(font):
            if not (first and glyphs.BULLET_FONT.search(font)):
                counts.icons += shown
                space = True
                continue
            counts.icons += shown - 1  # the first glyph is the bullet, the rest are icons
            text = glyphs.BULLET
        elif char.unmapped:
            counts.unmapped += shown
            space = True
            continue
        elif text == SOFT_HYPHEN:
            text = "-"  # a soft hyphen that was drawn is a hyphen the reader saw
        ends_in_space = False
        if len(text) > 1:  # a run: its own spaces stay, those at its ends separate it
            space = space or text[0].isspace()
            ends_in_space = text[-1].isspace()
            text = text.strip()
        if char.glyphs > 1:
            text = text.replace(SOFT_HYPHEN, "-")
        single = char.glyphs == 1 and len(text) <= 2  # a character, or a ligature
        letters = int(text.isalpha()) if single else sum(map(str.isalpha, text))
        yield _Glyph(text, char.x0, char.x1, height, font, space and not first, letters, single)
        space = ends_in_space
        first = False


def _line_text(chars: list[_Glyph]) -> str:
    if _is_letter_spaced(chars):
        return _respace_by_gaps(chars)
    return "".join((" " + c.text) if c.space_before else c.text for c in chars)


def _is_letter_spaced(chars: list[_Glyph]) -> bool:
    if not all(c.single for c in chars) or sum(c.text.isalpha() for c in chars) < 4:
        return False
    spaced = sum(c.space_before for c in chars[1:])
    return spaced >= LETTER_SPACED_SHARE * (len(chars) - 1)


def _respace_by_gaps(chars: list[_Glyph]) -> str:
    """Letters of a word one space apart, words two spaces apart, judged by the gaps between
    glyphs: `normalize` then collapses the letters and keeps the words."""
    gaps = [b.x0 - a.x1 for a, b in itertools.pairwise(chars)]
    usual = statistics.median(gaps)
    size = statistics.median(c.size for c in chars)
    parts = [chars[0].text]
    for gap, char in zip(gaps, chars[1:], strict=True):
        wide = gap > max(1.8 * usual, usual + 0.25 * size)
        parts.append(("  " if wide else " ") + char.text)
    return "".join(parts)


def too_many_pages(max_pages: int, path: str) -> LimitExceededError:
    """The error for a PDF longer than the page limit, whichever engine counted its pages."""
    return LimitExceededError(
        "has more pages than a resume has", limit=f"pages={max_pages}", path=path
    )
