"""Read the text layer of a PDF with PDFium (pypdfium2): the fast engine, `--engine pdfium`.

The only module of skillgap importing pypdfium2 for text (OCR renders pages with it too). PDFium
parses in C++; what costs time here is every call from Python into it and every step of Python
per character, so a page is read in bulk: its whole text in one call; which text object drew each
character, and each object's font, text matrix and the loose boxes of its first and last
characters, through `map` over plain-address bindings writing into numpy buffers (the font size
only where font, box height or matrix changes). Objects are then formed into runs over arrays:
consecutive objects on one line in one font and size that touch make a word, and a word goes on
across a space to the next one in its font, size and baseline. Runs go to `chars.layout_lines`
like pdfminer's characters, so both engines form lines, spaces, icons and headings by the same
rules, and the page's small filled paths to `chars.with_drawn_bullets`, as pdfminer's are.

What runs lose against characters (README "Speed" has the measurements): spacing inside a run is
PDFium's (it drops some space characters that pdfminer.six sees, and splits a ligature's advance
among its letters); a run's unmapped-glyph check is made on its first character; text a PDF gives
as /ActualText over an icon glyph is dropped with the icon. A run never spans a change of font,
size or baseline, so a bold word inside a line keeps its own weight in the line's style (and its
unmapped-glyph check). Letter-spaced runs ("S K I L L S")
are read character by character, so their words can be told apart by the gaps. A file PDFium
cannot open or parse raises `PdfiumUnreadable`; the caller then reads it with pdfminer.six and
says so.
"""

from __future__ import annotations

import collections
import ctypes
import itertools
import math
import operator
import re
import threading
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from analyzer.extract.chars import (
    CHAR_MARGIN,
    MAX_SHAPES,
    WORD_MARGIN,
    Char,
    Shape,
    is_small_shape,
    layout_lines,
    too_many_pages,
    with_drawn_bullets,
)
from analyzer.extract.lines import GlyphCounts, PageLayout

if TYPE_CHECKING:
    from _ctypes import _CArgObject as _Handle  # a `_pointer`

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
"""The width of a space, in font sizes (as in common text fonts), for a run that ends in a drawn
one. A space PDFium adds between words was never drawn: it widens nothing (pdfminer.six sees no
character there), so a heading set in a margin stays apart from the line beside it."""


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
    """The page's layout. The page and its text page are opened and closed by PDFium's own
    calls, as pypdfium2's `get_page` and `get_textpage` make them (the document has no form
    environment), without the objects these wrap them in (a weakref finalizer each, registered
    with the document and a tracker): they live no longer than this call."""
    page = pdfium_c.FPDF_LoadPage(document, index)
    if not page:
        raise pdfium.PdfiumError("Failed to load page.")
    try:
        left, bottom, right, top = _media_box(page)
        textpage = pdfium_c.FPDFText_LoadPage(page)
        if not textpage:
            raise pdfium.PdfiumError("Failed to load text page.")
        try:
            runs = _runs(textpage)
        finally:
            pdfium_c.FPDFText_ClosePage(textpage)
        shapes = _shapes(page)
    finally:
        pdfium_c.FPDF_ClosePage(page)
    counts = GlyphCounts()
    lines = with_drawn_bullets(list(layout_lines(runs, top, counts)), shapes, top)
    lines.sort(key=_TOP_LEFT)
    return PageLayout(index + 1, right - left, top - bottom, tuple(lines), counts)


_TOP_LEFT = operator.attrgetter("top", "x0")
"""A page's lines in order of their tops, then of their left ends."""


def _media_box(page: Any) -> tuple[float, float, float, float]:
    """left, bottom, right, top of the page's MediaBox; as pypdfium2's `get_mediabox`, US Letter
    when the page has none."""
    left, bottom, right, top = (
        ctypes.c_float(),
        ctypes.c_float(),
        ctypes.c_float(),
        ctypes.c_float(),
    )
    if not pdfium_c.FPDFPage_GetMediaBox(page, left, bottom, right, top):
        return (0, 0, 612, 792)
    return (left.value, bottom.value, right.value, top.value)


