"""Build the final text from pages of rows: normalise, join, and record where everything landed.

This is where offsets are born. Rows are normalised and de-hyphenated first, then joined: rows with
"\\n", blocks (columns, header, paragraphs) with a blank line, pages with "\\n\\n". Each row's place
is recorded as a `PlacedLine` and each page's as a `PageSpan`, so `text[start:end]` is exact.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from analyzer.extract.lines import Block, PageText, PlacedLine, Row
from analyzer.extract.normalize import RepairCounts, dehyphenate, normalise_line
from analyzer.types import PageSpan

PAGE_SEPARATOR = "\n\n"
BLOCK_SEPARATOR = "\n\n"
LINE_SEPARATOR = "\n"


@dataclass(frozen=True, slots=True)
class AssembledText:
    text: str
    pages: tuple[PageSpan, ...]
    lines: tuple[PlacedLine, ...]
    repairs: RepairCounts


def assemble(pages: Sequence[PageText]) -> AssembledText:
    """The resume text, with every page and line placed in it."""
    repairs = RepairCounts()
    parts: list[str] = []
    spans: list[PageSpan] = []
    placed: list[PlacedLine] = []
    offset = 0
    for index, page in enumerate(pages):
        if index:
            parts.append(PAGE_SEPARATOR)
            offset += len(PAGE_SEPARATOR)
        page_start = offset
        previous: Row | None = None
        for b, (rows, block) in enumerate(_normalised_blocks(page, repairs)):
            column_start = block.column > 0
            if b:
                runs_on = previous is not None and not column_start and _runs_on(previous, rows[0])
                separator = LINE_SEPARATOR if runs_on else BLOCK_SEPARATOR
                parts.append(separator)
                offset += len(separator)
            previous = rows[-1]
            for r, row in enumerate(rows):
                if r:
                    parts.append(LINE_SEPARATOR)
                    offset += len(LINE_SEPARATOR)
                placed.append(
                    PlacedLine(
                        offset,
                        offset + len(row.text),
                        page.number,
                        row,
                        column_start and not r,
                        block.column,
                        None if r else block.continues,
                    )
                )
                parts.append(row.text)
                offset += len(row.text)
        spans.append(PageSpan(page.number, page_start, offset))
    return AssembledText("".join(parts), tuple(spans), tuple(placed), repairs)


def _runs_on(last: Row, first: Row) -> bool:
    """True when a block break falls inside a sentence: the last row runs on (a letter, digit or
    comma at its end) and the next block goes on in lower case ("large language" / "models"), so
    the two are joined as lines, not as blocks."""
    return (
        bool(last.text)
        and (last.text[-1].isalnum() or last.text[-1] == ",")
        and (first.text[:1].islower())
    )


def _normalised_blocks(page: PageText, repairs: RepairCounts) -> list[tuple[list[Row], Block]]:
    """Each block's rows with repaired text (empty rows dropped), and the block."""
    blocks = []
    for block in page.blocks:
        texts = dehyphenate([normalise_line(row.text, repairs) for row in block.rows], repairs)
        rows = [
            row if text == row.text else Row(text, row.size, row.font, row.bold, row.spaced)
            for row, text in zip(block.rows, texts, strict=True)
            if text
        ]  # a row whose text normalisation left as it was is kept, not built again
        if rows:
            blocks.append((rows, block))
    return blocks
