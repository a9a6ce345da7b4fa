"""The extraction front door: a file (PDF, Word or text) or a string in, an `ExtractedResume` out.

`extract` sniffs the file, reads its text layer (or OCR when asked), orders and repairs the text,
finds sections and writes the parse report. It raises a skillgap error, never a library traceback,
for every input it cannot read; and `UnusableTextError` when text came out but is too garbled to
analyse.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from dataclasses import replace
from typing import Literal

from analyzer.config import DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_PAGES
from analyzer.errors import NoTextLayerError, UnusableTextError
from analyzer.extract.assemble import assemble
from analyzer.extract.diagnostics import ReadFacts, build_report
from analyzer.extract.docx import MACROS_NOTE, read_docx
from analyzer.extract.lines import GlyphCounts, PageLayout, PageText
from analyzer.extract.ocr import ocr_pages
from analyzer.extract.pdf import read_pdf
from analyzer.extract.reading_order import order_page
from analyzer.extract.sections import find_sections
from analyzer.extract.sniff import SourceFile, read_source
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
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
    max_pages: int = DEFAULT_MAX_PAGES,
) -> ExtractedResume:
    """Read the resume at `path`: a PDF (by its bytes, whatever its name), a Word document
    (.docx, .docm) or a text file.

    With `ocr=True`, PDF pages without a usable text layer are read by Tesseract.
    """
    source = read_source(path, max_file_bytes=max_file_bytes)
    if source.text is not None:
        facts = ReadFacts(GlyphCounts(), encoding=source.encoding)
        return _build(source.path, source.sha256, "text", text_pages(source.text), facts)
    if source.kind == "docx":
        word = read_docx(source.data, path=source.path)
        resume = _build(source.path, source.sha256, "docx", word.pages, ReadFacts(GlyphCounts()))
        if not word.has_macros:
            return resume
        return replace(resume, diagnostics=(*resume.diagnostics, Diagnostic("macros", MACROS_NOTE)))
    layouts = read_pdf(source.data, path=source.path, max_pages=max_pages)
    layouts, ocr_done, textless = _fill_textless_pages(layouts, source, ocr, ocr_language)
    glyphs = GlyphCounts()
    for layout in layouts:
        glyphs.add(layout.glyphs)
    pages = [order_page(layout) for layout in layouts]
    return _build(source.path, source.sha256, "pdf", pages, ReadFacts(glyphs, ocr_done, textless))


def extract_text(text: str, *, name: str = "<text>") -> ExtractedResume:
    """Analyse-ready resume from a string the caller already has (sha256 of its UTF-8 bytes)."""
    digest = hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()
    return _build(name, digest, "text", text_pages(text), ReadFacts(GlyphCounts()))


def _build(
    path: str,
    digest: str,
    media_type: Literal["pdf", "text", "docx"],
    pages: Sequence[PageText],
    facts: ReadFacts,
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
        diagnostics=notes,
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
    return _letters(page) < MIN_PAGE_LETTERS or _garbled(page)


def _garbled(page: PageLayout) -> bool:
    glyphs = page.glyphs
    return glyphs.glyphs > 0 and glyphs.unmapped >= GARBLED_SHARE * glyphs.glyphs


def _letters(page: PageLayout) -> int:
    return sum(ch.isalpha() for line in page.lines for ch in line.text)