def _runs(textpage: Any) -> list[Char]:
    """The page's runs in PDFium's character order: the characters of consecutive text objects
    on one line, in one font and size, that touch (a word processor may write an object per
    word, per syllable or per glyph), and the words after them that a space separates. What
    each run needs is worked out over arrays, the runs of a page made in one pass of `map`."""
    count = pdfium_c.FPDFText_CountChars(textpage)
    if count <= 0:
        return []
    address = ctypes.cast(textpage, ctypes.c_void_p).value
    assert address is not None  # the caller checked that PDFium made the text page
    page = _pointer(address)
    text = _page_text(page, count)
    owners = np.fromiter(map(_TEXT_OBJECT, itertools.repeat(page), range(count)), np.int64, count)
    page_chars = _PageChars(text)
    found = _touching_runs(page, text, owners, page_chars)
    if found is None:
        return []
    starts, ends, fonts, sizes, x0s, x1s, y0s, leads, trails = found
    start_list, end_list, font_list = starts.tolist(), ends.tolist(), fonts.tolist()
    names = _font_names(textpage, font_list, start_list)
    drawn = [text[start:end] for start, end in zip(start_list, end_list, strict=True)]
    shown = page_chars.shown[ends] - page_chars.shown[starts]  # not counting plain spaces
    widened = page_chars.space[ends - 1] & (owners[ends - 1] != 0)  # PDFium gives a drawn space
    space_widths = SPACE_EM * sizes  # no width
    unmapped = map(_HAS_UNICODE_MAP_ERROR, itertools.repeat(page), start_list)  # their first
    runs = list(
        map(
            Char,
            map(_run_text, drawn),
            x0s.tolist(),
            y0s.tolist(),
            np.where(widened, x1s + space_widths, x1s).tolist(),
            (y0s + sizes).tolist(),
            map(names.__getitem__, font_list),
            np.maximum(shown, 1).tolist(),
            map(bool, unmapped),
            leads.tolist(),
            np.where(widened, space_widths, trails).tolist(),
        )
    )
    spaced = np.flatnonzero(ends - starts - shown >= 3).tolist()  # three spaces or more
    for k in reversed(spaced):
        if LETTER_SPACED_RUN.fullmatch(drawn[k].strip()):
            boxes = _loose_boxes(page, range(start_list[k], end_list[k])).tolist()
            size, name = float(sizes[k]), names[font_list[k]]
            runs[k : k + 1] = [
                Char(char, left, bottom, right, bottom + size, name)
                for char, (left, _, right, bottom) in zip(drawn[k], boxes, strict=True)
            ]
    return runs


def _shapes(page: Any) -> list[Shape]:
    """The small filled paths the page draws (`chars.is_small_shape`), at most `MAX_SHAPES`: a
    list's bullets, perhaps. Each object's kind is asked through `map`; only paths are asked
    more. (pdfminer.six also sees the paths inside a form XObject; this does not.)"""
    count = pdfium_c.FPDFPage_CountObjects(page)
    address = ctypes.cast(page, ctypes.c_void_p).value
    if count <= 0 or address is None:
        return []
    objects = list(map(_OBJECT, itertools.repeat(_pointer(address)), range(count)))
    kinds = map(_OBJECT_KIND, objects)
    path_kind = pdfium_c.FPDF_PAGEOBJ_PATH
    paths = [o for o, kind in zip(objects, kinds, strict=True) if kind == path_kind]
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    found: list[Shape] = []
    for path in paths:
        handle = ctypes.cast(path, pdfium_c.FPDF_PAGEOBJECT)
        if not pdfium_c.FPDFPath_GetDrawMode(handle, fill, stroke) or not fill.value:
            continue
        if not pdfium_c.FPDFPageObj_GetBounds(handle, left, bottom, right, top):
            continue
        box = (left.value, bottom.value, right.value, top.value)
        if is_small_shape(*box):
            found.append(Shape(*box))
            if len(found) >= MAX_SHAPES:
                break
    return found


def _font_names(textpage: Any, fonts: list[int], starts: list[int]) -> dict[int, str]:
    """The name of each font (by handle), as PDFium gives it for the first run in the font."""
    font_name = ctypes.create_string_buffer(FONT_NAME_BYTES)
    flags = ctypes.c_int()
    names = {}
    firsts = dict(zip(reversed(fonts), reversed(starts), strict=True))  # the first start stays
    for font, start in firsts.items():
        pdfium_c.FPDFText_GetFontInfo(textpage, start, font_name, FONT_NAME_BYTES, flags)
        names[font] = font_name.value.decode("utf-8", "replace")
    return names


_Integers = np.ndarray[Any, np.dtype[np.int64]]
_Floats = np.ndarray[Any, np.dtype[np.float64]]
_RunArrays = tuple[
    _Integers, _Integers, _Integers, _Floats, _Floats, _Floats, _Floats, _Floats, _Floats
]
"""The runs of a page: characters `start:end`, font handle, size, x0, x1, y0 (the bottom of its
first character's box), the widths of its first and last characters; an array of each."""


