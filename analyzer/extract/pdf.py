"""Read the text layer of a PDF with pdfminer.six: the only module of skillgap importing pdfminer.

Only what our reading order needs is computed: pdfminer's interpreter runs the page's content
stream and `CharCollector`, our pdfminer device, keeps each drawn character's text, box and font,
and the box of each small filled shape (a bullet drawn rather than typed, perhaps; other paths
and images are not recorded); `chars.layout_lines` then forms the lines by pdfminer's own line
rule, and `chars.with_drawn_bullets` puts the drawn bullets into them. pdfminer's layout
analysis (its objects for every character, its grouping of lines into boxes and their ordering)
is skipped: our reading order (see `reading_order`) keeps columns apart better than pdfminer's
box flow. That is less work than `pdfminer.high_level.extract_text` does for the same file.
Every pdfminer failure is translated into a skillgap error here, at the boundary.
"""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from pdfminer.pdfdevice import PDFTextDevice
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdffont import PDFFont, PDFUnicodeNotDefined
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.psexceptions import PSException
from pdfminer.utils import apply_matrix_rect

from analyzer.errors import (
    CorruptPDFError,
    EncryptedPDFError,
)
from analyzer.extract.chars import (
    MAX_SHAPES,
    Char,
    Shape,
    is_small_shape,
    layout_lines,
    too_many_pages,
    with_drawn_bullets,
)
from analyzer.extract.lines import GlyphCounts, PageLayout

Matrix = tuple[float, float, float, float, float, float]
PathSegments = Sequence[tuple[Any, ...]]
"""A path as pdfminer paints it: segments ("m", x, y), ("l", x, y), ("c", x1, y1, x2, y2, x3,
y3), ("h",) in user space."""

# No logging set-up here: a library must leave the host's logging alone. Processes skillgap owns
# (the CLI, its workers) silence pdfminer's warnings with `analyzer.workers.quiet_libraries`.

PARSE_ERRORS: tuple[type[BaseException], ...] = (
    PSException,
    struct.error,
    zlib.error,
    ValueError,
    KeyError,
    TypeError,
    IndexError,
    AttributeError,
    AssertionError,
    EOFError,
    OverflowError,
    NotImplementedError,
    RecursionError,
    UnicodeError,
)
"""What pdfminer raises on damaged input: its own PSException family, and the built-in errors its
parser lets escape on truncated streams and broken cross-reference tables."""


def read_pdf(data: bytes, *, path: str, max_pages: int) -> list[PageLayout]:
    """The layout of every page, or a skillgap error that names `path` and the reason."""
    pages: list[PageLayout] = []
    # No warnings.catch_warnings() here: it is not thread-safe (the engine extracts from several
    # threads) and pdfminer reports through logging (see above), not through warnings.
    for number, ltpage in enumerate(_pdfminer_pages(data, path, max_pages + 1), start=1):
        if number > max_pages:
            raise too_many_pages(max_pages, path)
        pages.append(_page_layout(number, ltpage))
    if not pages:
        raise CorruptPDFError("is a PDF with no readable pages (damaged or truncated)", path=path)
    return pages


@dataclass(slots=True)
class _DrawnPage:
    height: float
    width: float
    groups: list[list[Char]]
    """Characters of the page, then of each form XObject (figure), each in drawing order."""
    shapes: list[Shape]
    """Small filled shapes the page draws: bullets, perhaps (`chars.with_drawn_bullets`)."""


@dataclass(slots=True)
class _FontFacts:
    """What `render_char` needs of a font, asked once per font and character code: pdfminer's
    font methods cost more than the rest of a character's work (its fonts do not change)."""

    name: str
    vertical: bool
    descent: float
    glyphs: dict[int, tuple[str, bool, float]]
    """Character code -> text (`(cid:N)` when unmapped), whether unmapped, width in text
    space."""


