"""Builders for records the tests need, so a stage can be tested without the stages before it."""

from __future__ import annotations

import hashlib

from analyzer.types import ExtractedResume, PageSpan, PageStats, ParseReport, Section, SectionKind
from skill_lexicon.model import (
    CertificationInfo,
    ContextRule,
    Cues,
    Lexicon,
    Profile,
    ProjectIdea,
    Resource,
    RoadmapStep,
    Skill,
    TokenPattern,
)


def resume_from_sections(
    parts: list[tuple[SectionKind, str, str]], *, header: str = "Ada Lovelace\n", ocr: bool = False
) -> ExtractedResume:
    """An extracted one-page resume: a contact header, then (kind, heading, body) sections."""
    text = header
    sections = [Section("contact", "", 0, len(header), 1)] if header else []
    for kind, heading, body in parts:
        start = len(text)
        text += f"{heading}\n{body}\n"
        sections.append(Section(kind, heading, start, len(text), 1))
    return ExtractedResume(
        path="builder.txt",
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        media_type="text",
        text=text,
        pages=(PageSpan(1, 0, len(text)),),
        sections=tuple(sections),
        parse=ParseReport(
            pages=(PageStats(1, len(text), 1),),
            unmapped_glyph_share=0.0,
            mojibake=0,
            letter_spaced_headings=0,
            icon_glyphs=0,
            language="en",
            ocr=ocr,
            repairs=(),
            text_quality="ok",
            reasons=(),
        ),
    )


def _skill(
    skill_id: str, name: str, group: str, demand: str, step: int | None, **extra: object
) -> Skill:
    url = f"https://docs.example.org/{skill_id}"
    return Skill(
        id=skill_id,
        name=name,
        group=group,
        demand=demand,
        roadmap_step=step,
        resources=(Resource(f"{name} docs", url),),
        **extra,  # type: ignore[arg-type]
    )


def tiny_lexicon() -> Lexicon:
    """A small lexicon exercising every matching feature, independent of the shipped data."""
    skills = [
        _skill(
            "python",
            "Python",
            "programming",
            "very-high",
            1,
            aliases=("python", "pandas"),
            context=(ContextRule(terms=("python",), refuted_by=("snake", "snakes")),),
        ),
        _skill(
            "sql",
            "SQL",
            "programming",
            "high",
            1,
            aliases=("sql", "postgresql", "oracle"),
            exclusions=("no-sql", "oracle financials"),
            context=(
                ContextRule(
                    terms=("oracle",), require_any=("database", "sql"), sections=("skills",)
                ),
            ),
        ),
        _skill(
            "git",
            "Git",
            "programming",
            "moderate",
            1,
            aliases=("git", "github"),
            context=(
                ContextRule(terms=("github",), sections=("skills", "experience", "projects")),
            ),
        ),
        _skill(
            "deep-learning",
            "Deep Learning",
            "deep-learning",
            "very-high",
            4,
            aliases=("deep learning",),
            certification="tensorflow-developer",
        ),
        _skill(
            "pytorch",
            "PyTorch",
            "deep-learning",
            "high",
            4,
            aliases=("pytorch",),
            implies=("deep-learning",),
        ),
        _skill(
            "kubernetes", "Kubernetes", "mlops", "high", 5, aliases=("kubernetes", "k8s", "eks")
        ),
        _skill(
            "model-deployment",
            "Model Deployment",
            "mlops",
            "moderate",
            5,
            lemmas=("deploy model",),
            patterns=(
                TokenPattern(
                    "deploy-to-production",
                    (
                        {"LEMMA": "deploy"},
                        {"OP": "{0,3}"},
                        {"LOWER": "to"},
                        {"LOWER": "production"},
                    ),
                ),
            ),
        ),
        _skill(
            "llm-development",
            "LLM Development",
            "generative-ai",
            "very-high",
            6,
            aliases=("llm", "llms"),
            lemmas=("fine-tune llm",),
        ),
        _skill(
            "model-evaluation",
            "Model Evaluation",
            "data",
            "moderate",
            6,
            patterns=(
                TokenPattern(
                    "metric-number", ({"LIKE_NUM": True}, {"ORTH": "%"}, {"LOWER": "accuracy"})
                ),
            ),
        ),
        _skill(
            "communication", "Communication", "soft", "valued", None, aliases=("communication",)
        ),
        _skill(
            "tensorflow-developer",
            "TensorFlow Developer Certificate",
            "certification",
            "none",
            7,
            aliases=("tensorflow developer certificate",),
        ),
    ]
    ids = tuple(s.id for s in skills)
    return Lexicon(
        version="test-1",
        source="tests/builders.py",
        skills={s.id: s for s in skills},
        profiles={
            "ml-engineer": Profile("ml-engineer", "ML Engineer", "test default", ids),
            "ai-engineer": Profile(
                "ai-engineer",
                "AI Engineer",
                "LLMs weigh more",
                ids,
                weights={"llm-development": 5.0},
            ),
        },
        roadmap=(
            RoadmapStep(1, "Programming foundations", ("python", "sql", "git")),
            RoadmapStep(4, "Deep learning", ("deep-learning", "pytorch")),
            RoadmapStep(5, "MLOps", ("kubernetes", "model-deployment")),
            RoadmapStep(6, "Real projects", ("llm-development", "model-evaluation")),
        ),
        certifications={
            "tensorflow-developer": CertificationInfo(
                "tensorflow-developer",
                "TensorFlow",
                "https://www.tensorflow.org/certificate",
                ("deep-learning",),
            )
        },
        projects=(
            ProjectIdea(
                "rag-assistant",
                "RAG assistant",
                "Answer questions over documents",
                ("llm-development", "python"),
            ),
            ProjectIdea(
                "k8s-serving",
                "Model serving on Kubernetes",
                "Serve and monitor a model",
                ("kubernetes", "model-deployment"),
            ),
        ),
        cues=Cues(
            negation=("no experience with", "not familiar with"),
            wish=("currently learning", "interested in"),
            window=6,
            action_verbs=("build", "deploy", "lead"),
        ),
    )
