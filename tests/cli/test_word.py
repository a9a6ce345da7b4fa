"""`skillgap analyze` on Word resumes: the report, and an exit code of its own per bad Word file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from analyzer.cli import main
from tests import docx_factory as make

RESUME = [
    ("Experience", ["Built forecasting models in Python; deployed them on Kubernetes."]),
    ("Skills", ["SQL, Docker, Git"]),
]


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_word_resume_report(tmp_path: Path) -> None:
    path = make.write(tmp_path / "ada.docx", make.word_resume(RESUME))
    code, out, err = run("analyze", str(path), "--format", "json")
    assert code == 0, err
    report = json.loads(out)
    assert report["source"]["media_type"] == "docx"
    status = {s["id"]: s["status"] for s in report["skills"]}
    assert status["python"] == "demonstrated"
    assert status["docker"] == "listed"


@pytest.mark.parametrize(
    ("name", "data", "exit_code", "code"),
    [
        ("sheet.docx", make.not_word_zip(), 18, "not a Word document"),
        ("locked.docx", make.encrypted_word(), 19, "password-protected"),
        ("macros.docm", make.with_macros(b"", keep_text=False), 20, "macros"),
    ],
)
def test_bad_word_files_exit_with_their_code(
    tmp_path: Path, name: str, data: bytes, exit_code: int, code: str
) -> None:
    path = make.write(tmp_path / name, data)
    status, out, err = run("analyze", str(path))
    assert status == exit_code
    assert out == ""
    assert err.startswith(f"skillgap: error: {path}: ")
    assert code in err
    assert "Traceback" not in err
