"""The extraction front door: a file (PDF, Word or text) or a string in, an `ExtractedResume` out.

`extract` sniffs the file, reads its text layer with an engine (pdfminer.six by default, PDFium
when asked: see `read_layouts`) or OCR when asked, orders and repairs the text, finds sections and
writes the parse report. It raises a skillgap error, never a library traceback,
for every input it cannot read; and `UnusableTextError` when text came out but is too garbled to
analyse.
"""

from __future__ import annotations

import hashlib
import importlib
import os
from collections.abc import Sequence
from typing import Any, Literal

from analyzer.config import DEFAULT_ENGINE, Engine, Limits
from analyzer.errors import EngineUnavailableError, NoTextLayerError, UnusableTextError
from analyzer.extract import guard
from analyzer.extract.assemble import assemble
from analyzer.extract.diagnostics import ReadFacts, build_report
from analyzer.extract.docx import MACROS_NOTE, read_docx
from analyzer.extract.lines import GlyphCounts, PageLayout, PageText
from analyzer.extract.ocr import ocr_pages
from analyzer.extract.reading_order import order_pages
from analyzer.extract.sections import find_sections
from analyzer.extract.sniff import SourceFile, read_source, too_many_characters
from analyzer.extract.text import text_pages
from analyzer.types import Diagnostic, ExtractedResume, PageStats

MIN_PAGE_LETTERS = 10
"""A PDF page with fewer letters than this has no usable text layer (a page number at most)."""
GARBLED_SHARE = 0.3
"""A page whose glyphs are this often unmapped is unreadable without OCR."""
NEEDS_OCR = (
    "has no text layer (scanned or image-only); it needs OCR: rerun with --ocr "
    "(needs Tesseract: apt-get install tesseract-ocr)"
)


def extract(
    path: str | os.PathLike[str],
    *,
    ocr: bool = False,
    ocr_language: str = "eng",
    limits: Limits | None = None,
    engine: Engine = DEFAULT_ENGINE,
) -> ExtractedResume:
    """Read the resume at `path`: a PDF (by its bytes, whatever its name), a Word document
    (.docx, .docm) or a text file.

    With `ocr=True`, PDF pages without a usable text layer are read by Tesseract. `engine` reads
    the text layer: "pdfminer" (pdfminer.six) or "pdfium" (pypdfium2, about ten times faster;
    `pip install 'skillgap[pdfium]'`). A file past one of `limits` (default: `Limits()`) raises
    LimitExceededError naming the limit. This runs in the calling process: to stop a PDF past
    `limits.seconds` and `limits.memory_mb`, call it through `analyzer.isolation` (as
    `Analyzer.analyze` does).
    """
    limits = limits or Limits()
    source = read_source(path, max_file_bytes=limits.file_bytes, max_characters=limits.characters)
    if source.text is not None:
        facts = ReadFacts(GlyphCounts(), encoding=source.encoding)
        return _build(source.path, source.sha256, "text", text_pages(source.text), facts)
    if source.kind == "docx":
        word = read_docx(source.data, path=source.path)
        macros = (Diagnostic("macros", MACROS_NOTE),) if word.has_macros else ()
        facts = ReadFacts(GlyphCounts())
        return _build(source.path, source.sha256, "docx", word.pages, facts, macros)
    with guard.limited(limits, path=source.path):
        layouts, notes = read_layouts(source, engine, limits.pages)
        layouts, ocr_done, textless = _fill_textless_pages(layouts, source, ocr, ocr_language)
        glyphs = GlyphCounts()
        for layout in layouts:
            glyphs.add(layout.glyphs)
        pages = order_pages(layouts)
        facts = ReadFacts(glyphs, ocr_done, textless)
        return _build(source.path, source.sha256, "pdf", pages, facts, notes)


