"""Extraction: a resume file (PDF or text) -> normalised text in reading order, pages, sections and
a parse report. The rest of skillgap only calls `extract` and `extract_text`; this package is the
only importer of pdfminer (in `pdf`), and of the optional OCR libraries (in `ocr`).

The two names load on first use (PEP 562): a process that only sniffs a file and hands the reading
to an isolated worker (`skillgap analyze` of a PDF) does not import the extraction stages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analyzer.lazy import lazy_names

if TYPE_CHECKING:
    from analyzer.extract.api import extract, extract_text

__all__ = ["extract", "extract_text"]

__getattr__, __dir__ = lazy_names(__name__, dict.fromkeys(__all__, "analyzer.extract.api"), __all__)