def _touching_runs(
    page: _Handle, text: str, owners: _Integers, page_chars: _PageChars
) -> _RunArrays | None:
    """The characters of each text object on a line, joined to the one before when it touches
    it (same font, size and line, no gap a word space would fill, the one before not ending in
    a space); where it does not, `chars` judges the gap as for any two characters. The words so
    formed then join across a space (see the comment below).

    Many exporters draw each glyph as its own object (200,000 objects on 69 resumes), so the
    work per object is done a whole page at a time: PDFium is asked through `map` (a C loop),
    writing into buffers, and the comparisons run over arrays."""
    starts, ends = _text_objects(page_chars, owners)
    if not len(starts):
        return None
    start_list = starts.tolist()
    fonts = np.fromiter(map(_FONT_OF, owners[starts].tolist()), np.int64, len(start_list))
    boxes = _loose_boxes(page, start_list)
    lefts, rights, bottoms = boxes[:, 0], boxes[:, 2], boxes[:, 3]
    sizes = _font_sizes(page, starts, fonts, boxes[:, 1] - bottoms)
    leads = rights - lefts
    x1s, trails = rights.copy(), leads.copy()
    lasts = page_chars.last_visible[ends - 1]  # each object's last character that is not a space
    longer = np.flatnonzero(lasts > starts)
    if len(longer):
        last_boxes = _loose_boxes(page, lasts[longer].tolist())
        x1s[longer] = np.maximum(last_boxes[:, 2], rights[longer])
        trails[longer] = last_boxes[:, 2] - last_boxes[:, 0]
        for k in longer[ends[longer] - starts[longer] <= 3].tolist():
            if text[start_list[k] : ends[k]] in LIGATURES:  # PDFium gives less than the advance
                x1s[k] += LIGATURE_SHORTFALL_EM * sizes[k]
    lines = np.searchsorted(page_chars.newlines, starts, side="right")
    alike = (fonts[1:] == fonts[:-1]) & (sizes[1:] == sizes[:-1]) & (lines[1:] == lines[:-1])
    gaps = lefts[1:] - x1s[:-1]
    touching = (
        alike
        & ~page_chars.space[ends[:-1] - 1]
        & (-trails[:-1] < gaps)
        & (gaps <= WORD_MARGIN * np.maximum(leads[1:], sizes[1:]))
    )
    firsts = np.concatenate(([0], np.flatnonzero(~touching) + 1))  # the objects starting a word
    word_lasts = np.concatenate((firsts[1:] - 1, [len(starts) - 1]))
    # a word goes on after the word before it and a space, in one font, size and baseline, when
    # the gap is a space's and the run so far has two characters or more (so that letter-spaced
    # capitals stay apart: `chars` reads them)
    before, after = word_lasts[:-1], firsts[1:]
    gaps = lefts[after] - x1s[before]
    spaced = (
        alike[after - 1]
        & (bottoms[after] == bottoms[firsts[:-1]])
        & (page_chars.space[ends[before] - 1] | (starts[after] > ends[before]))
        & (gaps > 0)
        & (gaps < SPACE_GAP_EM * sizes[before])
        & (gaps < CHAR_MARGIN * np.maximum(trails[before], leads[after]))
    )
    wide = page_chars.shown[ends[word_lasts]] - page_chars.shown[starts[firsts]] >= 2
    # so along a stretch of spaced words, each joins the run from the first wide word of the
    # stretch on (the word before the stretch counts): the latest wide word up to each is looked
    # up against the stretch's start
    index = np.arange(len(spaced))
    after_spaced = np.concatenate(([False], spaced))[:-1]
    stretch_start = np.maximum.accumulate(np.where(after_spaced, 0, index))
    last_wide = np.maximum.accumulate(np.where(wide[:-1], index, -1))
    grown = spaced & (last_wide >= stretch_start)
    run_words = np.concatenate(([0], np.flatnonzero(~grown) + 1))
    first = firsts[run_words]
    last = word_lasts[np.concatenate((run_words[1:] - 1, [len(firsts) - 1]))]
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


