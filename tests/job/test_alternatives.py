"""Alternatives a posting accepts, and a resume that shows one of them."""

from __future__ import annotations

from datetime import date

import pytest

from analyzer import Analyzer


def groups_of(analyzer: Analyzer, line: str) -> list[tuple[str, ...]]:
    target = analyzer.read_job(f"Engineer\n\nRequirements\n- Strong communication\n- {line}\n")
    return [(*g.skills, *g.terms) for g in target.any_of]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Hands-on time with GCP, Azure or AWS", [("gcp", "azure", "aws")]),
        ("Fluent in Go or Python", [("python", "Go")]),  # skills, then other terms
        ("Experience with PyTorch/TensorFlow", [("pytorch", "tensorflow")]),
        ("Kubernetes, Docker or another container runtime", [("kubernetes", "docker")]),
        ("GCP (ideally), Azure, AWS, etc.", [("gcp", "azure", "aws")]),
        ("Libraries such as Keras, TensorFlow", [("keras", "tensorflow")]),
        ("Python, SQL and Docker", []),  # all of them
        ("Python and SQL; Kubernetes or Docker", [("kubernetes", "docker")]),
    ],
)
def test_groups(analyzer: Analyzer, line: str, expected: list[tuple[str, ...]]) -> None:
    assert groups_of(analyzer, line) == expected


def test_one_alternative_meets_the_group_and_soft_skills_are_not_counted(
    analyzer: Analyzer,
) -> None:
    job = analyzer.read_job(
        "Engineer\n\nRequirements\n- Hands-on time with GCP, Azure or AWS\n- Kubernetes\n"
        "- Excellent communication skills\n"
    )
    resume = "Ada\n\nEXPERIENCE\nEngineer, Acme (2020 - 2024)\n- Ran services on GCP.\n"
    result = analyzer.analyze_text(resume, job=job, as_of=date(2025, 1, 1))
    target = result.target
    assert target is not None
    by_id = {r.id: r for r in target.requirements}

    assert by_id["gcp"].met and by_id["aws"].met_by_alternative == "Google Cloud"
    assert not by_id["kubernetes"].met and by_id["kubernetes"].met_by_alternative is None
    assert target.missing_required == ("kubernetes",)  # communication is listed, not counted
    assert (target.required_met, target.required_asked) == (3, 4)
    assert "communication" in by_id and result.skill("communication").scored is False
    # the alternatives the resume does not need cost no points: only GCP and Kubernetes score
    assert (by_id["aws"].weight, by_id["aws"].factor) == (0.0, 0.0)
    assert result.score.possible == by_id["gcp"].weight + by_id["kubernetes"].weight
    assert [g.skill_id for g in result.gaps] == ["kubernetes"]
