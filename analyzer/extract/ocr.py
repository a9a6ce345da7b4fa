"""OCR for pages without a text layer: render with pypdfium2, read with Tesseract (pytesseract).

Only used when the caller asks for it (`ocr=True`); both libraries are optional and imported on
first use. OCR words come back with their boxes, so OCR pages go through the same reading order
(columns, rows) and heading detection as text-layer pages; word height stands in for font size.
"""

from __future__ import annotations

import importlib
import math
import shutil
import statistics
from collections import defaultdict
from collections.abc import Sequence
from types import ModuleType
from typing import Any

from analyzer.errors import CorruptPDFError, OCRFailedError, OCRUnavailableError
from analyzer.extract.lines import LayoutLine, PageLayout

DPI = 300
POINTS_PER_INCH = 72
MAX_PIXELS = 60_000_000
"""Largest page image OCR renders (an A3 page at 300 dpi is 17 million pixels)."""
MIN_CONFIDENCE = 30
"""Words Tesseract is less sure of than this (0-100) are left out."""
ENABLE = "apt-get install tesseract-ocr; pip install 'skillgap[ocr]'"


def ocr_pages(data: bytes, numbers: Sequence[int], *, language: str, path: str) -> list[PageLayout]:
    """The pages `numbers` (from 1) of the PDF in `data`, read by OCR."""
    tesseract, pdfium = _load(language, path)
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise CorruptPDFError(f"cannot be rendered for OCR ({exc})", path=path) from exc
    try:
        return [_ocr_page(tesseract, document[n - 1], n, language, path) for n in numbers]
    finally:
        document.close()


def _load(language: str, path: str) -> tuple[ModuleType, ModuleType]:
    try:
        tesseract = importlib.import_module("pytesseract")
        pdfium = importlib.import_module("pypdfium2")
    except ImportError as exc:
        raise OCRUnavailableError(
            f"OCR needs the '{exc.name}' package, which is not installed: {ENABLE}", path=path
        ) from exc
    if shutil.which(tesseract.pytesseract.tesseract_cmd) is None:
        raise OCRUnavailableError(
            f"OCR needs the Tesseract program, which is not installed: {ENABLE}", path=path
        )
    available = set(tesseract.get_languages(config=""))
    missing = [lang for lang in language.split("+") if lang not in available]
    if missing:
        packages = " ".join(f"tesseract-ocr-{lang}" for lang in missing)
        raise OCRUnavailableError(
            f"Tesseract has no language data for {'+'.join(missing)}: apt-get install {packages}",
            path=path,
        )
    return tesseract, pdfium


def _ocr_page(
    tesseract: ModuleType, page: Any, number: int, language: str, path: str
) -> PageLayout:
    width, height = page.get_size()
    scale = render_scale(width, height)
    image = page.render(scale=scale).to_pil()
    try:
        words = tesseract.image_to_data(image, lang=language, output_type=tesseract.Output.DICT)
    except tesseract.TesseractError as exc:
        raise OCRFailedError(f"Tesseract failed on page {number}: {exc}", path=path) from exc
    return PageLayout(number, width, height, tuple(_lines(words, scale)))


def render_scale(width: float, height: float) -> float:
    """Pixels per point to render a page at: `DPI`, less for a page so large that its image
    would pass `MAX_PIXELS` (a hostile MediaBox must not make a gigabyte bitmap)."""
    scale = DPI / POINTS_PER_INCH
    area = max(width, 1.0) * max(height, 1.0)
    return min(scale, math.sqrt(MAX_PIXELS / area))


def _lines(words: dict[str, list[Any]], scale: float) -> list[LayoutLine]:
    """Tesseract's words grouped into its lines, boxes converted from pixels to points."""
    grouped: dict[tuple[int, int, int], list[int]] = defaultdict(list)
    for i, text in enumerate(words["text"]):
        if str(text).strip() and float(words["conf"][i]) >= MIN_CONFIDENCE:
            grouped[(words["block_num"][i], words["par_num"][i], words["line_num"][i])].append(i)
    lines = []
    for indexes in grouped.values():
        left = min(words["left"][i] for i in indexes) / scale
        right = max(words["left"][i] + words["width"][i] for i in indexes) / scale
        top = min(words["top"][i] for i in indexes) / scale
        bottom = max(words["top"][i] + words["height"][i] for i in indexes) / scale
        size = statistics.median(words["height"][i] for i in indexes) / scale
        text = " ".join(str(words["text"][i]).strip() for i in indexes)
        lines.append(LayoutLine(text, left, right, top, bottom, float(round(size)), "ocr", False))
    return lines
