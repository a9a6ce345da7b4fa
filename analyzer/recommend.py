"""Recommend stage: for each gap, what to learn, from where, what to build; and in what order.

The learning path takes the gaps that need learning (status missing or mentioned; a listed skill
is claimed already, its gap is proof, which the project ideas cover) and orders them by roadmap
step, then demand, then priority: foundations before the tools built on them.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from analyzer.types import Certification, Gap, LearningStep, ProjectIdea
from skill_lexicon.model import UNPLACED_STEP, Lexicon

LEARNING_STATUSES = frozenset({"missing", "mentioned"})
PROJECTS_PER_STEP = 2


def learning_path(
    gaps: Iterable[Gap], lexicon: Lexicon, *, required: Collection[str] = ()
) -> tuple[LearningStep, ...]:
    """The steps that close the gaps; against a job, the gaps in `required` (the skill ids the job
    requires) come first, each part in roadmap order."""
    to_learn = [g for g in gaps if g.status in LEARNING_STATUSES]
    missing_ids = {g.skill_id for g in to_learn}

    def order(gap: Gap) -> tuple[bool, int, float, int]:
        return (
            gap.skill_id not in required,
            lexicon.lookup(gap.skill_id).roadmap_step or UNPLACED_STEP,
            -gap.weight,
            gap.priority,
        )

    return tuple(
        _step(number, gap, lexicon, missing_ids)
        for number, gap in enumerate(sorted(to_learn, key=order), start=1)
    )


def _step(number: int, gap: Gap, lexicon: Lexicon, missing_ids: set[str]) -> LearningStep:
    skill = lexicon.lookup(gap.skill_id)
    stage = lexicon.roadmap_step(skill.roadmap_step)
    return LearningStep(
        order=number,
        skill_id=skill.id,
        name=skill.name,
        demand=skill.demand,
        priority=gap.priority,
        roadmap_step=skill.roadmap_step or UNPLACED_STEP,
        roadmap_stage=stage.title if stage else "",
        resources=skill.resources,
        certification=_certification(skill.certification, lexicon),
        projects=_projects(skill.id, lexicon, missing_ids),
    )


def _certification(cert_id: str | None, lexicon: Lexicon) -> Certification | None:
    if cert_id is None:
        return None
    cert = lexicon.lookup(cert_id)
    info = lexicon.certifications.get(cert_id)
    return Certification(
        id=cert.id,
        name=cert.name,
        provider=info.provider if info else "",
        url=info.url if info else "",
    )


def _projects(skill_id: str, lexicon: Lexicon, missing_ids: set[str]) -> tuple[ProjectIdea, ...]:
    """Project ideas that exercise the skill, those covering most of the other gaps first."""
    fitting = [p for p in lexicon.projects if skill_id in p.skills]
    fitting.sort(key=lambda p: (-len(missing_ids.intersection(p.skills)), p.id))
    return tuple(fitting[:PROJECTS_PER_STEP])
