"""Reading order: keep the columns of a two-column or sidebar resume apart, read tables row by row.

A page is split in two when a vertical gutter, an x-range that no line crosses, runs through a
band of the page that holds most of its text, with substantial text on both sides over most of
that band. Lines above the band (the name and contact header) are read first, then the left
column top to bottom, then the right one, then anything below the band. Otherwise the page is
one column. Either way lines sharing a baseline are joined into one row, left to right, so a
table or a right-aligned date reads with its row.

A narrow column of dates beside the body (moderncv) is not a column: splitting there would
detach every date from its entry. Nor is a margin of section headings, each on the row of its
section's first line. Nor are the cells of a table or a two-column list, whose lines share their
rows; they are read row by row, unless the page before had columns parted at the same place:
a sidebar and a main column going on from the page before may align line for line, with
headings on one side only.
"""

from __future__ import annotations

import bisect
import itertools
import math
import statistics
from collections import defaultdict
from collections.abc import Container, Sequence
from dataclasses import dataclass
from operator import attrgetter

from analyzer.extract.chars import cell_gaps, is_marker
from analyzer.extract.dates import DATE_LIKE
from analyzer.extract.glyphs import BULLET
from analyzer.extract.headings import match_heading
from analyzer.extract.lines import Block, LayoutLine, PageLayout, PageText, Row

MIN_SPLIT_LINES = 6
"""A page of fewer lines is read as one column."""
MIN_GUTTER_PT = 12.0
"""The narrowest gap between columns; word gaps and date indents are narrower."""
ZONE_TEXT_SHARE = 0.5
"""The band with columns must hold at least this share of the page's characters."""
SIDE_TEXT_SHARE = 0.1
"""Each column must hold at least this share of the band's characters."""
SIDE_HEIGHT_SHARE = 0.3
"""Each column must run down at least this share of the band's height..."""
HEADED_SIDE_TEXT_SHARE = 0.03
"""...unless both columns carry section headings of their own: then a short sidebar (one
education entry beside a page of jobs) needs only this share of the band's characters."""
SIDE_OVERLAP_SHARE = 0.5
"""The columns must sit side by side over at least this share of the shorter one."""
DATE_COLUMN_SHARE = 0.6
"""A side whose lines are mostly dates is a date column, not a column of text."""
TABLE_ALIGNED_SHARE = 0.9
"""Sides whose lines share rows this often are the cells of a table or a two-column list."""
MARGIN_WIDTH_SHARE = 0.5
"""A margin of headings is at most this share of the text's width."""
MARGIN_LABEL_LINES = 4
"""A heading in a margin beside its section wraps to at most this many lines."""
SAME_ROW_OVERLAP = 0.5
SPACED_ROW = 0.8
"""Empty space above a row, in heights of its text, that sets it off like a blank line."""

_X0, _X1 = attrgetter("x0"), attrgetter("x1")
_TOP_LEFT = attrgetter("top", "x0")


Gutter = tuple[float, float]
"""Where a page's columns part: the right end of its left column, the left end of its right."""


@dataclass(frozen=True, slots=True)
class ColumnSplit:
    """A page read as header, left column, right column, footer."""

    header: tuple[LayoutLine, ...]
    left: tuple[LayoutLine, ...]
    right: tuple[LayoutLine, ...]
    footer: tuple[LayoutLine, ...]
    zone_chars: int
    edges: Gutter

    @property
    def gutter(self) -> float:
        """The gutter's width."""
        return self.edges[1] - self.edges[0]


def order_pages(pages: Sequence[PageLayout]) -> list[PageText]:
    """Each page's rows in reading order, in blocks (header, columns, footer)."""
    ordered: list[PageText] = []
    gutter: Gutter | None = None
    for page in pages:
        text, gutter = _order_page(page, gutter)
        ordered.append(text)
    return ordered


