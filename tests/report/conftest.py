"""Analysis results built by hand, so the renderers are tested without the engine.

`sample_result()` is a small, realistic result: a two-page resume whose text holds markup and an
ampersand, skills in every status (one implied, one only near rejected evidence), ranked gaps, and
a learning path with a hostile resource URL. `full_profile_result()` is a 42-skill result shaped
like the default profile, for the length of the text report.
"""

from __future__ import annotations

import pytest

from analyzer.types import (
    AnalysisResult,
    Certification,
    Diagnostic,
    Evidence,
    ExtractedResume,
    Gap,
    LearningStep,
    MatchType,
    PageSpan,
    PageStats,
    ParseReport,
    ProfileInfo,
    ProjectIdea,
    Resource,
    Score,
    Section,
    SectionKind,
    SkillAssessment,
    SourceInfo,
    Status,
    frozen_mapping,
)

SCRIPT = "<script>document.title='PWNED'</script>"
ALERT = "<script>alert(1)</script>"
"""Markup in the resume: a report that runs it, or shows it as anything but text, is broken."""

PAGE_ONE = f"""\
Ada Lovelace
ada@example.com | github.com/ada

SUMMARY
ML engineer at Analytical Engines & Co. who ships models; R&D lead.
Portfolio: {SCRIPT} prompt engineering demos & more {ALERT}

SKILLS
Python, SQL, Docker, PyTorch, Kubernetes (currently learning)

EXPERIENCE
Machine Learning Engineer, Analytical Engines & Co. (2021-2024)
- Built PyTorch models for demand forecasting, served with FastAPI in Docker.
- Wrote Python ETL pipelines that process 2 TB of data a day.
"""
PAGE_TWO = """\
PROJECTS
- Fine-tuned a Llama model with LoRA to triage support tickets.

INTERESTS
Would like to learn Kubernetes.
"""
TEXT = PAGE_ONE + PAGE_TWO

DEMAND_WEIGHTS = {"very-high": 3.0, "high": 2.0, "moderate": 1.0, "valued": 0.0, "none": 0.0}
STATUS_STRENGTH = {"demonstrated": 1.0, "listed": 0.6, "mentioned": 0.3, "missing": 0.0}
FORMULA = (
    "readiness = 100 * sum(weight * strength) / sum(weight) over scored skills; "
    "gap points_missing = weight * (1 - strength)"
)


def _sections() -> tuple[Section, ...]:
    headings: list[tuple[SectionKind, str]] = [
        ("summary", "SUMMARY"),
        ("skills", "SKILLS"),
        ("experience", "EXPERIENCE"),
        ("projects", "PROJECTS"),
        ("interests", "INTERESTS"),
    ]
    starts = [0] + [TEXT.index(heading + "\n") for _, heading in headings] + [len(TEXT)]
    kinds: list[tuple[SectionKind, str]] = [("contact", ""), *headings]
    return tuple(
        Section(kind, heading, start, end, 1 if start < len(PAGE_ONE) else 2)
        for (kind, heading), start, end in zip(kinds, starts, starts[1:], strict=False)
    )


PARSE = ParseReport(
    pages=(PageStats(1, len(PAGE_ONE), 2), PageStats(2, len(PAGE_TWO), 1)),
    unmapped_glyph_share=0.0,
    mojibake=1,
    letter_spaced_headings=0,
    icon_glyphs=2,
    language="en",
    ocr=False,
    repairs=("ligatures", "mojibake"),
    text_quality="degraded",
    reasons=("page 1 has two columns, read left then right",),
)

RESUME = ExtractedResume(
    path="resumes/ada lovelace.pdf",
    sha256="ab" * 32,
    media_type="pdf",
    text=TEXT,
    pages=(PageSpan(1, 0, len(PAGE_ONE)), PageSpan(2, len(PAGE_ONE), len(TEXT))),
    sections=_sections(),
    parse=PARSE,
)


def evidence(
    skill_id: str,
    phrase: str,
    section: SectionKind,
    match_type: MatchType = "alias",
    *,
    rule: str | None = None,
    accepted: bool = True,
    reason: str | None = None,
    implied_by: str | None = None,
    similarity: float = 1.0,
) -> Evidence:
    """Evidence for `phrase` at its first place in `section` of the sample resume."""
    area = next(s for s in RESUME.sections if s.kind == section)
    start = TEXT.index(phrase, area.start, area.end)
    end = start + len(phrase)
    line_start = TEXT.rfind("\n", 0, start) + 1
    line_end = TEXT.find("\n", end)
    return Evidence(
        skill_id=skill_id,
        text=phrase,
        start=start,
        end=end,
        page=RESUME.page_at(start),
        section=section,
        match_type=match_type,
        rule=rule if rule is not None else phrase.lower(),
        context=TEXT[line_start:line_end],
        similarity=similarity,
        accepted=accepted,
        reason=reason,
        implied_by=implied_by,
    )


