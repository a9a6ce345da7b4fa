"""The front door: one Analyzer, reused across calls and threads; results are immutable and
serialise to the JSON contract."""

from __future__ import annotations

import dataclasses
import json
from concurrent.futures import ThreadPoolExecutor

import pytest

from analyzer import SCHEMA_VERSION, Analyzer, AnalyzerConfig, analyze_resume
from analyzer.errors import ConfigError
from skill_lexicon import Profile
from tests.builders import tiny_lexicon

RESUME = """Ada Lovelace
ada@example.org

EXPERIENCE
- Built data pipelines in Python and deployed models to production on Kubernetes.

SKILLS
PyTorch, SQL

EDUCATION
Coursework: Git
"""

CONTRACT_KEYS = {
    "schema_version",
    "analyzer_version",
    "source",
    "profile",
    "score",
    "skills",
    "gaps",
    "learning_path",
    "diagnostics",
}
SKILL_KEYS = {
    "id",
    "name",
    "group",
    "demand",
    "weight",
    "present",
    "status",
    "strength",
    "evidence",
}


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(lexicon=tiny_lexicon())


def test_statuses_follow_sections(analyzer: Analyzer) -> None:
    result = analyzer.analyze_text(RESUME, name="ada.txt")
    status = {s.id: s.status for s in result.skills}
    assert status["python"] == "demonstrated"
    assert status["kubernetes"] == "demonstrated"
    assert status["pytorch"] == "listed"
    assert status["deep-learning"] == "listed"  # implied by PyTorch in the skills list
    assert status["git"] == "mentioned"
    assert status["llm-development"] == "missing"


def test_result_is_immutable(analyzer: Analyzer) -> None:
    result = analyzer.analyze_text(RESUME)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.score = result.score  # type: ignore[misc]
    with pytest.raises(TypeError):
        result.score.demand_weights["high"] = 9  # type: ignore[index]


def test_json_contract(analyzer: Analyzer) -> None:
    data = json.loads(analyzer.analyze_text(RESUME, name="ada.txt").to_json())
    assert set(data) >= CONTRACT_KEYS
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["source"]["path"] == "ada.txt"
    assert len(data["source"]["sha256"]) == 64
    assert data["profile"]["id"] == "ml-engineer"
    assert {s["id"] for s in data["skills"]} == set(tiny_lexicon().skills)
    for skill in data["skills"]:
        assert set(skill) >= SKILL_KEYS
        for e in skill["evidence"]:
            assert RESUME[e["start"] : e["end"]] == e["text"]
    assert "readiness" in data["score"] and "formula" in data["score"]
    parse = data["diagnostics"]["parse"]
    assert parse["text_quality"] == "degraded"  # a resume this short is flagged, yet analysed
    assert any("little text" in reason for reason in parse["reasons"])


def test_profiles_change_weights_and_unknown_profile_is_named(analyzer: Analyzer) -> None:
    ml = analyzer.analyze_text(RESUME)
    ai = analyzer.analyze_text(RESUME, profile="ai-engineer")
    assert ai.profile.id == "ai-engineer"
    assert ai.skill("llm-development").weight == 5.0
    assert ai.score.readiness < ml.score.readiness
    with pytest.raises(ConfigError, match=r"unknown profile 'nope'.*ai-engineer, ml-engineer"):
        analyzer.analyze_text(RESUME, profile="nope")


def test_a_job_and_a_profile_at_once_are_refused_by_every_entry_point(analyzer: Analyzer) -> None:
    job = analyzer.read_job("ML Engineer\n\nRequirements\n- Python and SQL\n- PyTorch\n")
    extracted = analyzer.analyze_text(RESUME)._resume
    assert extracted is not None

    for analyse in (
        lambda **chosen: analyzer.analyze_text(RESUME, **chosen),
        lambda **chosen: analyzer.analyze_extracted(extracted, **chosen),
    ):
        with pytest.raises(ConfigError, match="give a job or a profile, not both"):
            analyse(profile="ml-engineer", job=job)
        assert analyse(job=job).target is not None
        assert analyse(profile="ai-engineer").profile.id == "ai-engineer"


def test_one_analyzer_serves_many_threads(analyzer: Analyzer) -> None:
    texts = [RESUME.replace("Kubernetes", "k8s" if i % 2 else "Kubernetes") for i in range(16)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(analyzer.analyze_text, texts))
    expected = analyzer.analyze_text(RESUME).to_dict()
    for result in results:
        assert result.score.readiness == expected["score"]["readiness"]


def test_config_reaches_the_score() -> None:
    strict = Analyzer(
        lexicon=tiny_lexicon(),
        config=AnalyzerConfig(
            status_strength={"demonstrated": 1.0, "listed": 0.0, "mentioned": 0.0, "missing": 0.0}
        ),
    )
    result = strict.analyze_text(RESUME)
    assert result.skill("pytorch").strength == 0.0
    assert result.skill("python").strength == 1.0


def test_analyze_resume_reads_a_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "ada.txt"
    path.write_text(RESUME, encoding="utf-8")
    result = analyze_resume(path, lexicon=tiny_lexicon())
    assert result.source.media_type == "text"
    assert result.skill("python").present


def test_a_resume_without_skill_sections_gets_one_coverage_warning(analyzer: Analyzer) -> None:
    text = "Ada Lovelace\n\nEDUCATION\nBSc Mathematics, 2010\nPython, SQL\n"
    result = analyzer.analyze_text(text)
    notes = [d for d in result.diagnostics if d.code == "sections"]
    assert len(notes) == 1
    assert "no skills, experience or projects section" in notes[0].message
    assert result.skill("sql").status == "mentioned"  # education keeps its meaning


def test_the_profile_is_resolved_once_per_call(
    analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str | None] = []
    resolve = Analyzer.profile

    def counting(self: Analyzer, profile_id: str | None = None) -> Profile:
        calls.append(profile_id)
        return resolve(self, profile_id)

    monkeypatch.setattr(Analyzer, "profile", counting)
    analyzer.analyze_text(RESUME, profile="ml-engineer")
    assert calls == ["ml-engineer"]