def _order_page(page: PageLayout, gutter_before: Gutter | None) -> tuple[PageText, Gutter | None]:
    """The page in reading order, and where its columns part (None for one column). When the
    page before had columns parted at `gutter_before`, columns parted there too are read as
    such even if their rows align line for line and only one side has headings (a sidebar and
    the main column going on from the page before), which on a page alone reads as a table.
    Each column block says which column of the page before it goes on from, where it lines up
    with one (`Block.continues`)."""
    lines = page.lines
    geometry = _Geometry.of(lines) if len(lines) >= MIN_SPLIT_LINES else None
    split = _best_split(lines, geometry, gutter_before) if geometry is not None else None
    if split is None:
        groups = geometry.row_groups if geometry is not None else _row_groups(lines)
        rows = _rows(lines, groups)  # grouped already while looking for columns
        goes_on = _column_gone_on(lines, gutter_before) if gutter_before is not None else None
        block = Block(tuple(rows), continues=goes_on)
        return PageText(page.number, (block,) if rows else (), 1), None
    aligned = _parted_as_before(split.left, split.right, gutter_before)
    parts = (
        (split.header, 0, None),
        (split.left, 0, 0 if aligned else None),
        (split.right, 1, 1 if aligned else None),
        (split.footer, 0, None),
    )
    blocks = tuple(
        Block(tuple(rows_of(part)), column, goes_on) for part, column, goes_on in parts if part
    )
    return PageText(page.number, blocks, 2), split.edges


def _parted_as_before(
    left: Sequence[LayoutLine], right: Sequence[LayoutLine], gutter_before: Gutter | None
) -> bool:
    """Whether two columns part where the page before parted its own: the left ends before the
    page before's right column starts, the right starts after its left column ends."""
    return (
        gutter_before is not None
        and _left_of(left, gutter_before)
        and _right_of(right, gutter_before)
    )


def _column_gone_on(lines: Sequence[LayoutLine], gutter_before: Gutter) -> int | None:
    """Which column of the page before, parted at `gutter_before`, these lines go on from: 0
    when they all end before its right column starts, 1 when they all start after its left
    column ends, else None (they cross its gutter)."""
    if not lines:
        return None
    if _left_of(lines, gutter_before):
        return 0
    return 1 if _right_of(lines, gutter_before) else None


def _left_of(lines: Sequence[LayoutLine], gutter: Gutter) -> bool:
    """Whether the lines all end before the column right of `gutter` starts."""
    return max(line.x1 for line in lines) < gutter[1]


def _right_of(lines: Sequence[LayoutLine], gutter: Gutter) -> bool:
    """Whether the lines all start after the column left of `gutter` ends."""
    return min(line.x0 for line in lines) > gutter[0]


def find_column_split(lines: Sequence[LayoutLine]) -> ColumnSplit | None:
    """The best two-column reading of the page alone, or None when it reads as one column."""
    if len(lines) < MIN_SPLIT_LINES:
        return None
    return _best_split(lines, _Geometry.of(lines), None)


def _best_split(
    lines: Sequence[LayoutLine], page: _Geometry, gutter_before: Gutter | None
) -> ColumnSplit | None:
    gutter = max(MIN_GUTTER_PT, statistics.median(line.size for line in lines))
    left_edge = min(line.x0 for line in lines)
    right_edge = max(line.x1 for line in lines)
    total = sum(page.chars)
    best: ColumnSplit | None = None
    for edge in sorted(set(map(math.ceil, page.x1))):
        if not left_edge + 0.1 * (right_edge - left_edge) < edge < right_edge - gutter:
            continue
        split = _split_at(lines, page, edge, edge + gutter, total, gutter_before)
        if split is not None and (best is None or _rank(split) > _rank(best)):
            best = split
    return best