def skill(
    skill_id: str,
    name: str,
    group: str,
    demand: str,
    status: Status,
    found: tuple[Evidence, ...] = (),
    *,
    scored: bool = True,
) -> SkillAssessment:
    return SkillAssessment(
        id=skill_id,
        name=name,
        group=group,
        demand=demand,
        weight=DEMAND_WEIGHTS[demand] if scored else 0.0,
        scored=scored,
        present=any(e.accepted for e in found),
        status=status,
        strength=STATUS_STRENGTH[status],
        evidence=found,
    )


def score_of(skills: tuple[SkillAssessment, ...]) -> Score:
    scored = [s for s in skills if s.scored]
    earned = sum(s.weight * s.strength for s in scored)
    possible = sum(s.weight for s in scored)
    return Score(
        readiness=round(100 * earned / possible, 1),
        earned=round(earned, 3),
        possible=round(possible, 3),
        formula=FORMULA,
        demand_weights=frozen_mapping(DEMAND_WEIGHTS),
        status_strength=frozen_mapping(STATUS_STRENGTH),
    )


def gaps_of(skills: tuple[SkillAssessment, ...]) -> tuple[Gap, ...]:
    short = sorted(
        (s for s in skills if s.scored and s.strength < 1),
        key=lambda s: (-s.weight * (1 - s.strength), -s.weight),
    )
    return tuple(
        Gap(
            skill_id=s.id,
            name=s.name,
            group=s.group,
            demand=s.demand,
            status=s.status,
            weight=s.weight,
            strength=s.strength,
            points_missing=round(s.weight * (1 - s.strength), 3),
            priority=rank,
        )
        for rank, s in enumerate(short, start=1)
    )


def sample_skills() -> tuple[SkillAssessment, ...]:
    pytorch_at_work = evidence("pytorch", "PyTorch", "experience")
    return (
        skill(
            "python",
            "Python",
            "programming",
            "very-high",
            "demonstrated",
            (evidence("python", "Python", "experience"), evidence("python", "Python", "skills")),
        ),
        skill("sql", "SQL", "programming", "high", "listed", (evidence("sql", "SQL", "skills"),)),
        skill(
            "git",
            "Git",
            "programming",
            "moderate",
            "missing",
            (
                evidence(
                    "git",
                    "github",
                    "contact",
                    accepted=False,
                    reason="a github.com link in the contact line is not evidence",
                ),
            ),
        ),
        skill(
            "deep-learning",
            "Deep Learning",
            "deep-learning",
            "very-high",
            "demonstrated",
            (evidence("deep-learning", "PyTorch", "experience", "implied", implied_by="pytorch"),),
        ),
        skill(
            "pytorch",
            "PyTorch",
            "deep-learning",
            "high",
            "demonstrated",
            (pytorch_at_work, evidence("pytorch", "PyTorch", "skills")),
        ),
        skill(
            "docker",
            "Docker",
            "mlops",
            "moderate",
            "demonstrated",
            (evidence("docker", "Docker", "experience"),),
        ),
        skill(
            "kubernetes",
            "Kubernetes",
            "mlops",
            "high",
            "missing",
            (
                evidence(
                    "kubernetes",
                    "Kubernetes",
                    "skills",
                    accepted=False,
                    reason="a wish: 'currently learning'",
                ),
                evidence(
                    "kubernetes",
                    "Kubernetes",
                    "interests",
                    accepted=False,
                    reason="interests do not count",
                ),
            ),
        ),
        skill("mlops", "MLOps", "mlops", "very-high", "missing"),
        skill(
            "llm-development",
            "LLM Development",
            "generative-ai",
            "very-high",
            "demonstrated",
            (
                evidence(
                    "llm-development",
                    "Llama",
                    "projects",
                    "pattern",
                    rule='[{"LOWER": "llama"}] <llm & "fine-tune">',
                ),
            ),
        ),
        skill(
            "prompt-engineering",
            "Prompt Engineering",
            "generative-ai",
            "moderate",
            "mentioned",
            (evidence("prompt-engineering", "prompt engineering", "summary"),),
        ),
        skill(
            "data-processing",
            "Data Processing",
            "data",
            "moderate",
            "demonstrated",
            (
                evidence(
                    "data-processing", "ETL pipelines", "experience", "lemma", rule="etl pipeline"
                ),
            ),
        ),
        skill("communication", "Communication", "soft", "valued", "missing", scored=False),
        skill(
            "aws-ml-specialty",
            "AWS Certified Machine Learning - Specialty",
            "certification",
            "none",
            "missing",
            scored=False,
        ),
    )


