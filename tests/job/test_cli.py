"""`skillgap job`, `analyze --job --as-of` and `batch --job --require` as a user runs them."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from analyzer.cli import main
from tests.job import postings
from tests.job.test_target import RESUME


def run(*args: str | Path, stdin: str | bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, [str(a) for a in args], input=stdin)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def job_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("jobs") / "ml-engineer.md"
    path.write_text(postings.AGGREGATOR, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def resume_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("resumes") / "ada.txt"
    path.write_text(RESUME, encoding="utf-8")
    return path


def test_job_as_json_carries_requirements_with_levels(job_file: Path) -> None:
    code, out, err = run("job", job_file, "--format", "json")

    assert code == 0, err
    report = json.loads(out)
    levels = {r["id"]: r["level"] for r in report["requirements"]}
    assert levels["python"] == "required" and levels["docker"] == "preferred"
    assert report["source"]["path"] == str(job_file)


def test_job_text_and_html(job_file: Path) -> None:
    code, out, _ = run("job", job_file)
    assert code == 0
    assert out.startswith("skillgap job: Machine Learning Engineer (Remote)\n")
    assert "Required (" in out and "Named but not asked" in out

    code, out, _ = run("job", job_file, "-f", "html")
    assert code == 0 and out.startswith("<!doctype html>")


def test_job_from_standard_input() -> None:
    code, out, err = run("job", "-", "-f", "json", stdin=postings.PLAIN)

    assert code == 0, err
    report = json.loads(out)
    assert report["source"]["path"] == "<stdin>"
    assert report["title"] == "Senior AI Engineer"


def test_job_output_file(job_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "job.json"
    assert run("job", job_file, "-f", "json", "-o", target)[0] == 0
    assert json.loads(target.read_text(encoding="utf-8"))["kind"] == "skillgap-job"
    code, _, err = run("job", job_file, "-f", "json", "-o", target)
    assert code == 13 and "--overwrite" in err


@pytest.mark.parametrize(
    ("content", "code", "message"),
    [
        ("", 5, "empty"),
        ("Python wanted\n", 21, "too few to be a job description"),
    ],
)
def test_bad_job_descriptions(tmp_path: Path, content: str, code: int, message: str) -> None:
    path = tmp_path / "job.txt"
    path.write_text(content, encoding="utf-8")

    got, out, err = run("job", path)

    assert got == code
    assert out == ""
    assert message in err and str(path) in err and "Traceback" not in err


def test_a_missing_job_and_a_bad_saved_job(tmp_path: Path, resume_file: Path) -> None:
    code, _, err = run("job", tmp_path / "nope.txt")
    assert code == 3 and "nope.txt" in err

    saved = tmp_path / "saved.json"
    saved.write_text('{"kind": "skillgap-job", "schema_version": "1.1", "source": 3}', "utf-8")
    code, _, err = run("analyze", resume_file, "--job", saved)
    assert code == 22
    assert "source: must be a JSON object" in err


def test_analyze_for_a_job_posting_or_its_saved_json(
    job_file: Path, resume_file: Path, tmp_path: Path
) -> None:
    code, out, err = run(
        "analyze", resume_file, "--job", job_file, "--as-of", "2025-01-01", "-f", "json"
    )
    assert code == 0, err
    report = json.loads(out)
    assert report["target"]["title"] == "Machine Learning Engineer (Remote)"
    assert report["experience"]["as_of"] == "2025-01-01"
    assert report["profile"]["id"] == "job"

    saved = tmp_path / "target.json"
    assert run("job", job_file, "-f", "json", "-o", saved)[0] == 0
    code, again, _ = run(
        "analyze", resume_file, "--job", saved, "--as-of", "2025-01-01", "-f", "json"
    )
    assert code == 0
    assert json.loads(again)["score"] == report["score"]
    assert json.loads(again)["target"]["requirements"] == report["target"]["requirements"]


def test_as_of_must_be_a_date(resume_file: Path) -> None:
    code, _, err = run("analyze", resume_file, "--as-of", "yesterday")

    assert code == 2 and "--as-of" in err


@pytest.fixture
def candidates(tmp_path: Path) -> Path:
    folder = tmp_path / "candidates"
    folder.mkdir()
    (folder / "strong.txt").write_text(
        RESUME.replace("SQL, Git", "SQL, Git, Kubernetes, MLflow"), encoding="utf-8"
    )
    (folder / "weak.txt").write_text(RESUME.replace("PyTorch models in ", ""), encoding="utf-8")
    return folder


def test_batch_ranks_for_a_job_and_lists_the_filtered(
    job_file: Path, candidates: Path, tmp_path: Path
) -> None:
    out = tmp_path / "ranked.csv"

    code, _, err = run(
        "batch",
        candidates,
        "--job",
        job_file,
        "--require",
        "mlflow",
        "--as-of",
        "2025-01-01",
        "--out",
        out,
        "-j",
        "1",
    )

    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [(Path(r["file"]).name, r["status"]) for r in rows] == [
        ("strong.txt", "ok"),
        ("weak.txt", "filtered"),
    ]
    assert rows[1]["error_message"] == "lacks required mlflow"
    assert rows[0]["required_met"] and rows[0]["required_asked"]
    assert int(rows[0]["required_met"]) > int(rows[1]["required_met"])
    assert "PyTorch" in rows[1]["must_haves_missing"]
    assert rows[0]["years"] == "2.0"  # Jan 2023 to the --as-of date


def test_batch_for_a_saved_job_ranks_alike_and_loads_no_spacy_in_its_parent(
    job_file: Path, candidates: Path, tmp_path: Path
) -> None:
    code, saved_json, _ = run("job", job_file, "--format", "json")
    saved = tmp_path / "job.json"
    saved.write_text(saved_json, encoding="utf-8")
    by_posting, by_saved = tmp_path / "posting.csv", tmp_path / "saved.csv"
    code, _, err = run("batch", candidates, "--job", job_file, "--out", by_posting, "-j", "1")
    assert code == 0, err

    args = ["batch", str(candidates), "--job", str(saved), "--out", str(by_saved), "-j", "1"]
    probe = (
        "import sys\n"
        "from analyzer.cli import main\n"
        f"main({args!r}, standalone_mode=False)\n"
        "print('spacy' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=300, check=True
    )

    assert done.stdout.strip().splitlines()[-1] == "False"
    assert by_saved.read_text(encoding="utf-8") == by_posting.read_text(encoding="utf-8")


def test_batch_refuses_an_unknown_required_skill(job_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "candidates"
    folder.mkdir()
    (folder / "a.txt").write_text(RESUME, encoding="utf-8")

    code, _, err = run("batch", folder, "--require", "cobol", "--out", tmp_path / "r.csv")
    assert code == 14 and "cobol" in err

    code, _, err = run(
        "batch", folder, "--job", job_file, "--require", "kubernetes", "--out", tmp_path / "r.csv"
    )
    assert code == 14 and "not among the skills the job asks for" in err


@pytest.mark.parametrize("command", ["analyze", "batch"])
def test_a_job_and_a_profile_together_is_a_usage_error(
    command: str, job_file: Path, resume_file: Path
) -> None:
    target = resume_file if command == "analyze" else resume_file.parent
    code, _, err = run(command, target, "--job", job_file, "--profile", "ai-engineer")

    assert code == 2 and "--job or --profile, not both" in err
