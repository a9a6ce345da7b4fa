"""Read the text layer of a PDF with PDFium (pypdfium2): the fast engine, `--engine pdfium`.

The only module of skillgap importing pypdfium2 for text (OCR renders pages with it too). PDFium
parses in C++; what costs time here is every call from Python into it, so a page is read in bulk:
its whole text in one call, one cheap call per character for the text object that drew it, and a
few calls per run (consecutive objects on one line in one font and size that touch): its font,
size, and the boxes of its first and last characters. Runs go to `chars.layout_lines` like
pdfminer's characters, so both engines form lines, spaces, icons and headings by the same rules.

What runs lose against characters (README "Speed" has the measurements): spacing inside a run is
PDFium's (it drops some space characters that pdfminer.six sees, and splits a ligature's advance
among its letters); a run's unmapped-glyph check is made on its first character; text a PDF gives
as /ActualText over an icon glyph is dropped with the icon. Letter-spaced runs ("S K I L L S")
are read character by character, so their words can be told apart by the gaps. A file PDFium
cannot open or parse raises `PdfiumUnreadable`; the caller then reads it with pdfminer.six and
says so.
"""

from __future__ import annotations

import ctypes
import itertools
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from analyzer.extract.chars import WORD_MARGIN, Char, layout_lines, too_many_pages
from analyzer.extract.lines import GlyphCounts, PageLayout

FONT_NAME_BYTES = 256
LETTER_SPACED_RUN = re.compile(r"(?:\S ){3,}\S")
"""A run of single characters one space apart: a letter-spaced heading, read glyph by glyph."""
PDFIUM_MARKS = str.maketrans({"\r": " ", "\n": " ", "\ufffe": "-"})
"""Line breaks PDFium adds inside a run become spaces; U+FFFE is its mark of a hyphen that ends a
line (as drawn)."""
LIGATURES = frozenset({"ff", "fi", "fl", "ffi", "ffl"})
LIGATURE_SHORTFALL_EM = 0.15
"""An object drawing one ligature glyph (Google Docs draws each apart) gets letters that span
less than the glyph's advance (0.1 font sizes less in a Google Docs export)."""
SPACE_EM = 0.28
"""The width of a space, in font sizes (as in common text fonts), for a run that ends in one."""


class PdfiumUnreadable(Exception):
    """PDFium could not read the file (or not consistently); pdfminer.six should."""


def read_pdf(data: bytes, *, path: str, max_pages: int) -> list[PageLayout]:
    """The layout of every page, or `PdfiumUnreadable`; a skillgap error for too many pages."""
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise PdfiumUnreadable(str(exc)) from exc
    try:
        if len(document) > max_pages:
            raise too_many_pages(max_pages, path)
        if len(document) == 0:
            raise PdfiumUnreadable("no pages")
        return [_read_page(document, index) for index in range(len(document))]
    except pdfium.PdfiumError as exc:
        raise PdfiumUnreadable(str(exc)) from exc
    finally:
        document.close()


def _read_page(document: pdfium.PdfDocument, index: int) -> PageLayout:
    page = document[index]
    try:
        left, bottom, right, top = page.get_mediabox()
        textpage = page.get_textpage()
        try:
            runs = list(_runs(textpage.raw))
        finally:
            textpage.close()
    finally:
        page.close()
    counts = GlyphCounts()
    lines = list(layout_lines(runs, top, counts))
    lines.sort(key=lambda line: (line.top, line.x0))
    return PageLayout(index + 1, right - left, top - bottom, tuple(lines), counts)


def _runs(textpage: object) -> Iterator[Char]:
    """The page's runs in PDFium's character order: the characters of consecutive text objects
    on one line, in one font and size, that touch (a word processor may write an object per
    word, or per syllable)."""
    count = pdfium_c.FPDFText_CountChars(textpage)
    if count <= 0:
        return
    text = _page_text(textpage, count)
    owners = list(map(_TEXT_OBJECT, itertools.repeat(textpage, count), range(count)))
    fonts: dict[int | None, str] = {}
    font_name = ctypes.create_string_buffer(FONT_NAME_BYTES)
    flags = ctypes.c_int()
    box = pdfium_c.FS_RECTF()
    for run in _touching_runs(textpage, text, owners, box):
        start, size, drawn = run.start, run.size, text[run.start : run.end]
        if run.font not in fonts:
            pdfium_c.FPDFText_GetFontInfo(textpage, start, font_name, FONT_NAME_BYTES, flags)
            fonts[run.font] = font_name.value.decode("utf-8", "replace")
        font = fonts[run.font]
        if LETTER_SPACED_RUN.fullmatch(drawn.strip()):
            for offset, char in enumerate(drawn):
                pdfium_c.FPDFText_GetLooseCharBox(textpage, start + offset, box)
                yield Char(char, box.left, box.bottom, box.right, box.bottom + size, font)
            continue
        unmapped = bool(pdfium_c.FPDFText_HasUnicodeMapError(textpage, start))
        x1, trail = run.x1, run.trail
        if drawn[-1].isspace():  # PDFium reports its spaces without their width
            x1, trail = x1 + SPACE_EM * size, SPACE_EM * size
        yield Char(
            _collapse_spaces(drawn.translate(PDFIUM_MARKS)),
            run.x0,
            run.y0,
            x1,
            run.y0 + size,
            font,
            glyphs=len(drawn) - drawn.count(" ") or 1,
            unmapped=unmapped,
            lead=run.lead,
            trail=trail,
        )


