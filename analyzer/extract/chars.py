"""From placed characters to layout lines: the engine-free half of reading a PDF's text layer.

An engine (pdfminer.six in `pdf`, PDFium in `pdfium`) reports what the page draws as `Char`s, in
drawing order: single characters (pdfminer.six), or runs of characters drawn together in one font
(PDFium, which would be slow to ask character by character), each with its box in PDF coordinates
(points, y growing upwards) and its font. Here they become `LayoutLine`s the same way for both:
consecutive characters on one baseline and close together form a line (pdfminer.six's
`group_objects` rule: `LINE_OVERLAP`, `CHAR_MARGIN`), a gap wider than `WORD_MARGIN` is a space,
icon-font glyphs and unmapped glyphs are dropped and counted, letter-spaced headings are
re-spaced by their geometry, and bullets drawn as shapes become typed ones.
"""

from __future__ import annotations

import functools
import itertools
import math
import operator
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
CELL_GAP_EM = 1.0
"""Text further apart than this many font sizes is in separate cells (tab-joined): a heading set
in a margin beside its first line, a table's columns, a date set apart. A word space is
narrower, unless justified text stretched it (`JUSTIFIED_SPREAD`); whether the engine drew the
two as one line or two does not matter (`reading_order` joins separate lines of a row by the
same rule)."""
JUSTIFIED_SPREAD = 1.25
"""A line's word gaps that are all within this factor of each other, two or more of them, are
the stretched spaces of justified text in a narrow column, however wide (up to
`MAX_STRETCH_EM`): a typesetter widens every space of a line alike, while a cell gap stands out
among the word spaces of its line."""
MAX_STRETCH_EM = 2.0
"""The widest gap that stretched spacing may explain."""
LABEL_GAP_EM = 0.5
"""A bold label opening a line and the regular text after it are two cells when further apart
than this many font sizes (a word space is about 0.3): a margin heading set close to its text."""
MAX_LABEL_WORDS = 4
"""...and has no more word breaks than this (a heading, not a bold sentence)."""
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
class Shape:
    """A small filled shape the page draws, its box in points (y up): the bullet of a list item
    when it is a dot or a square alone and a line of text starts just right of it
    (`with_drawn_bullets`); else a piece of an icon, a chart or a rating."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    def touches(self, other: Shape) -> bool:
        """Whether the two boxes meet or overlap."""
        return (
            self.x0 <= other.x1
            and other.x0 <= self.x1
            and self.y0 <= other.y1
            and other.y0 <= self.y1
        )


SHAPE_SIDE = 16.0
"""The longest side, in points, of a shape kept (`is_small_shape`): an icon and its pieces, a
bullet; not a page's rules, boxes and tinted backgrounds."""
MAX_SHAPES = 500
"""The most shapes a page keeps (a chart's dots beyond them are not looked at), which bounds the
work of matching them to lines."""
BULLET_SIDES = (1.0, 8.0)
"""The shortest and longest side, in points, of a shape that may be a drawn bullet (Chromium
prints a list's disc as a path about 3 points across),"""
BULLET_ASPECT = 2.0
"""...whose long side is at most this many times its short one (a dot or a square, not a rule),"""
BULLET_EM = 0.6
"""...and at most this many font sizes of the line it opens (an icon is as big as a letter)."""
BULLET_GAP_EM = 1.5
"""A drawn bullet stands left of its item's first character by at most this many font sizes."""


def is_small_shape(x0: float, y0: float, x1: float, y1: float) -> bool:
    """Whether a filled shape with this box is kept (`SHAPE_SIDE`)."""
    return x1 - x0 <= SHAPE_SIDE and y1 - y0 <= SHAPE_SIDE


def with_drawn_bullets(
    lines: list[LayoutLine], shapes: Sequence[Shape], page_top: float
) -> list[LayoutLine]:
    """The lines, with a typed bullet ("• ") before those a drawn one opens, their left end
    at the bullet's, as if it had been typed there: pages printed from HTML draw a list's discs
    as shapes, and without them one item's last words run on into the next item's first.

    A drawn bullet is a dot or a square (`BULLET_SIDES`, `BULLET_ASPECT`) that touches no other
    shape (an icon is drawn in pieces). It opens the nearest line that starts right of it by at
    most `BULLET_GAP_EM` of its font size, whose height holds the bullet's middle and whose font
    is large beside it (`BULLET_EM`), unless that line already opens with a mark people type for
    an item (`glyphs.ITEM_MARKS`, bullet glyphs)."""
    opened: dict[int, Shape] = {}
    for shape in shapes:
        if not _is_dot(shape) or any(o is not shape and o.touches(shape) for o in shapes):
            continue
        middle = page_top - (shape.y0 + shape.y1) / 2
        nearest, gap = -1, math.inf
        for index, line in enumerate(lines):
            to_line = line.x0 - shape.x1
            if (
                line.top <= middle <= line.bottom
                and -0.5 <= to_line < gap
                and to_line <= BULLET_GAP_EM * line.size
                and max(shape.width, shape.height) <= BULLET_EM * line.size
            ):
                nearest, gap = index, to_line
        if nearest >= 0 and nearest not in opened and not _opens_item(lines[nearest].text):
            opened[nearest] = shape
    if not opened:
        return lines
    return [
        line
        if index not in opened
        else LayoutLine(
            glyphs.BULLET + " " + line.text,
            opened[index].x0,
            line.x1,
            line.top,
            line.bottom,
            line.size,
            line.font,
            line.bold,
        )
        for index, line in enumerate(lines)
    ]


