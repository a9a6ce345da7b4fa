"""`skillgap batch` reads Word resumes, and with --ocr scores scanned PDFs instead of failing."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from analyzer.cli import main
from tests import docx_factory as make
from tests import pdf_factory

WORD_RESUME = [
    ("Experience", ["Built forecasting models in Python; deployed them on Kubernetes."]),
    ("Skills", ["SQL, Docker, Git"]),
]
SCAN = ["EXPERIENCE", "Trained models in Python", "SKILLS", "Docker and Kubernetes"]


def rows(folder: Path, tmp_path: Path, *options: str) -> dict[str, dict[str, str]]:
    out = tmp_path / f"ranked{len(options)}.csv"
    result = CliRunner().invoke(
        main, ["batch", str(folder), "--out", str(out), "--jobs", "1", *options]
    )
    assert result.exit_code == 0, result.stderr
    table = csv.DictReader(io.StringIO(out.read_text(encoding="utf-8")))
    return {Path(row["file"]).name: row for row in table}


@pytest.mark.ocr
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs the tesseract binary")
def test_batch_reads_word_files_and_ocrs_scans_when_asked(tmp_path: Path) -> None:
    folder = tmp_path / "candidates"
    folder.mkdir()
    make.write(folder / "word.docx", make.word_resume(WORD_RESUME))
    make.write(folder / "locked.docx", make.encrypted_word())
    pdf_factory.image_only_pdf(folder / "scan.pdf", SCAN)

    plain = rows(folder, tmp_path)
    assert plain["word.docx"]["status"] == "ok"
    assert float(plain["word.docx"]["score"]) > 0
    assert plain["locked.docx"]["error_code"] == "E019"
    assert plain["scan.pdf"]["error_code"] == "E009"

    scanned = rows(folder, tmp_path, "--ocr")
    assert scanned["scan.pdf"]["status"] == "ok"
    assert scanned["scan.pdf"]["docker"] == "1"
    assert scanned["word.docx"]["score"] == plain["word.docx"]["score"]
