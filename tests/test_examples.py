"""Golden tests: the bundled example resumes, their committed reports, and the script that makes
them. When a change alters a report on purpose, rerun `python examples/make_examples.py`."""

from __future__ import annotations

import importlib.util
import json
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from analyzer import Analyzer
from analyzer.types import AnalysisResult

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
NAMES = ("ml_engineer", "data_analyst", "two_column")
JOBS = {"ml_engineer": "ml_engineer.md", "ai_engineer": "ai_engineer.txt"}
AS_OF = date(2026, 1, 1)
"""The date the committed reports count ongoing roles to (make_examples.FIXED_DATE)."""


@pytest.fixture(scope="module")
def results(analyzer: Analyzer) -> dict[str, AnalysisResult]:
    return {
        name: analyzer.analyze(Path("examples/resumes") / f"{name}.pdf", as_of=AS_OF)
        for name in NAMES
    }


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


@pytest.fixture(autouse=True)
def at_repository_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_examples", EXAMPLES / "make_examples.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", NAMES)
def test_committed_json_report_is_current(results: dict[str, AnalysisResult], name: str) -> None:
    committed = json.loads((EXAMPLES / "reports" / f"{name}.json").read_text(encoding="utf-8"))
    assert results[name].to_dict() == committed


@pytest.mark.parametrize("name", NAMES)
def test_script_regenerates_the_same_pdf(tmp_path: Path, name: str) -> None:
    script = load_script()
    example = next(e for e in script.EXAMPLES if e.file == f"{name}.pdf")
    script.build_pdf(example, tmp_path / example.file)
    assert (tmp_path / example.file).read_bytes() == (
        EXAMPLES / "resumes" / example.file
    ).read_bytes()


def test_ml_engineer_is_ready(results: dict[str, AnalysisResult]) -> None:
    result = results["ml_engineer"]
    assert result.score.readiness >= 75
    assert result.skill("kubernetes").status == "demonstrated"
    assert result.skill("aws-ml-specialty").present


def test_data_analyst_has_the_expected_gaps(results: dict[str, AnalysisResult]) -> None:
    result = results["data_analyst"]
    assert result.score.readiness < 40
    assert result.skill("sql").status == "demonstrated"
    # "Currently learning PyTorch", "no experience with Kubernetes", an employer named Amazon
    # and machine learning under interests do not count
    for skill_id in ("pytorch", "kubernetes", "aws", "machine-learning-algorithms"):
        assert not result.skill(skill_id).present, skill_id
    assert any(not e.accepted for e in result.skill("pytorch").evidence)
    top = [step.skill_id for step in result.learning_path]
    assert top.index("machine-learning-algorithms") < top.index("mlops")


def test_two_column_reads_the_sidebar_as_skills(results: dict[str, AnalysisResult]) -> None:
    result = results["two_column"]
    assert result.parse.columns_detected
    assert result.skill("azure").status == "demonstrated"
    assert result.skill("linux").status == "listed"
    assert result.skill("prompt-engineering").status == "demonstrated"


@pytest.mark.parametrize("job", JOBS)
def test_committed_job_targets_are_current(analyzer: Analyzer, job: str) -> None:
    target = analyzer.read_job(Path("examples/jobs") / JOBS[job])
    committed = (EXAMPLES / "reports" / "jobs" / f"{job}.job.json").read_text(encoding="utf-8")

    assert target.to_dict() == json.loads(committed)
    assert type(target).from_dict(json.loads(committed)) == target  # a saved job reads back


@pytest.mark.parametrize("job", JOBS)
@pytest.mark.parametrize("name", NAMES)
def test_committed_reports_for_a_job_are_current(analyzer: Analyzer, name: str, job: str) -> None:
    target = analyzer.read_job(EXAMPLES / "reports" / "jobs" / f"{job}.job.json")
    result = analyzer.analyze(Path("examples/resumes") / f"{name}.pdf", job=target, as_of=AS_OF)
    committed = EXAMPLES / "reports" / "jobs" / f"{name}.for_{job}.json"

    assert result.to_dict() == json.loads(committed.read_text(encoding="utf-8"))


def test_ml_engineer_fits_the_ml_job_and_the_analyst_does_not(analyzer: Analyzer) -> None:
    job = analyzer.read_job(EXAMPLES / "jobs" / JOBS["ml_engineer"])
    fits = analyzer.analyze(Path("examples/resumes/ml_engineer.pdf"), job=job, as_of=AS_OF)
    lacks = analyzer.analyze(Path("examples/resumes/data_analyst.pdf"), job=job, as_of=AS_OF)

    assert fits.target is not None and lacks.target is not None
    assert fits.score.readiness > 85 > 40 > lacks.score.readiness
    assert fits.target.required_met == fits.target.required_asked
    assert "kubernetes" in lacks.target.missing_required
    assert {s.id for s in lacks.skills} == set(job.skill_ids)  # only what the job asks is scored
    first = lacks.learning_path[0].skill_id
    assert job.requirement(first).level == "required"  # required gaps come first
    assert fits.experience is not None and fits.experience.meets_years
    assert lacks.experience is not None and lacks.experience.total_years == 7.0