@dataclass(frozen=True, slots=True)
class _Geometry:
    """What `_split_at` reads of each line (by position), gathered once per page: it tries
    every candidate gutter, so its work per line is what the reading order costs."""

    x0: list[float]
    x1: list[float]
    chars: list[int]
    center: list[float]
    rows: list[int]
    row_groups: list[list[int]]
    """The lines (by position) of each row, as `_row_groups` groups them."""
    right_ends: list[float]
    """Every line's x1, in ascending order..."""
    chars_ending: list[int]
    """...and the characters of the lines before each place in that order (one more item)."""
    left_ends: list[float]
    """Every line's x0, in ascending order..."""
    chars_starting: list[int]
    """...and the characters of the lines before each place in that order."""
    centers: list[float]
    """Every line's vertical center, in ascending order..."""
    chars_above: list[int]
    """...and the characters of the lines before each place in that order."""

    @classmethod
    def of(cls, lines: Sequence[LayoutLine]) -> _Geometry:
        row_groups = _row_groups(lines)
        rows = [0] * len(lines)
        for row, group in enumerate(row_groups):
            for i in group:
                rows[i] = row
        x0, x1 = list(map(_X0, lines)), list(map(_X1, lines))
        chars, center = [len(line.text) for line in lines], list(map(_center, lines))
        by_x1, by_x0, by_center = (
            sorted(range(len(lines)), key=values.__getitem__) for values in (x1, x0, center)
        )  # each line's position, in ascending order of the values (as sorting the lines)
        return cls(
            x0,
            x1,
            chars,
            center,
            rows,
            row_groups,
            [x1[i] for i in by_x1],
            [0, *itertools.accumulate(chars[i] for i in by_x1)],
            [x0[i] for i in by_x0],
            [0, *itertools.accumulate(chars[i] for i in by_x0)],
            [center[i] for i in by_center],
            [0, *itertools.accumulate(chars[i] for i in by_center)],
        )

    def may_hold_a_zone(self, cuts: Sequence[float], total: int) -> bool:
        """Whether some band between the `cuts` (the centers of the lines crossing a gutter, in
        ascending order) could hold `ZONE_TEXT_SHARE` of the page's characters: a band holds
        at most the characters of every line whose center lies between its cuts, as
        `_split_at` places them (most gutters that cross lines end here, in binary searches)."""
        places = [0, *(bisect.bisect_left(self.centers, cut) for cut in cuts), len(self.centers)]
        most = max(self.chars_above[b] - self.chars_above[a] for a, b in itertools.pairwise(places))
        return most >= ZONE_TEXT_SHARE * total

    def may_have_columns(self, lo: float, hi: float, total: int) -> bool:
        """Whether the lines left of `lo` and those right of `hi` could each hold one side of
        columns in some band: what `_are_columns` asks of a side (3 lines, a share of the
        band's text, the band a share of the page's), asked of all lines on that side of the
        gutter at once, and whether the lines crossing the gutter leave the band its share of
        the page (most gutters of a page end here, in two binary searches)."""
        least = HEADED_SIDE_TEXT_SHARE * ZONE_TEXT_SHARE * total * (1 - 1e-9)  # for rounding
        left = bisect.bisect_right(self.right_ends, lo)  # lines with x1 <= lo
        right = bisect.bisect_left(self.left_ends, hi)  # lines before it have x0 < hi
        right_lines = len(self.left_ends) - right
        left_chars = self.chars_ending[left]
        right_chars = self.chars_starting[-1] - self.chars_starting[right]
        crossing = self.chars_starting[-1] - left_chars - right_chars  # or more (if x1 < x0)
        return (
            left >= 3
            and left_chars >= least
            and right_lines >= 3
            and right_chars >= least
            and crossing <= (1 - ZONE_TEXT_SHARE) * total
        )


def _rank(split: ColumnSplit) -> tuple[int, float]:
    return split.zone_chars, split.gutter


def _split_at(
    lines: Sequence[LayoutLine],
    page: _Geometry,
    lo: float,
    hi: float,
    total: int,
    gutter_before: Gutter | None,
) -> ColumnSplit | None:
    """Try a gutter [lo, hi]: lines crossing it cut the page into bands; keep the best band.

    A line on the same row as a crossing line (a date beside a full-width title) goes with it.
    """
    if not page.may_have_columns(lo, hi, total):
        return None
    crosses = [x0 < hi and x1 > lo for x0, x1 in zip(page.x0, page.x1, strict=True)]
    if sum(itertools.compress(page.chars, crosses)) > (1 - ZONE_TEXT_SHARE) * total:
        return None
    rows, center, chars = page.rows, page.center, page.chars
    crossing = sorted(itertools.compress(range(len(lines)), crosses), key=center.__getitem__)
    cuts = [center[i] for i in crossing]
    if not page.may_hold_a_zone(cuts, total):
        return None
    crossing_row = {rows[i]: k for k, i in reversed(list(enumerate(crossing)))}
    bands: dict[int, list[int]] = defaultdict(list)
    beside: dict[int, list[int]] = defaultdict(list)
    for i, crossed in enumerate(crosses):
        if crossed:
            continue
        if rows[i] in crossing_row:
            beside[crossing_row[rows[i]]].append(i)
        else:
            bands[bisect.bisect(cuts, center[i])].append(i)
    best: ColumnSplit | None = None
    for index, band in bands.items():
        zone_chars = sum(chars[i] for i in band)
        if zone_chars < ZONE_TEXT_SHARE * total:
            continue
        left = [i for i in band if page.x1[i] <= lo]
        right = [i for i in band if page.x0[i] >= hi]
        if not _are_columns(lines, rows, left, right, zone_chars, gutter_before):
            continue
        if best is None or zone_chars > best.zone_chars:
            above = [i for b, members in bands.items() if b < index for i in members]
            below = [i for b, members in bands.items() if b > index for i in members]
            for k, i in enumerate(crossing):
                (above if k < index else below).extend([i, *beside[k]])
            best = ColumnSplit(
                header=tuple(lines[i] for i in above),
                left=tuple(lines[i] for i in left),
                right=tuple(lines[i] for i in right),
                footer=tuple(lines[i] for i in below),
                zone_chars=zone_chars,
                edges=(max(lines[i].x1 for i in left), min(lines[i].x0 for i in right)),
            )
    return best


