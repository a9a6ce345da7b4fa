"""Plain-text resumes (.txt, .md): pages split at form feeds, blocks at blank lines, one row a line.

Text has no fonts, so rows carry no size and headings are found by vocabulary, capitals, a
trailing colon or a Markdown heading mark (see `sections`).
"""

from __future__ import annotations

import re

from analyzer.extract.lines import Block, PageText, Row

_BLANK_LINES = re.compile(r"\n[ \t]*\n")


def text_pages(text: str) -> list[PageText]:
    """The text's pages in reading order (which, for text, is the order of the lines)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    pages = []
    for number, page in enumerate(text.split("\f"), start=1):
        blocks = tuple(
            Block(tuple(Row(line) for line in paragraph.split("\n") if line.strip()))
            for paragraph in _BLANK_LINES.split(page)
            if paragraph.strip()
        )
        pages.append(PageText(number, blocks))
    return pages