class _PageChars:
    """What the run forming needs of the page's text, per character index, as arrays."""

    def __init__(self, text: str) -> None:
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32)
        self.codes = codes
        self.space = _IS_SPACE.take(codes, mode="clip")
        """Whether each character is white space (`str.isspace`)."""
        visible = np.where(self.space, -1, np.arange(len(codes)))
        self.last_visible = np.maximum.accumulate(visible)
        """The index of the last character up to each that is not white space (-1: none)."""
        self.shown = np.zeros(len(codes) + 1, np.int64)
        np.cumsum(codes != ord(" "), out=self.shown[1:])
        """How many characters before each index are not a plain space."""
        self.newlines = np.flatnonzero(codes == ord("\n"))


_IS_SPACE = np.array([chr(code).isspace() for code in range(0x3002)])
"""`str.isspace` by code point, up to the last white space character (U+3000) and one beyond,
which stands for every code point above."""


def _text_objects(page: _PageChars, owners: _Integers) -> tuple[_Integers, _Integers]:
    """Where each text object's characters on a line start and end (not those only spaces).
    Characters PDFium adds (spaces between words, line breaks) belong to no object: a space
    joins the object before it, a line break ends it."""
    count = len(owners)
    marks = owners.copy()  # 0: a character PDFium added
    breaks = np.flatnonzero((page.codes == ord("\n")) | (page.codes == ord("\r")))
    marks[breaks] = -1 - breaks  # a mark no other character has
    known = np.where(marks != 0, np.arange(count), 0)
    marks = marks[np.maximum.accumulate(known)]  # PDFium's spaces take the mark before them
    bounds = np.concatenate(([0], np.flatnonzero(marks[1:] != marks[:-1]) + 1, [count]))
    starts, ends = bounds[:-1], bounds[1:]
    blank = page.last_visible[ends - 1] < starts
    keep = (marks[starts] > 0) & ~blank
    return starts[keep], ends[keep]


def _run_text(drawn: str) -> str:
    """A run's characters as text: PDFium's marks replaced (`PDFIUM_MARKS`), white space inside
    as one space, one at either end kept, as the word gap it is. Most runs are so already (no
    mark: none is printable; no other white space than single spaces), and are kept as they are."""
    if drawn.isprintable() and "  " not in drawn and not drawn.isspace():
        return drawn
    text = drawn.translate(PDFIUM_MARKS)
    inner = " ".join(text.split())
    return (" " if text[0].isspace() else "") + inner + (" " if text[-1].isspace() else "")


def _page_text(page: _Handle, count: int) -> str:
    """All the page's characters, one string index per PDFium character index. (PDFium writes
    UTF-16 into a numpy buffer: a ctypes array of the page's length would be a new ctypes type
    for every page, 25 us each.)"""
    units = np.empty(2 * count + 1, np.uint16)
    written = _TEXT(page, 0, count, ctypes.c_void_p(units.ctypes.data))
    text = units[: max(written - 1, 0)].tobytes().decode("utf-16-le", "replace")
    if len(text) == count:
        return text
    # characters outside the Basic Multilingual Plane and some PDFium adds shift the indices
    codes = np.fromiter(map(_UNICODE, itertools.repeat(page), range(count)), np.uint32, count)
    codes[codes == 0] = 0xFFFD
    return codes.astype("<u4").tobytes().decode("utf-32-le", "surrogatepass")


def _loose_boxes(page: _Handle, indices: Sequence[int]) -> _Floats:
    """left, top, right, bottom of the loose box of each character at `indices` (a row each)."""
    return _written(_LOOSE_CHAR_BOX, page, indices, 4)


def _font_sizes(page: _Handle, indices: _Integers, fonts: _Integers, heights: _Floats) -> _Floats:
    """The font size, in points as drawn (the text matrix scales it), of the character at each
    of `indices`. One in the font, loose box height and text matrix of the one before it is
    drawn at its size, so PDFium is asked for the font size only where one of those changes."""
    scales = _written(_MATRIX, page, indices.tolist(), 4)  # a, b, c, d of the matrix
    changed = np.ones(len(indices), bool)  # the first one is asked too
    changed[1:] = (
        (fonts[1:] != fonts[:-1])
        | (heights[1:] != heights[:-1])
        | (scales[1:] != scales[:-1]).any(axis=1)
    )
    changes = np.flatnonzero(changed)
    font_sizes = map(_FONT_SIZE, itertools.repeat(page), indices[changes].tolist())
    skews, heights_of_em = scales[changes, 2].tolist(), scales[changes, 3].tolist()
    sizes = np.fromiter(
        map(operator.mul, font_sizes, map(math.hypot, skews, heights_of_em)), np.float64
    )
    each: _Floats = sizes[np.cumsum(changed) - 1]  # the size at the last change up to it
    return each


