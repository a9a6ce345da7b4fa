"""The internal line records that flow through extraction, from layout to sections.

A reader (PDF layout, OCR or plain text) produces `LayoutLine`s per page; reading order turns them
into `Row`s grouped in blocks; normalisation rewrites the row text; assembly places every row at
its offsets in the final text (`PlacedLine`). None of these leave the extract package.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class LayoutLine:
    """One line of text where it sits on the page, in points, with y growing downwards.

    `text` is raw: icon glyphs and unmapped `(cid:N)` glyphs are already removed, nothing else.
    Made for every line and never changed (not frozen, as `Row` and `PlacedLine`: a frozen
    dataclass takes several times as long to build).
    """

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    font: str
    bold: bool

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 0.1)


@dataclass(slots=True)
class GlyphCounts:
    """What a reader dropped while building line text; feeds the parse report."""

    glyphs: int = 0
    unmapped: int = 0
    icons: int = 0

    def add(self, other: GlyphCounts) -> None:
        self.glyphs += other.glyphs
        self.unmapped += other.unmapped
        self.icons += other.icons


@dataclass(frozen=True, slots=True)
class PageLayout:
    """The lines of one page in no particular order, and what the reader dropped there."""

    number: int
    width: float
    height: float
    lines: tuple[LayoutLine, ...]
    glyphs: GlyphCounts = field(default_factory=GlyphCounts)


@dataclass(slots=True)
class Row:
    """One line of reading-order text: the layout lines that share a baseline within a column.

    Cells far apart on the row (a table, a right-aligned date) are joined by a tab.
    `size`, `font` and `bold` come from the widest piece; `size` is 0 when unknown (plain text).
    """

    text: str
    size: float = 0.0
    font: str = ""
    bold: bool = False
    spaced: bool = False
    """An empty line's height or more stands between it and the row above it in its block: how a
    page sets a heading or a paragraph off (plain text uses a blank line instead)."""


@dataclass(frozen=True, slots=True)
class Block:
    """Rows read one after another: a column, a header band, or a paragraph of plain text.

    `column` is 0 for the first (or only) column of a page; later columns get 1, 2...
    `continues` is the column of the page before that the block goes on from, when the page
    before had columns and the block lines up with one of them (None otherwise).
    """

    rows: tuple[Row, ...]
    column: int = 0
    continues: int | None = None


@dataclass(frozen=True, slots=True)
class PageText:
    """One page in reading order, before normalisation."""

    number: int
    blocks: tuple[Block, ...]
    columns: int = 1


@dataclass(slots=True)
class PlacedLine:
    """A normalised row at its place in the final text: `text[start:end] == row.text`."""

    start: int
    end: int
    page: int
    row: Row
    column_start: bool = False
    """True for the first line of a page's second (or later) column."""
    column: int = 0
    """The column of its page the line stands in (`Block.column`)."""
    continues: int | None = None
    """For the first line of a block, the column of the page before it goes on from
    (`Block.continues`)."""

    @property
    def text(self) -> str:
        return self.row.text