@dataclass(slots=True)
class _Run:
    """Characters `start:end` of the page, in one font and size on one line, and their extent."""

    start: int
    end: int
    font: int | None
    size: float
    line: int
    x0: float
    x1: float
    y0: float
    lead: float
    trail: float

    def touches(self, other: _Run) -> bool:
        """Whether `other` continues this run with no gap a word space would fill."""
        same = (self.font, self.size, self.line) == (other.font, other.size, other.line)
        gap = other.x0 - self.x1
        return same and -self.trail < gap <= WORD_MARGIN * max(other.lead, self.size)


def _touching_runs(
    textpage: object, text: str, owners: list[int | None], box: pdfium_c.FS_RECTF
) -> Iterator[_Run]:
    """The characters of each text object on a line, joined to the one before when it touches
    it; where it does not, `chars` judges the gap as for any two characters."""
    run: _Run | None = None
    matrix = pdfium_c.FS_MATRIX()
    for start, end, owner, line in _object_runs(text, owners):
        pdfium_c.FPDFText_GetMatrix(textpage, start, matrix)  # the font size is before it
        size = pdfium_c.FPDFText_GetFontSize(textpage, start) * math.hypot(matrix.c, matrix.d)
        last = start + len(text[start:end].rstrip()) - 1
        if last > start:
            pdfium_c.FPDFText_GetLooseCharBox(textpage, last, box)
            x1, trail = box.right, box.right - box.left
        pdfium_c.FPDFText_GetLooseCharBox(textpage, start, box)
        if last <= start:  # one character (some exporters draw each apart)
            x1, trail = box.right, box.right - box.left
        x1, lead = max(x1, box.right), box.right - box.left
        if text[start:end] in LIGATURES:  # PDFium shares out less than the glyph's advance
            x1 += LIGATURE_SHORTFALL_EM * size
        piece = _Run(start, end, _FONT_OF(owner), size, line, box.left, x1, box.bottom, lead, trail)
        if run is not None and not text[run.start : run.end][-1].isspace() and run.touches(piece):
            run.end, run.x1, run.trail = piece.end, piece.x1, piece.trail
            continue
        if run is not None:
            yield run
        run = piece
    if run is not None:
        yield run


def _object_runs(text: str, owners: list[int | None]) -> Iterator[tuple[int, int, int | None, int]]:
    """(start, end, text object, line number) of each text object's characters on a line.
    Characters PDFium adds (spaces between words, line breaks) belong to no object: a space
    joins the run before it, a line break ends it."""
    start, current, line = None, None, 0
    for index, (char, owner) in enumerate(zip(text, owners, strict=True)):
        if char in "\r\n":
            if start is not None and text[start:index].strip():
                yield start, index, current, line
            start, current = None, None
            line += char == "\n"
        elif owner is not None and owner != current:
            if start is not None and text[start:index].strip():
                yield start, index, current, line
            start, current = index, owner
    if start is not None and text[start:].strip():
        yield start, len(text), current, line


def _collapse_spaces(text: str) -> str:
    """Runs of spaces inside as one; one at either end kept, as the word gap it is."""
    inner = " ".join(text.split())
    return (" " if text[0].isspace() else "") + inner + (" " if text[-1].isspace() else "")


def _page_text(textpage: object, count: int) -> str:
    """All the page's characters, one string index per PDFium character index."""
    units = (ctypes.c_ushort * (2 * count + 1))()
    written = pdfium_c.FPDFText_GetText(textpage, 0, count, units)
    text = ctypes.string_at(units, 2 * max(written - 1, 0)).decode("utf-16-le", "replace")
    if len(text) == count:
        return text
    # characters outside the Basic Multilingual Plane and some PDFium adds shift the indices
    return "".join(chr(pdfium_c.FPDFText_GetUnicode(textpage, i) or 0xFFFD) for i in range(count))


def _address_function(function: Any, *arguments: Any) -> Any:
    """A pypdfium2 function re-typed to take and return plain addresses (ints): its own binding
    makes pointer objects, which cost more to create and compare, once per character."""
    address = ctypes.cast(function, ctypes.c_void_p).value
    assert address is not None
    return ctypes.CFUNCTYPE(ctypes.c_void_p, *arguments)(address)


_TEXT_OBJECT = _address_function(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p, ctypes.c_int)
_FONT_OF = _address_function(pdfium_c.FPDFTextObj_GetFont, ctypes.c_void_p)
