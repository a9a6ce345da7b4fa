"""OCR for image-only PDFs: only when asked, and a clear error when Tesseract is missing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from analyzer.errors import OCRFailedError, OCRUnavailableError
from analyzer.extract import extract
from tests import pdf_factory
from tests.extract.helpers import assert_consistent

SCAN = ["SKILLS", "Python SQL Docker", "EXPERIENCE", "Data engineer at Acme", "Built pipelines"]

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None,
    reason="needs the tesseract binary (apt-get install tesseract-ocr)",
)


@pytest.mark.ocr
@needs_tesseract
def test_an_image_only_pdf_is_read_by_ocr(tmp_path: Path) -> None:
    resume = extract(pdf_factory.image_only_pdf(tmp_path / "scan.pdf", SCAN), ocr=True)
    assert_consistent(resume)
    assert "Python SQL Docker" in resume.text
    assert [s.kind for s in resume.sections] == ["skills", "experience"]
    assert resume.parse.ocr
    assert resume.parse.text_quality == "degraded"
    assert [d.page for d in resume.diagnostics if d.code == "ocr"] == [1]


@pytest.mark.ocr
@needs_tesseract
def test_ocr_leaves_pages_with_text_alone(tmp_path: Path) -> None:
    path = pdf_factory.single_column_pdf(tmp_path / "text.pdf", [("Skills", ["Python, SQL"])])
    resume = extract(path, ocr=True)
    assert not resume.parse.ocr
    assert "Python, SQL" in resume.text


@pytest.mark.ocr
@needs_tesseract
def test_a_missing_ocr_language_is_named(tmp_path: Path) -> None:
    path = pdf_factory.image_only_pdf(tmp_path / "scan.pdf", SCAN)
    with pytest.raises(OCRUnavailableError, match="tesseract-ocr-xyz"):
        extract(path, ocr=True, ocr_language="xyz")


def test_a_scanned_page_without_ocr_is_reported(tmp_path: Path) -> None:
    path = pdf_factory.scan_appended_pdf(tmp_path / "mixed.pdf", [("Skills", ["Python"])], SCAN)
    resume = extract(path)
    assert_consistent(resume)
    assert len(resume.pages) == 2
    assert resume.parse.text_quality == "degraded"
    assert "page 2 has no text layer and could not be read" in resume.parse.reasons
    assert [d.page for d in resume.diagnostics if d.code == "no-text-layer"] == [2]


@pytest.mark.ocr
@needs_tesseract
def test_ocr_reads_only_the_scanned_page(tmp_path: Path) -> None:
    path = pdf_factory.scan_appended_pdf(tmp_path / "mixed.pdf", [("Skills", ["Python"])], SCAN)
    resume = extract(path, ocr=True)
    assert_consistent(resume)
    second = resume.pages[1]
    assert "Data engineer at Acme" in resume.text[second.start : second.end]
    assert [d.page for d in resume.diagnostics if d.code == "ocr"] == [2]


def test_ocr_without_tesseract_says_how_to_enable_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = pdf_factory.image_only_pdf(tmp_path / "scan.pdf", SCAN)
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    with pytest.raises(OCRUnavailableError) as caught:
        extract(path, ocr=True)
    message = str(caught.value)
    assert "scan.pdf" in message
    assert "apt-get install tesseract-ocr" in message
    assert "pip install 'skillgap[ocr]'" in message


@pytest.mark.ocr
@needs_tesseract
def test_tesseract_failing_on_a_page_is_not_reported_as_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pytesseract

    def fail(*_args: object, **_kwargs: object) -> None:
        raise pytesseract.TesseractError(1, "image too small")

    path = pdf_factory.image_only_pdf(tmp_path / "scan.pdf", SCAN)
    monkeypatch.setattr(pytesseract, "image_to_data", fail)
    with pytest.raises(OCRFailedError, match="Tesseract failed on page 1") as caught:
        extract(path, ocr=True)
    assert not isinstance(caught.value, OCRUnavailableError)
    assert caught.value.exit_code == 10
