"""`skillgap analyze` as a user runs it: formats, output files, and every kind of bad input."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from analyzer.cli import main
from tests.pdf_factory import encrypted_pdf, image_only_pdf, single_column_pdf

SECTIONS = [
    (
        "Experience",
        ["Built forecasting models in Python and PyTorch; deployed them on Kubernetes."],
    ),
    ("Skills", ["SQL, Docker, Git"]),
    ("Education", ["B.Sc. Mathematics; coursework in Linear Algebra"]),
]


@pytest.fixture(scope="module")
def resume(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return single_column_pdf(tmp_path_factory.mktemp("cli") / "ada.pdf", SECTIONS)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_json_report_on_stdout(resume: Path) -> None:
    code, out, err = run("analyze", str(resume), "--format", "json")
    assert code == 0, err
    report = json.loads(out)
    status = {s["id"]: s["status"] for s in report["skills"]}
    assert status["python"] == "demonstrated"
    assert status["docker"] == "listed"
    assert status["linear-algebra"] == "mentioned"
    assert status["mlflow"] == "missing"
    assert report["source"]["pages"] == 1


def test_text_report_is_readable(resume: Path) -> None:
    code, out, _ = run("analyze", str(resume))
    assert code == 0
    assert "Readiness" in out and "/ 100" in out
    assert "Python" in out and "demonstrated" in out
    assert "Top next steps" in out


@pytest.mark.parametrize(("fmt", "marker"), [("html", "<!doctype html>"), ("csv", "id,name,group")])
def test_other_formats(resume: Path, fmt: str, marker: str) -> None:
    code, out, _ = run("analyze", str(resume), "--format", fmt)
    assert code == 0
    assert out.lstrip().startswith(marker)


def test_profile_changes_the_score(resume: Path) -> None:
    ml = json.loads(run("analyze", str(resume), "-f", "json")[1])
    ai = json.loads(run("analyze", str(resume), "-f", "json", "--profile", "ai-engineer")[1])
    assert ai["profile"]["id"] == "ai-engineer"
    assert ai["score"]["readiness"] != ml["score"]["readiness"]


def test_unknown_profile_names_the_choices(resume: Path) -> None:
    code, _, err = run("analyze", str(resume), "--profile", "astronaut")
    assert code == 14
    assert "astronaut" in err and "ml-engineer" in err


def test_output_file_is_written_and_never_overwritten_silently(
    resume: Path, tmp_path: Path
) -> None:
    target = tmp_path / "report.json"
    assert run("analyze", str(resume), "-f", "json", "-o", str(target))[0] == 0
    assert json.loads(target.read_text())["schema_version"] == "1.1"
    target.write_text("keep me")
    code, _, err = run("analyze", str(resume), "-f", "json", "-o", str(target))
    assert code == 13 and "--overwrite" in err
    assert target.read_text() == "keep me"
    assert run("analyze", str(resume), "-f", "json", "-o", str(target), "--overwrite")[0] == 0
    assert target.read_text() != "keep me"


def test_output_may_not_be_the_input(resume: Path, tmp_path: Path) -> None:
    copy = tmp_path / "mine.pdf"
    copy.write_bytes(resume.read_bytes())
    code, _, err = run("analyze", str(copy), "-o", str(copy), "--overwrite")
    assert code == 13 and "is an input" in err
    assert copy.read_bytes() == resume.read_bytes()


def _bad_inputs(folder: Path) -> dict[str, tuple[Path, int, str]]:
    folder.mkdir()
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "png.pdf").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    with zipfile.ZipFile(folder / "docx.pdf", "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    good = single_column_pdf(folder / "good.pdf", SECTIONS).read_bytes()
    (folder / "truncated.pdf").write_bytes(good[: len(good) // 3])
    (folder / "garbage.pdf").write_bytes(b"%PDF-1.7\n" + b"\x13\x37" * 200)
    encrypted_pdf(folder / "locked.pdf", SECTIONS)
    image_only_pdf(folder / "scan.pdf", ["Ada Lovelace", "Python, SQL"])
    (folder / "folder.pdf").mkdir()
    return {
        "missing": (folder / "nope.pdf", 3, "no such file"),
        "directory": (folder / "folder.pdf", 4, "directory"),
        "empty": (folder / "empty.pdf", 5, "empty"),
        "png": (folder / "png.pdf", 6, "PNG"),
        "docx": (folder / "docx.pdf", 6, "not a PDF"),
        "truncated": (folder / "truncated.pdf", 7, ""),
        "garbage": (folder / "garbage.pdf", 7, ""),
        "encrypted": (folder / "locked.pdf", 8, "encrypted"),
        "image-only": (folder / "scan.pdf", 9, "OCR"),
    }


@pytest.mark.parametrize(
    "case",
    [
        "missing",
        "directory",
        "empty",
        "png",
        "docx",
        "truncated",
        "garbage",
        "encrypted",
        "image-only",
    ],
)
def test_bad_input_gets_one_clear_message_and_its_exit_code(tmp_path: Path, case: str) -> None:
    path, code, reason = _bad_inputs(tmp_path / "bad")[case]
    exit_code, out, err = run("analyze", str(path), "--format", "json")
    assert exit_code == code, err
    assert out == ""
    assert path.name in err
    assert reason in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_lexicon_validate_reports_every_problem(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(
        'version = "1.0.0"\n'
        "[skills.python]\n"
        'name = "Python"\ngroup = "programming"\ndemand = "sky-high"\n'
        "[skills.sql]\n"
        'name = "SQL"\ngroup = "programming"\ndemand = "high"\nimplies = ["nosuch"]\n',
        encoding="utf-8",
    )
    code, _, err = run("lexicon", "validate", str(bad))
    assert code == 11
    assert "sky-high" in err and "nosuch" in err
    assert "bad.toml:5" in err


def test_lexicon_validate_accepts_the_builtin_data() -> None:
    builtin = Path(__file__).resolve().parents[2] / "skill_lexicon" / "data" / "v1"
    code, out, _ = run("lexicon", "validate", str(builtin))
    assert code == 0 and "valid" in out


def test_lexicon_profiles_lists_the_default() -> None:
    code, out, _ = run("lexicon", "profiles")
    assert code == 0
    assert "ml-engineer (default)" in out and "ai-engineer" in out
