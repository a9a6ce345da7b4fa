"""A resume against a job: the `target` block of the report (what is met, what is missing).

Scoring itself is the score stage's (`score.job_profile` gives the job's weights); this module
reads the scored skills back per requirement and looks for the job's unlisted terms in the resume
as plain terms (not scored).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from analyzer.config import AnalyzerConfig
from analyzer.job.record import JobTarget
from analyzer.score import demand_weight, job_formula
from analyzer.types import SkillAssessment, TargetInfo, TargetRequirement, TargetTerm
from skill_lexicon import Lexicon
from skill_lexicon.postings import PostingVocabulary

QUOTE_RADIUS = 60


def build_target(
    job: JobTarget,
    skills: Iterable[SkillAssessment],
    resume_text: str,
    config: AnalyzerConfig,
    vocabulary: PostingVocabulary,
    lexicon: Lexicon,
) -> TargetInfo:
    assessed = {s.id: s for s in skills}
    terms = _terms_in(job, resume_text, vocabulary)
    shown = _shown({s.id: s.name for s in assessed.values() if s.present}, terms)
    requirements = []
    scored: set[str] = set()
    for requirement in job.requirements:
        skill = assessed.get(requirement.id)
        if skill is None:  # a saved job naming a skill this lexicon lacks
            continue
        if skill.scored:
            scored.add(skill.id)
        alternative = None if skill.present else _alternative(job, skill.id, shown)
        # a skill met through an alternative is not scored (score.job_profile): factor 0
        factor = 0.0 if alternative else config.requirement_factors[requirement.level]
        requirements.append(
            TargetRequirement(
                id=skill.id,
                name=skill.name,
                level=requirement.level,
                demand_weight=demand_weight(skill.id, config, lexicon),
                factor=factor,
                weight=skill.weight,
                status=skill.status,
                met=skill.present,
                job_evidence=requirement.evidence[0].context if requirement.evidence else "",
                met_by_alternative=alternative,
            )
        )
    counted = [r for r in requirements if r.id in scored]
    required = [r for r in counted if r.level == "required"]
    preferred = [r for r in counted if r.level == "preferred"]
    return TargetInfo(
        source=job.source.path,
        sha256=job.source.sha256,
        title=job.title,
        seniority=tuple(word.word for word in job.seniority),
        years_required=job.years_required,
        requirements=tuple(requirements),
        unlisted_terms=terms,
        required_met=sum(_meets(r) for r in required),
        required_asked=len(required),
        preferred_met=sum(_meets(r) for r in preferred),
        preferred_asked=len(preferred),
        missing_required=tuple(r.id for r in required if not _meets(r)),
        formula=job_formula(config),
    )


def covered_by_alternatives(
    job: JobTarget,
    present: Mapping[str, str],
    resume_text: str,
    vocabulary: PostingVocabulary,
) -> frozenset[str]:
    """Skills the job asks that the resume does not show but meets through an alternative the
    job accepts (`present`: id -> name of the skills shown). Scoring leaves them out."""
    shown = _shown(present, _terms_in(job, resume_text, vocabulary))
    return frozenset(
        r.id for r in job.requirements if r.id not in present and _alternative(job, r.id, shown)
    )


def _terms_in(
    job: JobTarget, resume_text: str, vocabulary: PostingVocabulary
) -> tuple[TargetTerm, ...]:
    return tuple(
        _find_term(term.name, term.level, resume_text, vocabulary) for term in job.unlisted_terms
    )


def _shown(present: Mapping[str, str], terms: Iterable[TargetTerm]) -> dict[str, str]:
    """Key (skill id or term) -> name of everything the resume shows."""
    return {**present, **{t.name: t.name for t in terms if t.met}}


def _meets(requirement: TargetRequirement) -> bool:
    return requirement.met or requirement.met_by_alternative is not None


def _alternative(job: JobTarget, skill_id: str, shown: dict[str, str]) -> str | None:
    """The name of another alternative of `skill_id` that the resume shows, if any."""
    for group in job.alternatives(skill_id):
        for key in (*group.skills, *group.terms):
            if key != skill_id and key in shown:
                return shown[key]
    return None


def _find_term(name: str, level: str, text: str, vocabulary: PostingVocabulary) -> TargetTerm:
    """The term by its name and the vocabulary's aliases for it, as a whole word."""
    spec = next((t for t in vocabulary.unlisted if t.name == name), None)
    aliases = list(spec.aliases) if spec else []
    case_sensitive = bool(spec and spec.case_sensitive)
    alternatives = "|".join(re.escape(a) for a in sorted({name, *aliases}, key=len, reverse=True))
    pattern = re.compile(
        rf"(?<![\w.#+-])(?:{alternatives})(?![\w#+]|\.\w|-\w)",
        0 if case_sensitive else re.IGNORECASE,
    )
    match = pattern.search(text)
    quote = None
    if match:
        start = max(text.rfind("\n", 0, match.start()) + 1, match.start() - QUOTE_RADIUS)
        end = text.find("\n", match.end())
        end = len(text) if end == -1 else min(end, match.end() + QUOTE_RADIUS)
        quote = " ".join(text[start:end].split())
    return TargetTerm(
        name=name,
        level="preferred" if level == "preferred" else "required",
        met=match is not None,
        resume_evidence=quote,
    )
