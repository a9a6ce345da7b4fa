"""Read the text layer of a PDF with PDFium (pypdfium2): the fast engine, `--engine pdfium`.

The only module of skillgap importing pypdfium2 for text (OCR renders pages with it too). PDFium
parses in C++; what costs time here is every call from Python into it, so a page is read in bulk:
its whole text in one call, then, a page at a time, which text object drew each character and
each object's font, size and the boxes of its first and last characters, through `map` over
plain-address bindings writing into buffers (no Python loop per call). Consecutive objects on one
line in one font and size that touch form a run; runs go to `chars.layout_lines` like pdfminer's
characters, so both engines form lines, spaces, icons and headings by the same rules.

What runs lose against characters (README "Speed" has the measurements): spacing inside a run is
PDFium's (it drops some space characters that pdfminer.six sees, and splits a ligature's advance
among its letters); a run's unmapped-glyph check is made on its first character; text a PDF gives
as /ActualText over an icon glyph is dropped with the icon. Letter-spaced runs ("S K I L L S")
are read character by character, so their words can be told apart by the gaps. A file PDFium
cannot open or parse raises `PdfiumUnreadable`; the caller then reads it with pdfminer.six and
says so.
"""

from __future__ import annotations

import bisect
import collections
import ctypes
import itertools
import math
import operator
import re
from collections.abc import Iterator, Sequence
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from analyzer.extract.chars import CHAR_MARGIN, WORD_MARGIN, Char, layout_lines, too_many_pages
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
SPACE_GAP_EM = 0.6
"""The widest gap, in font sizes, after a space within a run (spaces of justified text stretch);
it stays within `CHAR_MARGIN`, so the words would have been on one line as separate runs."""
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


def _runs(textpage: Any) -> Iterator[Char]:
    """The page's runs in PDFium's character order: the characters of consecutive text objects
    on one line, in one font and size, that touch (a word processor may write an object per
    word, or per syllable)."""
    count = pdfium_c.FPDFText_CountChars(textpage)
    if count <= 0:
        return
    page = ctypes.cast(textpage, ctypes.c_void_p).value or 0  # passed on as a plain int
    text = _page_text(textpage, count)
    owners = list(map(_TEXT_OBJECT, itertools.repeat(page, count), range(count)))
    fonts: dict[int | None, str] = {}
    font_name = ctypes.create_string_buffer(FONT_NAME_BYTES)
    flags = ctypes.c_int()
    for start, end, font, size, x0, x1, y0, lead, trail in _touching_runs(page, text, owners):
        drawn = text[start:end]
        if font not in fonts:
            pdfium_c.FPDFText_GetFontInfo(textpage, start, font_name, FONT_NAME_BYTES, flags)
            fonts[font] = font_name.value.decode("utf-8", "replace")
        name = fonts[font]
        if LETTER_SPACED_RUN.fullmatch(drawn.strip()):
            boxes = _loose_boxes(page, range(start, end))
            for offset, char in enumerate(drawn):
                left, _, right, bottom = boxes[4 * offset : 4 * offset + 4]
                yield Char(char, left, bottom, right, bottom + size, name)
            continue
        unmapped = bool(_HAS_UNICODE_MAP_ERROR(page, start))
        if drawn[-1].isspace():  # PDFium reports its spaces without their width
            x1, trail = x1 + SPACE_EM * size, SPACE_EM * size
        yield Char(
            _collapse_spaces(drawn.translate(PDFIUM_MARKS)),
            x0,
            y0,
            x1,
            y0 + size,
            name,
            glyphs=len(drawn) - drawn.count(" ") or 1,
            unmapped=unmapped,
            lead=lead,
            trail=trail,
        )


_RunFields = tuple[int, int, int | None, float, float, float, float, float, float]
"""A run: characters `start:end` of the page, its font handle and size, x0, x1, y0 (its
baseline's box bottom), and the widths of its first and last characters."""


