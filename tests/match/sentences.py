"""What the vocabulary tests share: a written sentence, the skill it must (or must not) show, and
resumes of people outside ML that must show no ML skill, all through the real matcher."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest

from analyzer.engine import Analyzer
from analyzer.match.matcher import SkillMatcher
from analyzer.types import SectionKind
from tests.builders import resume_from_sections

Case = tuple[SectionKind, str, str, bool]
"""(section kind, sentence, skill id, whether the skill must be shown)."""

Section = tuple[SectionKind, str, str]
"""(kind, heading, body) of one section of a written resume."""

ML_SKILLS = frozenset(
    {
        "statistics", "probability", "linear-algebra", "calculus", "machine-learning-algorithms",
        "supervised-learning", "unsupervised-learning", "reinforcement-learning", "deep-learning",
        "pytorch", "tensorflow", "keras", "mlops", "mlflow", "model-deployment",
        "model-monitoring", "aws-machine-learning", "generative-ai", "llm-development",
        "prompt-engineering", "data-processing", "model-evaluation",
    }
)  # fmt: skip
"""The skills only ML, data and research work shows."""


def shown(matcher: SkillMatcher, section: SectionKind, text: str) -> set[str]:
    """The skills with accepted evidence in a one-section resume."""
    evidence = matcher.match(resume_from_sections([(section, section.title(), text)]))
    return {skill for skill, items in evidence.items() if any(e.accepted for e in items)}


def sentence_cases(cases: Sequence[Case]) -> Callable[[Any], Any]:
    """The test's parameters, one per case, named by skill, sentence and verdict."""
    return pytest.mark.parametrize(
        ("section", "text", "skill", "expected"),
        cases,
        ids=[f"{skill}:{text[:40]}:{expected}" for _, text, skill, expected in cases],
    )


def sentence_test(cases: Sequence[Case]) -> Callable[..., None]:
    """A test that each case's sentence, alone in a section of its kind, shows its skill or not
    (bound to a module's ``test_*`` name, pytest collects it there)."""

    @sentence_cases(cases)
    def test(
        builtin_matcher: SkillMatcher, section: SectionKind, text: str, skill: str, expected: bool
    ) -> None:
        assert (skill in shown(builtin_matcher, section, text)) is expected

    return test


def ml_skills_shown(matcher: SkillMatcher, parts: list[Section]) -> set[str]:
    """The ML skills with accepted evidence in a resume of (kind, heading, body) sections."""
    evidence = matcher.match(resume_from_sections(parts))
    return {s for s, items in evidence.items() if any(e.accepted for e in items)} & ML_SKILLS


def present_statuses(analyzer: Analyzer, text: str) -> dict[str, str]:
    """Skill id -> status of the skills an analysed written resume shows."""
    result = analyzer.analyze_text(text)
    return {s.id: s.status for s in result.skills if s.present}