def _are_columns(
    lines: Sequence[LayoutLine],
    rows: Sequence[int],
    left_ids: Sequence[int],
    right_ids: Sequence[int],
    zone_chars: int,
    gutter_before: Gutter | None,
) -> bool:
    left = [lines[i] for i in left_ids]
    right = [lines[i] for i in right_ids]
    if len(left) < 3 or len(right) < 3:
        return False
    least_chars = min(_chars(left), _chars(right))
    if least_chars < HEADED_SIDE_TEXT_SHARE * zone_chars:
        return False
    (l_top, l_bottom), (r_top, r_bottom) = _extent(left), _extent(right)
    height = max(l_bottom, r_bottom) - min(l_top, r_top)
    l_height, r_height = l_bottom - l_top, r_bottom - r_top
    short = (
        least_chars < SIDE_TEXT_SHARE * zone_chars
        or min(l_height, r_height) < SIDE_HEIGHT_SHARE * height
    )
    if short and not (_has_heading(left) and _has_heading(right)):
        return False
    overlap = min(l_bottom, r_bottom) - max(l_top, r_top)
    if overlap < SIDE_OVERLAP_SHARE * min(l_height, r_height):
        return False
    if _is_date_column(left) or _is_date_column(right):
        return False
    left_rows, right_rows = [rows[i] for i in left_ids], [rows[i] for i in right_ids]
    if _is_margin(left, left_rows, right, right_rows) or _is_margin(
        right, right_rows, left, left_rows
    ):
        return False
    if not _is_table(left, right, left_rows, right_rows):
        return True
    # aligned as a table's cells, but going on from the page before's columns, parted there
    return _parted_as_before(left, right, gutter_before)


def _is_table(
    left: Sequence[LayoutLine],
    right: Sequence[LayoutLine],
    left_rows: Sequence[int],
    right_rows: Sequence[int],
) -> bool:
    """Side-by-side cells rather than columns: nearly every line of one side shares its row
    with a line of the other side, and the sides do not each carry section headings (two real
    columns on one baseline grid also align, but each has headings of its own)."""
    shared = set(left_rows) & set(right_rows)
    aligned = max(
        sum(r in shared for r in left_rows) / len(left_rows),
        sum(r in shared for r in right_rows) / len(right_rows),
    )
    if aligned < TABLE_ALIGNED_SHARE:
        return False
    return not (_has_heading(left) and _has_heading(right))


def _is_margin(
    side: Sequence[LayoutLine],
    side_rows: Sequence[int],
    text: Sequence[LayoutLine],
    text_rows: Sequence[int],
) -> bool:
    """A margin of headings beside the `text` rather than a column: the side is narrow (at
    most `MARGIN_WIDTH_SHARE` of the text's width) and holds a section heading, and its lines
    come in short blocks (a heading and its wrapped lines, `MARGIN_LABEL_LINES` at most), each
    opening with a heading or a bold title, on the first row of a block of the text or beside
    no text at all (the heading of an empty section). A sidebar's list runs on under its
    heading, in regular type."""
    if _width(side) > MARGIN_WIDTH_SHARE * _width(text) or not _has_heading(side):
        return False
    openings = {text_rows[block[0]] for block in _blocks(text, text_rows)}
    beside = set(text_rows)
    for block in _blocks(side, side_rows, openings):
        first, rows = side[block[0]], {side_rows[i] for i in block}
        if len(block) > MARGIN_LABEL_LINES or not (first.bold or _is_heading(first)):
            return False
        if side_rows[block[0]] not in openings and not beside.isdisjoint(rows):
            return False
    return True


def _blocks(
    lines: Sequence[LayoutLine], rows: Sequence[int], openings: Container[int] = ()
) -> list[list[int]]:
    """The lines (by position), top to bottom, in blocks: a line set off by space from the
    lines above it (`SPACED_ROW`), or on one of the `openings` rows, starts a new block."""
    blocks: list[list[int]] = []
    above = -math.inf  # the bottom of the lines so far
    for i in sorted(range(len(lines)), key=lambda i: lines[i].top):
        line = lines[i]
        if not blocks or _set_off(above, line.top, line.height) or rows[i] in openings:
            blocks.append([])
        blocks[-1].append(i)
        above = max(above, line.bottom)
    return blocks


