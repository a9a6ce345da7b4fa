"""Word resumes (.docx, .docm): the document's text in reading order, as pages of rows.

python-docx reads the package; this module decides what is text and in which order:

- the headers of every section first (contact details often live there), then the body, then the
  footers; a header or footer repeated across sections is read once;
- paragraphs in document order, content controls opened, hard page breaks starting a new page;
- tables row by row: a *data* table (short cells) gives one row per table row, its cells joined
  by a tab, as a PDF table does; a *layout* table (a cell holding several paragraphs or a table,
  like the two-column resume templates) gives each cell as its own block, read whole, left to
  right, so a sidebar never interleaves with the main column;
- text boxes (the DrawingML text of a shape; the legacy VML copy Word keeps beside it is skipped)
  are read after the paragraph that anchors them;
- heading styles ("Heading 1", "Title", an outline level) become larger, bold rows, and explicit
  run sizes and bold are kept, so `sections` sees the same signals it reads from a PDF's fonts.

Before python-docx inflates anything, the zip directory is checked: too many parts, more
inflated bytes than `max_inflated_bytes`, or a part compressed past `MAX_RATIO` is a zip bomb and
is refused (`UnsafeWordError`). An encrypted document (an OLE container, or encrypted zip
entries) is `EncryptedWordError`; anything else unreadable is `CorruptWordError`. Macros are never
run: a .docm's text is read like a .docx's, and one that holds macros and no text is refused.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from analyzer.errors import (
    CorruptWordError,
    EmptyInputError,
    EncryptedWordError,
    UnsafeWordError,
)

if TYPE_CHECKING:
    from analyzer.extract.lines import Block, PageText, Row

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
"""The stream an encrypted Office document keeps its package in (MS-OFFCRYPTO), named in UTF-16
in the OLE directory."""
WORD_SUFFIXES = frozenset({".docx", ".docm"})
MAX_PARTS = 2000
"""A resume has a few dozen parts; thousands of entries is an attack on the reader."""
MAX_RATIO = 200
"""Text XML compresses about 10:1; a part inflating more than this (past a megabyte) is a bomb."""
RATIO_FLOOR_BYTES = 1024 * 1024
MACRO_PART = "word/vbaProject.bin"
MAX_INFLATED_BYTES = 200 * 1024 * 1024
"""Inflated size of all parts together past which a Word file is refused: text and a few images
inflate to a few megabytes."""
MACROS_NOTE = "the Word document holds macros; skillgap read its text and never ran them"

BODY_SIZE = 11.0
"""The size given to body text whose size the document does not state (Word's default)."""
HEADING_SIZES = {0: 20.0, 1: 16.0, 2: 14.0}
"""Outline level (0 is Title) -> the size a heading row gets when the document states none."""
OTHER_HEADING_SIZE = 13.0
LAYOUT_CELL_PARAGRAPHS = 2
"""A table cell with more non-empty paragraphs than this is a layout column, not a data cell."""

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_MEGABYTE = 1024 * 1024


def is_word_document(data: bytes, suffix: str) -> bool:
    """Whether `data` should be read as a Word document: a .docx/.docm name (whatever the bytes,
    so a damaged one gets a Word error), a zip holding Word parts, or an encrypted Office file."""
    if suffix.lower() in WORD_SUFFIXES:
        return True
    if data.startswith(OLE_MAGIC):
        return ENCRYPTED_PACKAGE in data
    if not data.startswith(ZIP_MAGIC):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return any(name.startswith("word/") for name in archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


@dataclass(frozen=True, slots=True)
class WordText:
    """A Word document read as pages, and whether it holds macros (never run)."""

    pages: list[PageText]
    has_macros: bool


def read_docx(data: bytes, *, path: str, max_inflated_bytes: int = MAX_INFLATED_BYTES) -> WordText:
    """The document's pages in reading order, or the Word error that says why it cannot be read."""
    archive = _open_package(data, path, max_inflated_bytes)
    with archive:
        names = set(archive.namelist())
    if not any(name.startswith("word/") for name in names):
        from analyzer.extract.sniff import describe_bytes

        raise CorruptWordError(
            f"is not a Word document (it is {describe_bytes(data)} without Word parts)", path=path
        )
    pages = _read_pages(data, path)
    has_macros = MACRO_PART in names
    if not any(block.rows for page in pages for block in page.blocks):
        if has_macros:
            raise UnsafeWordError(
                "holds macros and no document text; skillgap never runs macros: save the "
                "resume as a .docx without macros",
                path=path,
            )
        raise EmptyInputError("is a Word document without text", path=path)
    return WordText(pages, has_macros)


def _open_package(data: bytes, path: str, max_inflated_bytes: int) -> zipfile.ZipFile:
    """The zip, once its directory shows it is safe to inflate."""
    if not data.startswith(ZIP_MAGIC):
        if data.startswith(OLE_MAGIC) and ENCRYPTED_PACKAGE in data:
            raise EncryptedWordError(
                "is password-protected (an encrypted Word document); save a copy without a "
                "password and try again",
                path=path,
            )
        from analyzer.extract.sniff import describe_bytes

        raise CorruptWordError(
            f"is not a Word .docx document (looks like {describe_bytes(data)})", path=path
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise CorruptWordError(
            f"is a damaged or truncated Word document ({error})", path=path
        ) from None
    if len(entries) > MAX_PARTS:
        archive.close()
        raise UnsafeWordError(
            f"has {len(entries)} parts, more than the {MAX_PARTS} a Word document may have "
            "(a zip bomb?)",
            path=path,
        )
    if any(entry.flag_bits & 0x1 for entry in entries):
        archive.close()
        raise EncryptedWordError("has encrypted (password-protected) parts", path=path)
    inflated = sum(entry.file_size for entry in entries)
    if inflated > max_inflated_bytes:
        archive.close()
        raise UnsafeWordError(
            f"would inflate to {inflated / _MEGABYTE:.0f} MB, more than the "
            f"{max_inflated_bytes / _MEGABYTE:.0f} MB limit (a zip bomb?)",
            path=path,
        )
    for entry in entries:
        if entry.file_size > RATIO_FLOOR_BYTES and entry.file_size > MAX_RATIO * max(
            entry.compress_size, 1
        ):
            archive.close()
            raise UnsafeWordError(
                f"part {entry.filename!r} inflates {entry.file_size // max(entry.compress_size, 1)}"
                f" times (more than {MAX_RATIO}): a zip bomb",
                path=path,
            )
    return archive


def _read_pages(data: bytes, path: str) -> list[PageText]:
    """python-docx's reading of the package, walked into pages. python-docx raises whatever its
    parsing met (KeyError, AttributeError, lxml errors...) on a malformed package: any of them
    means the file is not a readable Word document."""
    import docx

    try:
        reader = _Reader()
        reader.read_document(docx.Document(io.BytesIO(data)))
        return reader.pages()
    except MemoryError:
        raise
    except Exception as error:
        reason = str(error).strip() or type(error).__name__
        raise CorruptWordError(f"cannot be read as a Word document ({reason})", path=path) from None


# ------------------------------------------------------------------------------- reading order


@dataclass
class _Page:
    blocks: list[Block] = field(default_factory=list)


@dataclass
class _Reader:
    """Walks the document, collecting rows into blocks and blocks into pages."""

    finished: list[_Page] = field(default_factory=list)
    current: _Page = field(default_factory=_Page)
    rows: list[Row] = field(default_factory=list)
    column: int = 0
    seen_bands: set[str] = field(default_factory=set)

    def read_document(self, document: Any) -> None:
        self._read_bands(document, "header")
        self.read_container(document.element.body, document)
        self._read_bands(document, "footer")

    def pages(self) -> list[PageText]:
        from analyzer.extract.lines import PageText

        self._close_block()
        pages = [*self.finished, self.current]
        while len(pages) > 1 and not pages[-1].blocks:
            pages.pop()
        return [
            PageText(number, tuple(p.blocks), 1 + max((b.column for b in p.blocks), default=0))
            for number, p in enumerate(pages, start=1)
        ]

    def read_container(self, element: Any, parent: Any) -> None:
        """The paragraphs and tables of a body, cell, header or text box (`element`), in order;
        `parent` is the python-docx object they belong to (it knows the styles)."""
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        for child in _content_elements(element):
            if child.tag == f"{_W}p":
                self._read_paragraph(Paragraph(child, parent))
            else:
                self._read_table(Table(child, parent))

    def _read_bands(self, document: Any, kind: str) -> None:
        """Headers (or footers) of every section, each distinct one once, as its own block."""
        for section in document.sections:
            for band in (
                getattr(section, kind),
                getattr(section, f"first_page_{kind}"),
                getattr(section, f"even_page_{kind}"),
            ):
                if band.is_linked_to_previous:
                    continue
                key = "\n".join(p.text for p in band.paragraphs) + "".join(
                    cell.text for table in band.tables for row in table.rows for cell in row.cells
                )
                if not key.strip() or key in self.seen_bands:
                    continue
                self.seen_bands.add(key)
                self._close_block()
                self.read_container(band.part.element, band)
                self._close_block()

    def _read_paragraph(self, paragraph: Any) -> None:
        text = paragraph.text.replace("\t", " ").strip()
        if text:
            self.rows.extend(_row(line, paragraph) for line in text.split("\n") if line.strip())
        else:
            self._close_block()  # an empty paragraph separates blocks, as a blank line does
        for box in _text_boxes(paragraph._p):
            self._close_block()
            self.read_container(box, paragraph)
            self._close_block()
        if paragraph._p.xpath('.//w:br[@w:type="page"]'):
            self._close_block()
            self.finished.append(self.current)
            self.current = _Page()

    def _read_table(self, table: Any) -> None:
        rows = _unique_cells(table)
        if _is_layout(rows):
            self._close_block()
            base = self.column
            for cells in rows:
                for index, cell in enumerate(cells):
                    self.column = base + index
                    self.read_container(cell._tc, cell)
                    self._close_block()
            self.column = base
            return
        for cells in rows:
            texts = [" ".join(cell.text.split()) for cell in cells]
            if any(texts):
                from analyzer.extract.lines import Row

                self.rows.append(Row("\t".join(t for t in texts if t), BODY_SIZE))

    def _close_block(self) -> None:
        from analyzer.extract.lines import Block

        if self.rows:
            self.current.blocks.append(Block(tuple(self.rows), self.column))
            self.rows = []


def _content_elements(parent: Any) -> Iterator[Any]:
    """The w:p and w:tbl children of `parent`, with content controls (w:sdt) opened."""
    for child in parent.iterchildren():
        if child.tag in (f"{_W}p", f"{_W}tbl"):
            yield child
        elif child.tag == f"{_W}sdt":
            for content in child.iterchildren(f"{_W}sdtContent"):
                yield from _content_elements(content)


def _text_boxes(p: Any) -> list[Any]:
    """The text boxes anchored in paragraph `p`: DrawingML ones, not the VML fallback copies,
    and not boxes nested inside another box (read with their parent)."""
    boxes = []
    for box in p.iter(f"{_W}txbxContent"):
        ancestors = {a.tag for a in box.iterancestors()}
        if _MC_FALLBACK in ancestors or f"{_W}txbxContent" in ancestors:
            continue
        boxes.append(box)
    return boxes


def _unique_cells(table: Any) -> list[list[Any]]:
    """Each row's cells, a merged cell once (python-docx repeats it for every grid column)."""
    seen: set[int] = set()
    rows = []
    for row in table.rows:
        cells = []
        for cell in row.cells:
            if id(cell._tc) not in seen:
                seen.add(id(cell._tc))
                cells.append(cell)
        rows.append(cells)
    return rows


def _is_layout(rows: list[list[Any]]) -> bool:
    """A table that lays out the page rather than holding data: a cell holds a table or more
    than `LAYOUT_CELL_PARAGRAPHS` paragraphs, or the table is one row of multi-paragraph cells
    (a sidebar beside a main column)."""
    filled = [
        [sum(1 for p in cell.paragraphs if p.text.strip()) for cell in cells] for cells in rows
    ]
    if any(cell._tc.xpath("./w:tbl") for cells in rows for cell in cells):
        return True
    if any(count > LAYOUT_CELL_PARAGRAPHS for counts in filled for count in counts):
        return True
    return len(rows) == 1 and len(rows[0]) > 1 and any(count > 1 for count in filled[0])


def _row(text: str, paragraph: Any) -> Row:
    """A row with the signals a heading is found by: size and weight (from the heading style
    when the paragraph has one, else from its runs and style), as a PDF gives them."""
    from analyzer.extract.lines import Row

    level = _outline_level(paragraph)
    runs = [run for run in paragraph.runs if run.text.strip()]
    sizes = [run.font.size.pt for run in runs if run.font.size is not None]
    style_size = _style_size(paragraph.style)
    if level is not None:
        size = max(sizes, default=style_size or HEADING_SIZES.get(level, OTHER_HEADING_SIZE))
        return Row(text, size, _style_name(paragraph), True)
    size = max(sizes, default=style_size or BODY_SIZE)
    bold = bool(runs) and all(_bold(run, paragraph.style) for run in runs)
    return Row(text, size, _style_name(paragraph), bold)


def _outline_level(paragraph: Any) -> int | None:
    """0 for a Title, N-1 for "Heading N", the paragraph's or its style's outline level, or
    None for body text."""
    style = paragraph.style
    name = (style.name or "").lower() if style is not None else ""
    if name == "title":
        return 0
    if name.startswith("heading"):
        digits = "".join(ch for ch in name if ch.isdigit())
        return int(digits) if digits else 1
    for element in (paragraph._p, getattr(style, "element", None)):
        if element is None:
            continue
        levels = element.xpath("./w:pPr/w:outlineLvl/@w:val")
        if levels and levels[0].isdigit() and int(levels[0]) < 9:
            return int(levels[0]) + 1
    return None


def _style_size(style: Any) -> float | None:
    while style is not None:
        font = getattr(style, "font", None)
        if font is not None and font.size is not None:
            return float(font.size.pt)
        style = style.base_style
    return None


def _bold(run: Any, style: Any) -> bool:
    if run.bold is not None:
        return bool(run.bold)
    while style is not None:
        font = getattr(style, "font", None)
        if font is not None and font.bold is not None:
            return bool(font.bold)
        style = style.base_style
    return False


def _style_name(paragraph: Any) -> str:
    style = paragraph.style
    return str(style.name or "") if style is not None else ""