def _is_dot(shape: Shape) -> bool:
    """Whether a shape is the size and form of a bullet (`BULLET_SIDES`, `BULLET_ASPECT`)."""
    width, height = shape.width, shape.height
    low, high = BULLET_SIDES
    return (
        low <= width <= high
        and low <= height <= high
        and width <= height * BULLET_ASPECT
        and height <= width * BULLET_ASPECT
    )


def _opens_item(text: str) -> bool:
    """Whether a line's text opens with a mark of a list item, typed or a bullet glyph."""
    return text[:1] in glyphs.ITEM_MARKS or text[:1] in glyphs.BULLET_CHARS


@dataclass(slots=True)
class _Glyph:
    """Visible text of a `Char` (or a run): where it is, its size, and whether a space precedes
    it. Made for every character and never changed (not frozen: a frozen dataclass takes twice
    as long to build)."""

    text: str
    x0: float
    x1: float
    size: float
    font: str
    space_before: bool
    single: bool
    """One character (or ligature), not a run: only such glyphs can be letter-spaced."""


def _letters(glyph: _Glyph) -> int:
    """How much the glyph weighs in its line's size, font and boldness: its letters (a single
    glyph's: 1 for a letter, else 0). Counted only for lines of several glyphs."""
    return int(glyph.text.isalpha()) if glyph.single else sum(map(str.isalpha, glyph.text))


_X0, _X1, _Y0, _Y1 = (operator.attrgetter(name) for name in ("x0", "x1", "y0", "y1"))
_FONT, _SINGLE, _SPACE_BEFORE = (
    operator.attrgetter(name) for name in ("font", "single", "space_before")
)
"""Fields read over every glyph of a line, through `map` (no Python frame a glyph)."""


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
    for horizontal text (a character that fits neither neighbour is a line of its own): two
    characters share a line when they overlap vertically by more than `LINE_OVERLAP` of the
    lower one and are apart by less than `CHAR_MARGIN` times the width of the nearer of their
    two characters facing each other (a run's last, the next run's first).

    The rule is written out in the loop, on the previous character's coordinates kept in local
    names: it runs for every character pdfminer.six draws (75,000 for 20 resumes)."""
    line: list[Char] = []
    previous: Char | None = None
    x0 = y0 = x1 = y1 = trail = 0.0  # the previous character's
    for char in chars:
        b_x0, b_y0, b_x1, b_y1 = char.x0, char.y0, char.x1, char.y1
        if previous is not None:
            same = False
            if b_y0 <= y1 and y0 <= b_y1:
                overlap = min(abs(y0 - b_y1), abs(y1 - b_y0))
                if not min(y1 - y0, b_y1 - b_y0) * LINE_OVERLAP >= overlap:
                    distance = (
                        0.0 if (b_x0 <= x1 and x0 <= b_x1) else min(abs(x0 - b_x1), abs(x1 - b_x0))
                    )
                    lead = char.lead
                    same = distance < (lead if lead > trail else trail) * CHAR_MARGIN
            if same:
                if not line:
                    line.append(previous)
                line.append(char)
            elif line:
                yield line
                line = []
            else:
                yield [previous]
        previous = char
        x0, y0, x1, y1, trail = b_x0, b_y0, b_x1, b_y1, char.trail
    if line:
        yield line
    elif previous is not None:
        yield [previous]


def _layout_line(line: list[Char], page_top: float, counts: GlyphCounts) -> LayoutLine | None:
    chars = _glyphs(line, counts)
    if not chars:
        return None
    if len(line) == 1:  # one run (most of PDFium's lines), or one character
        top, bottom = page_top - line[0].y1, page_top - line[0].y0
    else:
        top, bottom = page_top - max(map(_Y1, line)), page_top - min(map(_Y0, line))
    if len(chars) == 1:
        only = chars[0]
        font = only.font
        bold = glyphs.is_bold_font(font)
        return LayoutLine(only.text, only.x0, only.x1, top, bottom, round(only.size, 2), font, bold)
    counted = list(map(_letters, chars))
    letters = list(itertools.compress(chars, counted)) or chars
    weights = [n for n in counted if n] or [1] * len(chars)
    sizes = [c.size for c in letters]
    first = letters[0]
    if list(map(_FONT, letters)).count(first.font) == len(letters):  # most lines: one font
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
        x0=min(map(_X0, chars)),
        x1=max(map(_X1, chars)),
        top=top,
        bottom=bottom,
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


def _glyphs(line: list[Char], counts: GlyphCounts) -> list[_Glyph]:
    """The line's visible text; icons and unmapped glyphs are counted and left out."""
    found: list[_Glyph] = []
    space = False
    first = True
    right = None
    drawn = 0  # glyphs, added to `counts` at the end (the caller reads every glyph)
    for char in line:
        height = char.y1 - char.y0
        lead = char.lead
        gap = WORD_MARGIN * (height if height > lead else lead)  # max(lead, height), inlined
        if right is not None and right < char.x0 - gap:
            space = True
        right = char.x1
        text = char.text
        if text.isspace():
            space = True
            continue
        shown = char.glyphs
        drawn += shown
        font, icon = _font_kind(char.font)
        if icon:
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
        found.append(_Glyph(text, char.x0, char.x1, height, font, space and not first, single))
        space = ends_in_space
        first = False
    counts.glyphs += drawn
    return found