def _has_heading(lines: Sequence[LayoutLine]) -> bool:
    """Whether a line reads as a section heading of the vocabulary (not a list item)."""
    return any(map(_is_heading, lines))


def _is_heading(line: LayoutLine) -> bool:
    """Whether the line names a section (an exact heading of the vocabulary), bulleted or not: a
    column's list may head its groups with bulleted section names ("• Frameworks & Libraries")."""
    text = line.text.strip().removeprefix(BULLET).lstrip()
    if len(text) <= 40 and text[:1].isalnum():
        match = match_heading(text)
        return match is not None and match.exact
    return False


def _is_date_column(lines: Sequence[LayoutLine]) -> bool:
    dates = sum(1 for ln in lines if len(ln.text) <= 40 and DATE_LIKE.search(ln.text))
    return dates >= DATE_COLUMN_SHARE * len(lines)


def rows_of(lines: Sequence[LayoutLine]) -> list[Row]:
    """Lines grouped by baseline, top to bottom; the pieces of a row left to right."""
    return _rows(lines, _row_groups(lines))


def _rows(lines: Sequence[LayoutLine], groups: list[list[int]]) -> list[Row]:
    """The rows of the groups, top to bottom. Most rows are one line, which is the row as it
    is (what `_extent`, `_row` and the sort would make of one piece, made directly)."""
    rows: list[Row] = []
    above: float | None = None  # the bottom of the row above
    for group in groups:
        if len(group) == 1:
            line = lines[group[0]]
            spaced = _set_off(above, line.top, line.height)
            rows.append(Row(line.text, line.size, line.font, line.bold, spaced))
            above = line.bottom
            continue
        pieces = sorted([lines[i] for i in group], key=_X0)
        top, bottom = _extent(pieces)
        rows.append(_row(pieces, spaced=_set_off(above, top, max(p.height for p in pieces))))
        above = bottom
    return rows


def _set_off(above: float | None, top: float, height: float) -> bool:
    """Whether a row whose text is `height` tall, starting at `top`, has an empty line's worth
    of space above it (`SPACED_ROW`) below the row above, which ends at `above` (None: none)."""
    return above is not None and top - above >= SPACED_ROW * height


def _row_groups(lines: Sequence[LayoutLine]) -> list[list[int]]:
    """The lines (by position) of each row, top to bottom: in order of top and left edge, a
    line joins the row before it when it shares its first line's baseline: they overlap by
    `SAME_ROW_OVERLAP` of the lower one (the first line's extent kept at hand, as it is asked
    of every line after it)."""
    groups: list[list[int]] = []
    top = bottom = height = 0.0  # the first line's of the row before
    for i in sorted(range(len(lines)), key=list(map(_TOP_LEFT, lines)).__getitem__):
        line = lines[i]
        overlap = min(bottom, line.bottom) - max(top, line.top)
        if groups and overlap >= SAME_ROW_OVERLAP * min(height, line.height):
            groups[-1].append(i)
        else:
            groups.append([i])
            top, bottom, height = line.top, line.bottom, line.height
    return groups


def _row(pieces: Sequence[LayoutLine], *, spaced: bool = False) -> Row:
    first = pieces[0]
    gaps = [(b.x0 - a.x1, max(a.size, b.size, 1.0)) for a, b in itertools.pairwise(pieces)]
    label = len(pieces) > 1 and first.bold and not pieces[1].bold and _has_letters(first)
    cells = cell_gaps(gaps, label=label, marker=is_marker(first.text))
    parts = [first.text]
    for piece, cell in zip(pieces[1:], cells, strict=True):
        parts.append(("\t" if cell else " ") + piece.text)
    main = max(pieces, key=lambda ln: len(ln.text))
    return Row("".join(parts), main.size, main.font, main.bold, spaced)


def _has_letters(line: LayoutLine) -> bool:
    """Whether a line holds a word (two letters or more), not a bullet or a number alone."""
    return sum(map(str.isalpha, line.text)) >= 2


def _center(line: LayoutLine) -> float:
    return (line.top + line.bottom) / 2


def _extent(lines: Sequence[LayoutLine]) -> tuple[float, float]:
    return min(ln.top for ln in lines), max(ln.bottom for ln in lines)


def _width(lines: Sequence[LayoutLine]) -> float:
    return max(ln.x1 for ln in lines) - min(ln.x0 for ln in lines)


def _chars(lines: Sequence[LayoutLine]) -> int:
    return sum(len(line.text) for line in lines)