def _touching_runs(page: int, text: str, owners: list[int | None]) -> Iterator[_RunFields]:
    """The characters of each text object on a line, joined to the one before when it touches
    it (same font, size and line, no gap a word space would fill, the one before not ending in
    a space); where it does not, `chars` judges the gap as for any two characters.

    Many exporters draw each glyph as its own object (200,000 objects on 69 resumes), so the
    work per object is done a whole page at a time: PDFium is asked through `map` (a C loop),
    writing into buffers read back in one go, and the comparisons run over lists."""
    starts, ends = _text_objects(text, owners)
    if not starts:
        return
    fonts = list(map(_FONT_OF, [owners[start] for start in starts]))
    boxes = _loose_boxes(page, starts)
    lefts, rights, bottoms = boxes[0::4], boxes[2::4], boxes[3::4]
    sizes = _font_sizes(page, starts)
    leads = list(map(operator.sub, rights, lefts))
    x1s, trails = rights[:], leads[:]
    lasts = {  # the last drawn character of each object of more than one
        k: last
        for k in itertools.compress(range(len(starts)), map(operator.ne, map(_next, starts), ends))
        if (last := starts[k] + len(text[starts[k] : ends[k]].rstrip()) - 1) > starts[k]
    }
    longer = list(lasts)
    last_boxes = _loose_boxes(page, list(lasts.values()))
    for position, k in enumerate(longer):
        last_left, last_right = last_boxes[4 * position], last_boxes[4 * position + 2]
        x1s[k], trails[k] = max(last_right, rights[k]), last_right - last_left
        if text[starts[k] : ends[k]] in LIGATURES:  # PDFium gives less than the glyph's advance
            x1s[k] += LIGATURE_SHORTFALL_EM * sizes[k]
    newlines = [match.start() for match in re.finditer("\n", text)]
    lines = list(map(bisect.bisect, itertools.repeat(newlines), starts))
    firsts = [0] + [  # the objects that start a run
        k
        for k in range(1, len(starts))
        if not (
            fonts[k] == fonts[k - 1]
            and sizes[k] == sizes[k - 1]
            and lines[k] == lines[k - 1]
            and not text[ends[k - 1] - 1].isspace()
            and -trails[k - 1] < lefts[k] - x1s[k - 1] <= WORD_MARGIN * max(leads[k], sizes[k])
        )
    ]

    def fields(first: int, last: int) -> _RunFields:
        return (
            starts[first],
            ends[last],
            fonts[first],
            sizes[first],
            lefts[first],
            x1s[last],
            bottoms[first],
            leads[first],
            trails[last],
        )

    # the touching objects form words; a word goes on after the one before it and a space, in
    # one font, size and baseline, when the gap is a space's and the run so far is a word of
    # two characters or more (so that letter-spaced capitals stay apart: `chars` reads them)
    words = list(itertools.pairwise([*firsts, len(starts)]))
    first, last = words[0][0], words[0][1] - 1
    wide = _visible_at_least_two(text[starts[first] : ends[last]])
    for word_first, word_after in words[1:]:
        gap = lefts[word_first] - x1s[last]
        if (
            wide
            and fonts[word_first] == fonts[last]
            and sizes[word_first] == sizes[last]
            and lines[word_first] == lines[last]
            and bottoms[word_first] == bottoms[first]
            and (text[ends[last] - 1].isspace() or starts[word_first] > ends[last])
            and 0
            < gap
            < min(SPACE_GAP_EM * sizes[last], CHAR_MARGIN * max(trails[last], leads[word_first]))
        ):
            last = word_after - 1
            continue
        yield fields(first, last)
        first, last = word_first, word_after - 1
        wide = _visible_at_least_two(text[starts[first] : ends[last]])
    yield fields(first, last)


def _visible_at_least_two(text: str) -> bool:
    return len(text) - text.count(" ") >= 2


def _text_objects(text: str, owners: list[int | None]) -> tuple[list[int], list[int]]:
    """Where each text object's characters on a line start and end (not those only spaces).
    Characters PDFium adds (spaces between words, line breaks) belong to no object: a space
    joins the object before it, a line break ends it."""
    marks: list[int | None] = owners[:]
    for index in itertools.compress(range(len(owners)), map(operator.not_, owners)):
        if text[index] not in "\r\n":
            marks[index] = marks[index - 1] if index else None
    for match in re.finditer("[\r\n]", text):
        marks[match.start()] = -1 - match.start()  # a mark no other character has
    bounds = [0, *itertools.compress(range(1, len(marks)), map(operator.ne, marks[1:], marks))]
    bounds.append(len(marks))
    objects = [
        (start, end)
        for start, end in itertools.pairwise(bounds)
        if (mark := marks[start]) is not None and mark >= 0 and not text[start:end].isspace()
    ]
    return [start for start, _ in objects], [end for _, end in objects]


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


def _loose_boxes(page: int, indices: Sequence[int]) -> list[float]:
    """left, top, right, bottom of the loose box of each character at `indices`, one after
    another: PDFium writes them into one buffer, read back in one go."""
    boxes = (ctypes.c_float * (4 * len(indices)))()
    base = ctypes.addressof(boxes)
    places = range(base, base + 16 * len(indices), 16)
    _consume(map(_LOOSE_CHAR_BOX, itertools.repeat(page, len(indices)), indices, places))
    return boxes[:]


def _font_sizes(page: int, indices: Sequence[int]) -> list[float]:
    """The font size, in points as drawn (the text matrix scales it), of each character at
    `indices`."""
    matrices = (ctypes.c_float * (6 * len(indices)))()
    base = ctypes.addressof(matrices)
    places = range(base, base + 24 * len(indices), 24)
    _consume(map(_MATRIX, itertools.repeat(page, len(indices)), indices, places))
    sizes = map(_FONT_SIZE, itertools.repeat(page, len(indices)), indices)
    scales = matrices[:]
    return list(map(operator.mul, sizes, map(math.hypot, scales[2::6], scales[3::6])))


_next = (1).__add__


def _consume(calls: Iterator[object]) -> None:
    """Make the calls (each writes its result into a buffer)."""
    collections.deque(calls, maxlen=0)


def _address_function(function: Any, result: Any, *arguments: Any) -> Any:
    """A pypdfium2 function re-typed to take and return plain addresses (ints): its own binding
    makes pointer objects, which cost more to create and compare, once per character."""
    address = ctypes.cast(function, ctypes.c_void_p).value
    assert address is not None
    return ctypes.CFUNCTYPE(result, *arguments)(address)


_PAGE_AND_INDEX = (ctypes.c_void_p, ctypes.c_int)
_TEXT_OBJECT = _address_function(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p, *_PAGE_AND_INDEX)
_FONT_OF = _address_function(pdfium_c.FPDFTextObj_GetFont, ctypes.c_void_p, ctypes.c_void_p)
_LOOSE_CHAR_BOX = _address_function(
    pdfium_c.FPDFText_GetLooseCharBox, ctypes.c_int, *_PAGE_AND_INDEX, ctypes.c_void_p
)
_MATRIX = _address_function(
    pdfium_c.FPDFText_GetMatrix, ctypes.c_int, *_PAGE_AND_INDEX, ctypes.c_void_p
)
_FONT_SIZE = _address_function(pdfium_c.FPDFText_GetFontSize, ctypes.c_double, *_PAGE_AND_INDEX)
_HAS_UNICODE_MAP_ERROR = _address_function(
    pdfium_c.FPDFText_HasUnicodeMapError, ctypes.c_int, *_PAGE_AND_INDEX
)