SLOTS = 4096
"""Characters asked about in one go by `_written` (the rest in further rounds)."""
SLOT_FLOATS = 8
"""Room in a slot for the largest result PDFium writes: a matrix, six floats."""


def _pointer(address: int) -> _Handle:
    """`address` as the functions below take a pointer (a text page, a slot): a `byref` of a
    ctypes object there, which ctypes passes on as it is. A `c_void_p` is made into a new
    argument object on every call: a seventh of the cost of a call with one pointer, a quarter
    with two (`_written`)."""
    return ctypes.byref(ctypes.c_char.from_address(address))


class _Slots(threading.local):
    """Where PDFium writes what it is asked of each character (a box, a matrix): a buffer of
    `SLOTS` rows and, made once per thread, a `_pointer` to each row."""

    def __init__(self) -> None:
        self.rows = np.zeros((SLOTS, SLOT_FLOATS), np.float32)
        base, row_bytes = self.rows.ctypes.data, self.rows.strides[0]
        self.pointers = [_pointer(base + row_bytes * row) for row in range(SLOTS)]


_SLOTS = _Slots()


def _written(function: Any, page: _Handle, indices: Sequence[int], width: int) -> _Floats:
    """What `function(page, index, out)` writes for each of `indices` (the first `width` floats
    of it), a row each: PDFium fills the slots through `map`, a C loop, then they are copied out."""
    found = np.empty((len(indices), width))
    slots = _SLOTS
    for start in range(0, len(indices), SLOTS):
        chunk = indices[start : start + SLOTS]
        _consume(map(function, itertools.repeat(page), chunk, slots.pointers))
        found[start : start + len(chunk)] = slots.rows[: len(chunk), :width]
    return found


def _consume(calls: Iterator[object]) -> None:
    """Make the calls (each writes its result into a buffer)."""
    collections.deque(calls, maxlen=0)


def _address_function(function: Any, result: Any, *arguments: Any) -> Any:
    """A pypdfium2 function re-typed to return `result` and take its arguments as ctypes passes
    them without declared types: the page and an output as `_pointer`s, an index as a plain int
    (a C int). Declared argument types would convert each argument on every call (a third more
    time a call), and pypdfium2's own binding makes pointer objects, which cost more still, once
    per character. Called holding the GIL (`PYFUNCTYPE`): these calls return at once, and
    releasing and taking the GIL back around each was 12-19% of its cost (PDFium must not run in
    two threads at once anyway, by pypdfium2's rules, so no parallelism is lost)."""
    address = ctypes.cast(function, ctypes.c_void_p).value
    assert address is not None
    return ctypes.PYFUNCTYPE(result, *arguments)(address)


_TEXT_OBJECT = _address_function(pdfium_c.FPDFText_GetTextObject, ctypes.c_ssize_t)
"""The text object of a character (0 for one PDFium added), called once per character."""
_FONT_OF = _address_function(pdfium_c.FPDFTextObj_GetFont, ctypes.c_ssize_t, ctypes.c_void_p)
"""The font of a text object, given as a plain address (a 64-bit int: hence its declared type)."""
_LOOSE_CHAR_BOX = _address_function(pdfium_c.FPDFText_GetLooseCharBox, None)
_MATRIX = _address_function(pdfium_c.FPDFText_GetMatrix, None)
"""Called for what they write (`_written`); their result (whether they wrote) is not read, so it
is not converted either (`None`: a converted result costs each call a linear look-up in ctypes'
table of converters, 290 instructions, and the int it makes)."""
_OBJECT = _address_function(pdfium_c.FPDFPage_GetObject, ctypes.c_ssize_t)
"""The address of a page's object by its index."""
_OBJECT_KIND = _address_function(pdfium_c.FPDFPageObj_GetType, ctypes.c_int, ctypes.c_void_p)
"""An object's kind (text, path, image...), given the object as a plain address."""
_FONT_SIZE = _address_function(pdfium_c.FPDFText_GetFontSize, ctypes.c_double)
_TEXT = _address_function(pdfium_c.FPDFText_GetText, ctypes.c_int)
_UNICODE = _address_function(pdfium_c.FPDFText_GetUnicode, ctypes.c_uint)
_HAS_UNICODE_MAP_ERROR = _address_function(pdfium_c.FPDFText_HasUnicodeMapError, ctypes.c_int)