@functools.lru_cache(maxsize=512)
def _font_kind(fontname: str) -> tuple[str, bool]:
    """The font's family (no subset tag) and whether it is an icon font: one cached look-up a
    glyph instead of two."""
    family = glyphs.font_family(fontname)
    return family, glyphs.is_icon_font(family)


def _line_text(chars: list[_Glyph]) -> str:
    if _is_letter_spaced(chars):
        return _respace_by_gaps(chars)
    label = _bold_label_end(chars)
    if label:
        return _line_text(chars[:label]) + "\t" + _line_text(chars[label:])
    pairs = itertools.pairwise(chars)
    gaps = [(b.x0 - a.x1, max(a.size, b.size)) for a, b in pairs if b.space_before]
    marker = len(chars) > 1 and chars[1].space_before and is_marker(chars[0].text)
    cells = iter(cell_gaps(gaps, marker=marker))
    return chars[0].text + "".join(
        (("\t" if next(cells) else " ") + b.text) if b.space_before else b.text for b in chars[1:]
    )


def is_marker(text: str) -> bool:
    """Whether text is a bullet or another mark opening a line: no letter or digit in it."""
    return not any(c.isalnum() for c in text)


def cell_gaps(
    gaps: Sequence[tuple[float, float]], *, label: bool = False, marker: bool = False
) -> list[bool]:
    """Which of a line's gaps, (points, font size) in order, separate two cells: those wider
    than `CELL_GAP_EM` (`LABEL_GAP_EM` for the first when it follows a bold `label`), unless
    the gaps between its words are all as alike as a justified line's (`JUSTIFIED_SPREAD`).
    The first gap after a bullet (a `marker`) is its indent, not a word space, and is left out
    of the likeness. One rule for the glyphs of a line and the pieces of a row
    (`reading_order`)."""
    cells = [is_cell_gap(gap, size, label=label and i == 0) for i, (gap, size) in enumerate(gaps)]
    first_word = 1 if marker else 0
    between_words = gaps[first_word:]
    if len(between_words) >= 2 and any(cells[first_word:]) and _stretched(between_words):
        cells[first_word:] = [False] * len(between_words)
    return cells


def _stretched(gaps: Sequence[tuple[float, float]]) -> bool:
    """Whether the gaps, in font sizes, are alike enough and narrow enough to be stretched
    spaces."""
    widths = [gap / size for gap, size in gaps if size > 0]
    if len(widths) < 2 or min(widths) <= 0:
        return False
    widest = max(widths)
    return widest <= MAX_STRETCH_EM and widest <= JUSTIFIED_SPREAD * min(widths)


def is_cell_gap(gap: float, size: float, *, label: bool = False) -> bool:
    """Whether a gap (points) between text of this font size is wider than `CELL_GAP_EM`, or
    than `LABEL_GAP_EM` after a bold label: wide enough to separate two cells."""
    return gap > (LABEL_GAP_EM if label else CELL_GAP_EM) * size


def _bold_label_end(chars: list[_Glyph]) -> int:
    """Where a bold label at the start of a line (a margin heading of a few words) ends, when
    regular text follows it across a gap wider than a word space (`LABEL_GAP_EM`); else 0. A
    label has letters: a bold bullet before its item is none."""
    words = letters = 0
    for i, char in enumerate(chars):
        if not glyphs.is_bold_font(char.font):
            if letters < 2 or not char.space_before:  # no label (a bullet is none)
                return 0
            before = chars[i - 1]
            size = max(before.size, char.size)
            return i if is_cell_gap(char.x0 - before.x1, size, label=True) else 0
        words += char.space_before
        letters += _letters(char)
        if words >= MAX_LABEL_WORDS:
            return 0
    return 0


def _is_letter_spaced(chars: list[_Glyph]) -> bool:
    if not all(map(_SINGLE, chars)) or sum(map(_letters, chars)) < 4:
        return False
    spaced: int = sum(map(_SPACE_BEFORE, chars[1:]))
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
