"""Extraction: a resume file (PDF or text) -> normalised text in reading order, pages, sections and
a parse report. The rest of skillgap only calls `extract` and `extract_text`; this package is the
only importer of pdfminer (in `pdf`), and of the optional OCR libraries (in `ocr`).
"""

from analyzer.extract.api import extract, extract_text

__all__ = ["extract", "extract_text"]
