"""Read the text layer of a PDF with pdfminer.six: the only module of skillgap importing pdfminer.

Layout analysis runs once per page (`extract_pages` with our `LAParams`); we keep pdfminer's lines,
not its boxes, because our own reading order (see `reading_order`) keeps columns apart better than
pdfminer's box flow. Each line's text is rebuilt from its characters so that icon-font glyphs and
unmapped `(cid:N)` glyphs can be dropped and counted, and letter-spaced headings re-spaced by their
geometry. Every pdfminer failure is translated into a skillgap error here, at the boundary.
"""

from __future__ import annotations

import io
import itertools
import statistics
import struct
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from pdfminer.high_level import extract_pages
from pdfminer.layout import (
    LAParams,
    LTAnno,
    LTChar,
    LTContainer,
    LTItem,
    LTPage,
    LTTextLineHorizontal,
)
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.psexceptions import PSException

from analyzer.errors import (
    CorruptPDFError,
    EncryptedPDFError,
    LimitExceededError,
)
from analyzer.extract import glyphs
from analyzer.extract.lines import GlyphCounts, LayoutLine, PageLayout

# No logging set-up here: a library must leave the host's logging alone. Processes skillgap owns
# (the CLI, its workers) silence pdfminer's warnings with `analyzer.workers.quiet_libraries`.

LAPARAMS = LAParams(
    line_overlap=0.5,
    char_margin=2.0,
    line_margin=0.5,
    word_margin=0.1,
    boxes_flow=None,
    detect_vertical=False,
    all_texts=True,
)
"""pdfminer's defaults for lines; `boxes_flow=None` skips box ordering (we order lines ourselves)
and `all_texts=True` also reads text inside figures (form XObjects, which some exporters use)."""

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

LETTER_SPACED_SHARE = 0.6
"""A line whose letters are separated by spaces this often is letter-spaced, not words."""


@dataclass(frozen=True, slots=True)
class _Glyph:
    text: str
    x0: float
    x1: float
    size: float
    font: str
    space_before: bool


def read_pdf(data: bytes, *, path: str, max_pages: int) -> list[PageLayout]:
    """The layout of every page, or a skillgap error that names `path` and the reason."""
    pages: list[PageLayout] = []
    # No warnings.catch_warnings() here: it is not thread-safe (the engine extracts from several
    # threads) and pdfminer reports through logging (see above), not through warnings.
    for number, ltpage in enumerate(_pdfminer_pages(data, path, max_pages + 1), start=1):
        if number > max_pages:
            raise LimitExceededError(
                "has more pages than a resume has", limit=f"pages={max_pages}", path=path
            )
        pages.append(_page_layout(number, ltpage))
    if not pages:
        raise CorruptPDFError("is a PDF with no readable pages (damaged or truncated)", path=path)
    return pages


def _pdfminer_pages(data: bytes, path: str, maxpages: int) -> Iterator[LTPage]:
    """pdfminer's pages, with its exceptions translated (it parses lazily, page by page)."""
    pages = extract_pages(io.BytesIO(data), laparams=LAPARAMS, maxpages=maxpages)
    while True:
        try:
            page = next(pages, None)
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
        yield page


def _page_layout(number: int, page: LTPage) -> PageLayout:
    counts = GlyphCounts()
    lines = [
        line
        for ltline in _text_lines(page)
        if (line := _layout_line(ltline, page.y1, counts)) is not None
    ]
    return PageLayout(number, page.width, page.height, tuple(lines), counts)


def _text_lines(container: Iterable[LTItem]) -> Iterator[LTTextLineHorizontal]:
    for item in container:
        if isinstance(item, LTTextLineHorizontal):
            yield item
        elif isinstance(item, LTContainer):
            yield from _text_lines(item)


def _layout_line(
    line: LTTextLineHorizontal, page_top: float, counts: GlyphCounts
) -> LayoutLine | None:
    chars = list(_glyphs(line, counts))
    if not chars:
        return None
    letters = [c for c in chars if c.text.isalpha()] or chars
    fonts = Counter(c.font for c in letters)
    bold = sum(glyphs.is_bold_font(c.font) for c in letters) >= 0.6 * len(letters)
    return LayoutLine(
        text=_line_text(chars),
        x0=min(c.x0 for c in chars),
        x1=max(c.x1 for c in chars),
        top=page_top - line.y1,
        bottom=page_top - line.y0,
        size=round(statistics.median(c.size for c in letters), 2),
        font=fonts.most_common(1)[0][0],
        bold=bold,
    )


def _glyphs(line: LTTextLineHorizontal, counts: GlyphCounts) -> Iterator[_Glyph]:
    """The line's visible text glyphs; icons and unmapped glyphs are counted and left out."""
    space = False
    first = True
    for item in line:
        if isinstance(item, LTAnno):
            space = space or item.get_text() == " "
            continue
        if not isinstance(item, LTChar):
            continue
        text = item.get_text()
        if text.isspace():
            space = True
            continue
        counts.glyphs += 1
        font = glyphs.font_family(item.fontname)
        if glyphs.is_icon_font(font):
            if not (first and glyphs.BULLET_FONT.search(font)):
                counts.icons += 1
                space = True
                continue
            text = glyphs.BULLET
        elif text.startswith("(cid:"):
            counts.unmapped += 1
            space = True
            continue
        elif text == "\u00ad":
            text = "-"  # a soft hyphen that was drawn is a hyphen the reader saw
        yield _Glyph(text, item.x0, item.x1, item.size, font, space and not first)
        space = False
        first = False


def _line_text(chars: list[_Glyph]) -> str:
    if _is_letter_spaced(chars):
        return _respace_by_gaps(chars)
    return "".join((" " + c.text) if c.space_before else c.text for c in chars)


def _is_letter_spaced(chars: list[_Glyph]) -> bool:
    if sum(c.text.isalpha() for c in chars) < 4:
        return False
    spaced = sum(c.space_before for c in chars[1:])
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