def read_layouts(
    source: SourceFile, engine: Engine, max_pages: int
) -> tuple[list[PageLayout], tuple[Diagnostic, ...]]:
    """The PDF's pages read by `engine`, and a note when PDFium could not read them and
    pdfminer.six did instead (a damaged file then fails with pdfminer.six's exact error).
    Each engine is imported when first used: a text resume needs neither."""
    from analyzer.extract.pdf import read_pdf

    if engine == "pdfium":
        pdfium = _pdfium_engine(source.path)
        try:
            return pdfium.read_pdf(source.data, path=source.path, max_pages=max_pages), ()
        except pdfium.PdfiumUnreadable as exc:
            note = Diagnostic(
                "engine-fallback",
                f"PDFium could not read this file ({exc}); it was read with pdfminer.six",
                "warning",
            )
            return read_pdf(source.data, path=source.path, max_pages=max_pages), (note,)
    return read_pdf(source.data, path=source.path, max_pages=max_pages), ()


def _pdfium_engine(path: str) -> Any:
    """The PDFium engine module; E023 when pypdfium2 is not installed."""
    try:
        return importlib.import_module("analyzer.extract.pdfium")
    except ImportError as exc:
        raise EngineUnavailableError(
            f"the pdfium engine needs the '{exc.name}' package, which is not installed: "
            "pip install 'skillgap[pdfium]' (or use the default engine, pdfminer)",
            path=path,
        ) from exc


def extract_text(
    text: str, *, name: str = "<text>", max_characters: int | None = None
) -> ExtractedResume:
    """Analyse-ready resume from a string the caller already has (sha256 of its UTF-8 bytes);
    LimitExceededError when it is longer than `max_characters`."""
    if max_characters is not None and len(text) > max_characters:
        raise too_many_characters(name, f"{len(text):,}", max_characters)
    digest = hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()
    return _build(name, digest, "text", text_pages(text), ReadFacts(GlyphCounts()))


def _build(
    path: str,
    digest: str,
    media_type: Literal["pdf", "text", "docx"],
    pages: Sequence[PageText],
    facts: ReadFacts,
    read_notes: tuple[Diagnostic, ...] = (),
) -> ExtractedResume:
    assembled = assemble(pages)
    stats = tuple(
        PageStats(page.number, span.end - span.start, page.columns)
        for page, span in zip(pages, assembled.pages, strict=True)
    )
    sections = find_sections(assembled.text, assembled.lines)
    report, notes = build_report(assembled.text, stats, facts, assembled.repairs, sections)
    if report.text_quality == "unusable":
        raise UnusableTextError(
            "the text cannot be analysed: " + "; ".join(report.reasons), path=path
        )
    return ExtractedResume(
        path=path,
        sha256=digest,
        media_type=media_type,
        text=assembled.text,
        pages=assembled.pages,
        sections=sections,
        parse=report,
        diagnostics=read_notes + notes,
    )


def _fill_textless_pages(
    layouts: list[PageLayout], source: SourceFile, ocr: bool, language: str
) -> tuple[list[PageLayout], tuple[int, ...], tuple[int, ...]]:
    """OCR the pages that lack a usable text layer when asked; refuse a PDF with none at all.

    Returns the pages, the numbers of OCR'd pages, and of pages left without text.
    """
    textless = [p.number for p in layouts if _needs_ocr(p)]
    if not textless:
        return layouts, (), ()
    if ocr:
        read = {
            p.number: p
            for p in ocr_pages(source.data, textless, language=language, path=source.path)
        }
        return [read.get(p.number, p) for p in layouts], tuple(textless), ()
    if len(textless) == len(layouts) and not any(p.glyphs.unmapped for p in layouts):
        raise NoTextLayerError(NEEDS_OCR, path=source.path)
    return layouts, (), tuple(n for n in textless if not _garbled(layouts[n - 1]))


def _needs_ocr(page: PageLayout) -> bool:
    return not _has_letters(page, MIN_PAGE_LETTERS) or _garbled(page)


def _garbled(page: PageLayout) -> bool:
    glyphs = page.glyphs
    return glyphs.glyphs > 0 and glyphs.unmapped >= GARBLED_SHARE * glyphs.glyphs


def _has_letters(page: PageLayout, count: int) -> bool:
    """Whether the page's lines hold `count` letters (counted until they do)."""
    for line in page.lines:
        count -= sum(map(str.isalpha, line.text))
        if count <= 0:
            return True
    return count <= 0