class CharCollector(PDFTextDevice):
    """A pdfminer device that keeps each drawn character's text, box and font, and small filled
    shapes.

    The boxes are the ones pdfminer's `LTChar` computes (advance by font size, from the font's
    descent up one font size, through the text matrix); a figure's characters are kept apart,
    as pdfminer's layout analysis keeps them (`all_texts`).
    """

    def __init__(self, resources: PDFResourceManager) -> None:
        super().__init__(resources)
        self.page: _DrawnPage | None = None
        self._fonts: dict[PDFFont, _FontFacts] = {}
        self._current: list[Char] = []
        self._stack: list[list[Char]] = []

    def begin_page(self, page: PDFPage, ctm: Matrix) -> None:
        x0, y0, x1, y1 = apply_matrix_rect(ctm, page.mediabox)
        self._current = []
        self.page = _DrawnPage(abs(y1 - y0), abs(x1 - x0), [self._current], [])

    def begin_figure(self, name: str, bbox: object, matrix: object) -> None:
        self._stack.append(self._current)
        self._current = []

    def end_figure(self, name: str) -> None:
        assert self.page is not None
        self.page.groups.append(self._current)
        self._current = self._stack.pop()

    def render_char(
        self,
        matrix: Matrix,
        font: PDFFont,
        fontsize: float,
        scaling: float,
        rise: float,
        cid: int,
        ncs: object,
        graphicstate: object,
    ) -> float:
        known = self._fonts.get(font)
        if known is None:
            known = self._fonts[font] = _FontFacts(
                font.fontname, font.is_vertical(), font.get_descent(), {}
            )
        glyph = known.glyphs.get(cid)
        if glyph is None:
            try:
                text, unmapped = font.to_unichr(cid), False
            except PDFUnicodeNotDefined:
                text, unmapped = f"(cid:{cid})", True
            glyph = known.glyphs[cid] = (text, unmapped, font.char_width(cid))
        text, unmapped, width = glyph
        advance = width * fontsize * scaling
        if known.vertical:
            displacement = font.char_disp(cid)
            assert isinstance(displacement, tuple)  # a vertical font's is (vx, vy)
            vx, vy = displacement
            vx = fontsize * 0.5 if vx is None else vx * fontsize * 0.001
            vy = (1000 - vy) * fontsize * 0.001
            left, low, right, high = -vx, vy + rise, -vx + fontsize, vy + rise + advance
        else:
            low = known.descent * fontsize + rise
            left, right, high = 0.0, advance, low + fontsize
        # the box's corners through the matrix, as pdfminer's `apply_matrix_rect` does, with
        # its min() and max() of two written out (`y if y < x else x` is min(x, y) exactly)
        a, b, c, d, e, f = matrix
        a_left, a_right, c_low, c_high = a * left, a * right, c * low, c * high
        b_left, b_right, d_low, d_high = b * left, b * right, d * low, d * high
        x0 = e + (a_right if a_right < a_left else a_left) + (c_high if c_high < c_low else c_low)
        x1 = e + (a_right if a_right > a_left else a_left) + (c_high if c_high > c_low else c_low)
        y0 = f + (b_right if b_right < b_left else b_left) + (d_high if d_high < d_low else d_low)
        y1 = f + (b_right if b_right > b_left else b_left) + (d_high if d_high > d_low else d_low)
        self._current.append(Char(text, x0, y0, x1, y1, known.name, 1, unmapped))
        return advance

    def paint_path(
        self, graphicstate: object, stroke: bool, fill: bool, evenodd: bool, path: PathSegments
    ) -> None:
        """A small filled shape is kept (`chars.is_small_shape`, at most `MAX_SHAPES` a page):
        it may be a list's bullet. Other lines and boxes drawn on the page do not affect its
        text."""
        shapes = self.page.shapes if self.page is not None else None
        if not fill or shapes is None or len(shapes) >= MAX_SHAPES or self.ctm is None:
            return
        xs = [x for segment in path for x in segment[1::2]]
        ys = [y for segment in path for y in segment[2::2]]
        if xs and ys:
            box = apply_matrix_rect(self.ctm, (min(xs), min(ys), max(xs), max(ys)))
            if is_small_shape(*box):
                shapes.append(Shape(*box))

    def render_image(self, *args: object, **kwargs: object) -> None:
        """Images carry no text layer (OCR renders the page itself)."""


def _pdfminer_pages(data: bytes, path: str, maxpages: int) -> Iterator[_DrawnPage]:
    """The characters of each page, with pdfminer's exceptions translated (it parses lazily,
    page by page)."""
    resources = PDFResourceManager(caching=True)
    device = CharCollector(resources)
    interpreter = PDFPageInterpreter(resources, device)
    pages = PDFPage.get_pages(io.BytesIO(data), maxpages=maxpages, caching=True)
    while True:
        try:
            page = next(pages, None)
            if page is not None:
                interpreter.process_page(page)
        except PDFPasswordIncorrect as exc:
            raise EncryptedPDFError(
                "is an encrypted PDF that needs a password; save an unprotected copy and retry",
                path=path,
            ) from exc
        except PDFEncryptionError as exc:
            raise EncryptedPDFError(
                f"is encrypted in a way that cannot be read ({exc or type(exc).__name__}); "
                "save an unprotected copy and retry",
                path=path,
            ) from exc
        except PARSE_ERRORS as exc:
            detail = str(exc).strip() or type(exc).__name__
            raise CorruptPDFError(
                f"is a damaged or truncated PDF that cannot be parsed ({detail[:200]})", path=path
            ) from exc
        if page is None:
            return
        assert device.page is not None
        yield device.page


def _page_layout(number: int, page: _DrawnPage) -> PageLayout:
    counts = GlyphCounts()
    lines = [line for group in page.groups for line in layout_lines(group, page.height, counts)]
    lines = with_drawn_bullets(lines, page.shapes, page.height)
    lines.sort(key=lambda line: (line.top, line.x0))
    return PageLayout(number, page.width, page.height, tuple(lines), counts)
