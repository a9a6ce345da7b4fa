"""Statuses, strengths, readiness and gap ranking on hand-made evidence."""

from __future__ import annotations

import pytest

from analyzer.config import AnalyzerConfig
from analyzer.errors import ConfigError
from analyzer.recommend import learning_path
from analyzer.score import StatusPolicy, assess
from analyzer.types import Evidence, EvidenceForm, MatchType, SectionKind
from tests.builders import tiny_lexicon

LEXICON = tiny_lexicon()


def ev(
    skill_id: str, section: SectionKind, *, accepted: bool = True, match_type: MatchType = "alias"
) -> Evidence:
    return Evidence(skill_id, "x", 0, 1, 1, section, match_type, "x", "x", accepted=accepted)


def assess_with(
    evidence: dict[str, tuple[Evidence, ...]],
    profile: str = "ml-engineer",
    config: AnalyzerConfig | None = None,
):  # type: ignore[no-untyped-def]
    return assess(evidence, LEXICON, LEXICON.profile(profile), config or AnalyzerConfig())


@pytest.mark.parametrize(
    ("sections", "status", "strength"),
    [
        (["experience"], "demonstrated", 1.0),
        (["projects"], "demonstrated", 1.0),
        (["skills"], "listed", 0.9),
        (["certifications"], "listed", 0.9),
        (["education"], "mentioned", 0.8),
        (["summary"], "mentioned", 0.8),
        (["skills", "experience", "education"], "demonstrated", 1.0),
        ([], "missing", 0.0),
    ],
)
def test_status_is_the_best_section(
    sections: list[SectionKind], status: str, strength: float
) -> None:
    result = assess_with({"python": tuple(ev("python", s) for s in sections)})
    python = next(s for s in result.skills if s.id == "python")
    assert (python.status, python.strength, python.present) == (status, strength, bool(sections))


def test_rejected_evidence_does_not_count() -> None:
    result = assess_with({"python": (ev("python", "experience", accepted=False),)})
    python = next(s for s in result.skills if s.id == "python")
    assert (python.present, python.status, len(python.evidence)) == (False, "missing", 1)


def test_fuzzy_evidence_is_at_most_listed() -> None:
    result = assess_with({"python": (ev("python", "experience", match_type="fuzzy"),)})
    assert next(s for s in result.skills if s.id == "python").status == "listed"


def test_readiness_is_demand_weighted_strength() -> None:
    # scored: python 3, sql 2, git 1, deep-learning 3, pytorch 2, kubernetes 2,
    # model-deployment 1, llm-development 3, model-evaluation 1  -> 18
    result = assess_with({"python": (ev("python", "experience"),), "sql": (ev("sql", "skills"),)})
    assert result.score.possible == 18
    assert result.score.earned == pytest.approx(3 * 1.0 + 2 * 0.9)
    assert result.score.readiness == round(100 * 4.8 / 18, 1)
    assert "sum(weight * strength)" in result.score.formula


def test_soft_skills_and_certifications_are_reported_not_scored() -> None:
    result = assess_with({"communication": (ev("communication", "summary"),)})
    soft = next(s for s in result.skills if s.id == "communication")
    cert = next(s for s in result.skills if s.id == "tensorflow-developer")
    assert (soft.present, soft.scored, soft.weight) == (True, False, 0.0)
    assert (cert.scored, cert.weight) == (False, 0.0)
    assert result.score.earned == 0


def test_soft_skills_can_be_scored() -> None:
    config = AnalyzerConfig(score_soft_skills=True, soft_skill_weight=0.5)
    result = assess_with({"communication": (ev("communication", "summary"),)}, config=config)
    assert result.score.possible == 18.5
    assert result.score.earned == pytest.approx(0.5 * 0.8)


def test_profile_weights_override_demand() -> None:
    result = assess_with({}, profile="ai-engineer")
    llm = next(s for s in result.skills if s.id == "llm-development")
    assert llm.weight == 5.0
    assert result.gaps[0].skill_id == "llm-development"


def test_gaps_rank_by_points_missing_then_demand_then_roadmap() -> None:
    result = assess_with({"python": (ev("python", "skills"),)})
    order = [(g.skill_id, g.points_missing) for g in result.gaps]
    assert order[:4] == [
        ("deep-learning", 3.0),
        ("llm-development", 3.0),
        ("sql", 2.0),
        ("pytorch", 2.0),
    ]
    assert ("python", 0.3) in order  # listed: 3 * (1 - 0.9)
    assert [g.priority for g in result.gaps] == list(range(1, len(result.gaps) + 1))


def test_configurable_weights_are_validated() -> None:
    with pytest.raises(ConfigError, match="must be >= 0"):
        AnalyzerConfig(demand_weights={"very-high": -1})
    with pytest.raises(ConfigError, match="unknown status"):
        AnalyzerConfig(section_status={"skills": "expert"})


def test_learning_path_orders_by_roadmap_then_demand() -> None:
    result = assess_with({"python": (ev("python", "experience"),), "git": (ev("git", "skills"),)})
    path = learning_path(result.gaps, LEXICON)
    assert [s.skill_id for s in path] == [
        "sql",
        "deep-learning",
        "pytorch",
        "kubernetes",
        "model-deployment",
        "llm-development",
        "model-evaluation",
    ]  # git is listed already: a claimed skill, not a learning step
    sql = path[0]
    assert (sql.order, sql.roadmap_step, sql.roadmap_stage) == (1, 1, "Programming foundations")
    assert sql.resources[0].url.startswith("https://")
    deep = next(s for s in path if s.skill_id == "deep-learning")
    assert deep.certification is not None and deep.certification.provider == "TensorFlow"
    k8s = next(s for s in path if s.skill_id == "kubernetes")
    assert [p.id for p in k8s.projects] == ["k8s-serving"]


@pytest.mark.parametrize(
    ("section", "form", "match_type", "status"),
    [
        ("other", "action", "alias", "demonstrated"),
        ("contact", "list", "alias", "listed"),
        ("summary", None, "alias", "mentioned"),
        ("experience", "list", "alias", "demonstrated"),  # the form never lowers a status
        ("education", "list", "alias", "mentioned"),  # a coursework list keeps its meaning
        ("education", "action", "alias", "demonstrated"),  # a project under a dated degree
        ("other", "action", "fuzzy", "listed"),  # a near miss stays at most listed
    ],
)
def test_the_form_of_a_line_raises_its_status(
    section: SectionKind, form: EvidenceForm | None, match_type: MatchType, status: str
) -> None:
    evidence = Evidence("python", "x", 0, 1, 1, section, match_type, "x", "x", shown_as=form)
    python = next(s for s in assess_with({"python": (evidence,)}).skills if s.id == "python")
    assert python.status == status


def test_one_policy_decides_statuses_and_the_sections_that_do_not_count() -> None:
    profile = LEXICON.profile("ml-engineer")
    policy = StatusPolicy.of(AnalyzerConfig(section_status={"interests": None}), profile)
    assert policy.ignored_sections == ("interests",)
    action = Evidence("python", "x", 0, 1, 1, "other", "alias", "x", "x", shown_as="action")
    assert policy.status(action) == "demonstrated"
    with pytest.raises(ConfigError, match="form_status"):
        AnalyzerConfig(form_status={"action": "expert"})
