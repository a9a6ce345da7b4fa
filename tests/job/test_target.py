"""A resume scored for a job: weights are demand x requirement factor, skills not asked drop out,
required gaps come first, unlisted terms are looked for, and the report's target block is valid."""

from __future__ import annotations

import json
from datetime import date

import pytest

from analyzer import Analyzer, AnalyzerConfig
from analyzer.errors import ConfigError
from analyzer.report import json as json_report
from analyzer.report import render
from tests.report import minischema

JOB = """\
Machine Learning Engineer

Responsibilities
- Deploy models to production

Requirements
- 3+ years with Python and PyTorch
- Kubernetes
- Java

Nice to have
- Docker
- Terraform
"""

RESUME = """\
Ada Lovelace
ada@example.org

EXPERIENCE
ML Engineer, Acme (Jan 2023 - Present)
- Trained PyTorch models in Python; shipped them with Docker and Terraform.

SKILLS
SQL, Git
"""


@pytest.fixture(scope="module")
def scored(analyzer: Analyzer):  # type: ignore[no-untyped-def]
    job = analyzer.read_job(JOB)
    return job, analyzer.analyze_text(RESUME, job=job, as_of=date(2025, 1, 1))


def test_only_the_skills_asked_are_scored(scored) -> None:  # type: ignore[no-untyped-def]
    job, result = scored

    assert [s.id for s in result.skills] == list(job.skill_ids)
    assert "sql" not in {s.id for s in result.skills}  # on the resume, not asked
    assert result.profile.id == "job"


def test_weights_are_demand_times_the_requirement_factor(scored) -> None:  # type: ignore[no-untyped-def]
    _, result = scored
    target = result.target
    weights = {r.id: (r.level, r.demand_weight, r.factor, r.weight) for r in target.requirements}

    assert weights["python"] == ("required", 3.0, 1.0, 3.0)
    assert weights["kubernetes"] == ("required", 2.0, 1.0, 2.0)
    assert weights["docker"] == ("preferred", 1.0, 0.5, 0.5)
    assert result.skill("docker").weight == 0.5
    possible = sum(s.weight for s in result.skills if s.scored)
    assert result.score.possible == pytest.approx(possible)


def test_met_missing_and_must_haves(scored) -> None:  # type: ignore[no-untyped-def]
    _, result = scored
    target = result.target
    met = {r.id: r.met for r in target.requirements}

    assert met["python"] and met["pytorch"] and met["docker"]
    assert not met["kubernetes"]
    assert "kubernetes" in target.missing_required
    assert (target.required_met, target.required_asked) == (
        sum(r.met for r in target.requirements if r.level == "required"),
        sum(r.level == "required" for r in target.requirements),
    )
    terms = {t.name: (t.level, t.met) for t in target.unlisted_terms}
    assert terms == {"Java": ("required", False), "Terraform": ("preferred", True)}
    assert "Terraform" in (
        next(t for t in target.unlisted_terms if t.name == "Terraform").resume_evidence or ""
    )


def test_required_gaps_come_first_in_the_learning_path(scored) -> None:  # type: ignore[no-untyped-def]
    job, result = scored
    levels = [job.requirement(step.skill_id).level for step in result.learning_path]

    assert levels == sorted(levels, key=lambda level: level != "required")
    assert [step.skill_id for step in result.learning_path][:3] == [
        "mlops",  # roadmap step 5, very high demand
        "kubernetes",
        "model-deployment",
    ]


def test_years_asked_against_years_shown(scored) -> None:  # type: ignore[no-untyped-def]
    _, result = scored

    assert result.experience.years_asked == 3.0
    assert result.experience.total_years == 2.0
    assert result.experience.meets_years is False


def test_the_factors_are_configurable(analyzer: Analyzer) -> None:
    config = AnalyzerConfig(requirement_factors={"required": 1.0, "preferred": 0.0})
    other = Analyzer(lexicon=analyzer.lexicon, config=config, nlp=analyzer._matcher.nlp)
    result = other.analyze_text(RESUME, job=analyzer.read_job(JOB))

    assert result.skill("docker").weight == 0.0
    with pytest.raises(ConfigError, match="requirement factor"):
        AnalyzerConfig(requirement_factors={"required": 1.0, "preferred": -1.0})


def test_the_report_with_a_target_follows_the_contract(scored) -> None:  # type: ignore[no-untyped-def]
    _, result = scored
    contract = json.loads(json_report.render(result))

    assert minischema.errors(contract, json_report.contract_schema()) == []
    assert contract["target"]["title"] == "Machine Learning Engineer"
    assert contract["experience"]["as_of"] == "2025-01-01"


def test_text_html_and_csv_show_the_job(scored) -> None:  # type: ignore[no-untyped-def]
    _, result = scored

    text = render(result, "text")
    assert "Job: Machine Learning Engineer" in text
    assert "Must-haves missing: MLOps, Kubernetes, Model Deployment" in text
    assert "MISSING required  Kubernetes" in text
    html = render(result, "html")
    assert '<h2 id="target">The job</h2>' in html and "Must-haves missing" in html
    csv_lines = render(result, "csv").splitlines()
    assert csv_lines[0].endswith(",requirement,years")
    assert any(line.startswith("docker,") and ",preferred," in line for line in csv_lines)