def sample_learning_path() -> tuple[LearningStep, ...]:
    return (
        LearningStep(
            order=1,
            skill_id="git",
            name="Git",
            demand="moderate",
            priority=3,
            roadmap_step=1,
            roadmap_stage="Programming foundations",
            resources=(
                Resource("Pro Git", "https://git-scm.com/book/en/v2", "book"),
                Resource("Hostile link", "javascript:alert(1)", "docs"),
            ),
            certification=None,
            projects=(),
        ),
        LearningStep(
            order=2,
            skill_id="mlops",
            name="MLOps",
            demand="very-high",
            priority=1,
            roadmap_step=5,
            roadmap_stage="MLOps",
            resources=(
                Resource("MLOps principles", "https://ml-ops.org/content/mlops-principles"),
                Resource("Search", "https://example.org/search?q=mlops&lang=en", "course"),
            ),
            certification=None,
            projects=(
                ProjectIdea(
                    "k8s-serving",
                    "Model serving on Kubernetes",
                    "Serve a model behind an API, monitor drift & latency.",
                    ("kubernetes", "mlops"),
                ),
            ),
        ),
        LearningStep(
            order=3,
            skill_id="kubernetes",
            name="Kubernetes",
            demand="high",
            priority=2,
            roadmap_step=5,
            roadmap_stage="MLOps",
            resources=(Resource("Kubernetes documentation", "https://kubernetes.io/docs/"),),
            certification=Certification(
                "cka",
                "Certified Kubernetes Administrator",
                "CNCF",
                "https://www.cncf.io/training/certification/cka/",
            ),
            projects=(),
        ),
        LearningStep(
            order=4,
            skill_id="prompt-engineering",
            name="Prompt Engineering",
            demand="moderate",
            priority=5,
            roadmap_step=99,
            roadmap_stage="",
            resources=(),
            certification=None,
            projects=(),
        ),
    )


def sample_result(*, with_resume: bool = True) -> AnalysisResult:
    skills = sample_skills()
    return AnalysisResult(
        source=SourceInfo(RESUME.path, RESUME.sha256, len(RESUME.pages), RESUME.media_type),
        profile=ProfileInfo("ml-engineer", "ML Engineer", "1.0"),
        score=score_of(skills),
        skills=skills,
        gaps=gaps_of(skills),
        learning_path=sample_learning_path(),
        parse=PARSE,
        diagnostics=(
            Diagnostic("W101", "page 1 has two columns; read left then right", "warning", 1),
            Diagnostic("I001", "language: English", "info"),
        ),
        analyzer_version="0.1.0",
        _resume=RESUME if with_resume else None,
    )


FULL_PROFILE_GROUPS = (
    ("programming", 4, "high"),
    ("mathematics", 4, "moderate"),
    ("machine-learning", 4, "very-high"),
    ("deep-learning", 4, "high"),
    ("mlops", 7, "moderate"),
    ("cloud", 4, "moderate"),
    ("generative-ai", 3, "very-high"),
    ("data", 2, "moderate"),
    ("soft", 6, "valued"),
    ("certification", 4, "none"),
)


STATUS_CYCLE: tuple[Status, ...] = ("demonstrated", "missing", "listed", "missing", "missing")


def full_profile_result() -> AnalysisResult:
    """42 skills in 10 groups, two in five found: a typical resume against the default profile."""
    python = evidence("python", "Python", "experience")
    skills: list[SkillAssessment] = []
    for group, count, demand in FULL_PROFILE_GROUPS:
        for n in range(count):
            status = STATUS_CYCLE[len(skills) % len(STATUS_CYCLE)]
            found = (python,) if status != "missing" else ()
            scored = demand not in ("valued", "none")
            name = f"{group.title()} skill {n + 1}"
            skills.append(skill(f"{group}-{n}", name, group, demand, status, found, scored=scored))
    result = sample_result()
    gaps = gaps_of(tuple(skills))
    steps = tuple(
        LearningStep(
            order=rank,
            skill_id=gap.skill_id,
            name=gap.name,
            demand=gap.demand,
            priority=gap.priority,
            roadmap_step=rank,
            roadmap_stage="Stage",
            resources=(Resource(f"{gap.name} docs", f"https://docs.example.org/{gap.skill_id}"),),
            certification=None,
            projects=(),
        )
        for rank, gap in enumerate((g for g in gaps if g.status == "missing"), start=1)
    )
    return AnalysisResult(
        source=result.source,
        profile=result.profile,
        score=score_of(tuple(skills)),
        skills=tuple(skills),
        gaps=gaps,
        learning_path=steps,
        parse=result.parse,
        diagnostics=result.diagnostics,
        analyzer_version=result.analyzer_version,
        _resume=RESUME,
    )


@pytest.fixture
def result() -> AnalysisResult:
    return sample_result()


@pytest.fixture
def result_without_resume() -> AnalysisResult:
    """The same result as read back from JSON: no resume text, evidence context only."""
    return sample_result(with_resume=False)
