"""The terminal report: what a reader needs in about 60 lines, plain or colored, never garbled."""

from __future__ import annotations

import dataclasses
import re

import pytest
from rich.cells import cell_len

from analyzer.report import text
from analyzer.types import AnalysisResult
from tests.report.conftest import full_profile_result


def test_header_shows_file_profile_and_score(result: AnalysisResult) -> None:
    lines = text.render(result).splitlines()

    assert lines[0] == "skillgap report: ada lovelace.pdf (2 pages, pdf)"
    assert "ML Engineer" in lines[1]
    assert lines[2].startswith("Readiness: 65.9 / 100  = 100 x earned 14.5 / possible 22")


def test_every_skill_appears_with_its_status(result: AnalysisResult) -> None:
    report = text.render(result)

    for skill in result.skills:
        assert skill.name in report
    assert "+ demonstrated  1.00  very-high" in report
    assert "* listed        0.60  high" in report
    assert "~ mentioned     0.30  moderate" in report
    assert "- missing: MLOps (very-high), Kubernetes (high)" in report


def test_groups_carry_their_coverage(result: AnalysisResult) -> None:
    lines = text.render(result).splitlines()

    assert "programming: 70% covered, 2 of 3 found" in lines
    assert "soft: not scored, 0 of 1 found" in lines


def test_present_skills_show_their_first_accepted_evidence(result: AnalysisResult) -> None:
    lines = text.render(result).splitlines()
    python = next(line for line in lines if line.startswith("  Python "))
    sql = next(line for line in lines if line.startswith("  SQL "))

    assert python.endswith("p1 experience: Wrote Python ETL pipe...")
    assert "p1 skills: Python, SQL, Docker" in sql


def test_evidence_falls_back_to_its_context_without_the_resume(
    result_without_resume: AnalysisResult,
) -> None:
    lines = text.render(result_without_resume).splitlines()
    docker = next(line for line in lines if line.startswith("  Docker "))

    assert docker.endswith("p1 experience: ...FastAPI in Docker.")


def test_next_steps_give_why_a_link_and_the_certification(result: AnalysisResult) -> None:
    report = text.render(result)

    assert "Top next steps\n" in report
    assert "  2. MLOps: very-high demand, missing; up to 13.6 readiness points" in report
    assert "learn: https://ml-ops.org/content/mlops-principles" in report
    assert "certify: Certified Kubernetes Administrator (CNCF)" in report
    assert (
        "  4. Prompt Engineering: moderate demand, mentioned; up to 3.2 readiness points" in report
    )


def test_only_the_first_five_steps_are_shown() -> None:
    result = full_profile_result()
    lines = text.render(result).splitlines()

    assert f"Top next steps (5 of {len(result.learning_path)})" in lines
    assert any(line.startswith("  5. ") for line in lines)
    assert not any(line.startswith("  6. ") for line in lines)


def test_diagnostics_show_the_verdict_reasons_and_warnings_only(result: AnalysisResult) -> None:
    report = text.render(result)

    assert "Text quality: degraded (page 1 has two columns, read left then right)" in report
    assert "repairs: ligatures, mojibake" in report
    assert "warning W101 (page 1): page 1 has two columns; read left then right" in report
    assert "language: English" not in report


def test_a_typical_profile_fits_in_about_sixty_lines() -> None:
    lines = text.render(full_profile_result()).splitlines()

    assert len(lines) <= 62
    assert max(cell_len(line) for line in lines) <= text.WIDTH


def test_plain_output_is_ascii_without_escapes(
    result: AnalysisResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("TTY_COMPATIBLE", "1")

    report = text.render(result, color=False)

    assert report.isascii()
    assert "\x1b" not in report
    assert report.endswith("\n")


def test_color_output_has_styles_and_symbols(result: AnalysisResult) -> None:
    report = text.render(result, color=True)

    assert "\x1b[" in report
    assert "✔ demonstrated" in report
    assert "✘ missing" in report


def with_first_evidence(result: AnalysisResult, skill_id: str, **changes: object) -> AnalysisResult:
    skills = tuple(
        dataclasses.replace(
            s, evidence=(dataclasses.replace(s.evidence[0], **changes), *s.evidence[1:])
        )
        if s.id == skill_id
        else s
        for s in result.skills
    )
    return dataclasses.replace(result, skills=skills)


@pytest.mark.parametrize("color", [False, True])
def test_control_characters_from_the_resume_never_reach_the_terminal(
    result_without_resume: AnalysisResult, color: bool
) -> None:
    hostile = "Docker \x1b]0;owned\x07\x1b[2J\rdone"
    result = with_first_evidence(result_without_resume, "docker", text="Docker", context=hostile)

    report = text.render(result, color=color)

    without_styles = re.sub(r"\x1b\[[0-9;]*m", "", report)
    assert "\x1b" not in without_styles
    assert "\x07" not in report
    assert "\r" not in report
    assert "p1 experience: Docker \ufffd]0;owned\ufffd\ufffd[2J" in without_styles


def test_wide_characters_keep_the_columns(result_without_resume: AnalysisResult) -> None:
    result = with_first_evidence(
        result_without_resume, "sql", text="SQL", context="数据仓库 SQL 查询优化 " * 4
    )

    lines = text.render(result).splitlines()

    assert max(cell_len(line) for line in lines) <= text.WIDTH


def test_missing_scored_skills_wrap_and_unscored_ones_take_one_line(
    result: AnalysisResult,
) -> None:
    mlops = result.skill("mlops")
    many = tuple(
        dataclasses.replace(mlops, id=f"mlops-{n}", name=f"Long scored skill name {n}")
        for n in range(8)
    )
    certification = result.skill("aws-ml-specialty")
    certifications = tuple(
        dataclasses.replace(certification, id=f"cert-{n}", name=f"Certificate number {n}")
        for n in range(12)
    )
    crowded = dataclasses.replace(result, skills=(*result.skills, *many, *certifications))

    report = text.render(crowded)

    for skill in many:
        assert skill.name in report
    assert (
        "  - missing: AWS Certified Machine Learning - Specialty, Certificate number 0," in report
    )
    assert "Certificate number 0, +11 more\n" in report
