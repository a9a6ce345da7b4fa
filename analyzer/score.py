"""Score stage: evidence -> a status and strength per skill, demand-weighted readiness, ranked gaps.

    strength(skill)  = status_strength[best status of its accepted evidence]
    readiness        = 100 * sum(weight * strength) / sum(weight)      (scored skills only)
    points_missing   = weight * (1 - strength)                          (per gap)

A piece of evidence gives the status of the section it stands in (experience and projects:
demonstrated; skills lists and certifications: listed; summary, education and elsewhere:
mentioned), raised by the form of its line when that says more (an action-verb bullet under a
dated role: demonstrated; a bare list: listed), so a resume whose headings are missing or unusual
is still read for what it shows. Evidence in a section that does not count (interests) is never
accepted. A near miss (fuzzy) gives at most `listed`. `StatusPolicy` is the one home of these
rules: the engine builds it once per call and hands the matcher its ignored sections.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass

from analyzer.config import AnalyzerConfig
from analyzer.types import Evidence, Gap, Score, SkillAssessment, Status, frozen_mapping
from skill_lexicon.model import UNPLACED_STEP, Lexicon, Profile, Skill

STATUS_RANK: Mapping[Status, int] = {"demonstrated": 3, "listed": 2, "mentioned": 1, "missing": 0}


@dataclass(frozen=True, slots=True)
class Assessment:
    skills: tuple[SkillAssessment, ...]
    gaps: tuple[Gap, ...]
    score: Score


@dataclass(frozen=True, slots=True)
class StatusPolicy:
    """Which status a piece of evidence earns, and which sections do not count at all."""

    section_status: Mapping[str, str | None]
    """Section kind -> status (None: evidence there is not accepted), profile overrides applied."""
    form_status: Mapping[str, str]
    """Evidence form ("action", "list") -> the least status it gives."""
    list_sections: frozenset[str]
    """Where a bare list raises the status (an action-verb bullet raises it in any section)."""

    @classmethod
    def of(cls, config: AnalyzerConfig, profile: Profile) -> StatusPolicy:
        statuses = {**config.section_status, **profile.section_status}
        return cls(statuses, config.form_status, frozenset(config.list_sections))

    @property
    def ignored_sections(self) -> tuple[str, ...]:
        """Sections whose evidence is kept in the report but never accepted (interests)."""
        return tuple(kind for kind, status in self.section_status.items() if status is None)

    def status(self, evidence: Evidence) -> Status:
        """The status accepted evidence gives: its section's, raised by its form, and at most
        `listed` for a near miss."""
        status = _status(self.section_status.get(evidence.section)) or "mentioned"
        form = _status(self.form_status.get(evidence.shown_as or ""))
        where = evidence.shown_as == "action" or evidence.section in self.list_sections
        raises = form is not None and where
        if raises and form is not None and STATUS_RANK[form] > STATUS_RANK[status]:
            status = form
        if evidence.match_type == "fuzzy" and STATUS_RANK[status] > STATUS_RANK["listed"]:
            return "listed"
        return status


def _status(name: str | None) -> Status | None:
    return next((s for s in STATUS_RANK if s == name), None)


def assess(
    evidence: Mapping[str, tuple[Evidence, ...]],
    lexicon: Lexicon,
    profile: Profile,
    config: AnalyzerConfig,
    *,
    policy: StatusPolicy | None = None,
) -> Assessment:
    """Statuses, strengths, readiness and ranked gaps; `policy` defaults to the one `config` and
    `profile` give (the engine passes the one it built for the matcher)."""
    policy = policy or StatusPolicy.of(config, profile)
    skills = tuple(
        _assess_skill(lexicon.lookup(skill_id), evidence.get(skill_id, ()), profile, config, policy)
        for skill_id in profile.skills
    )
    scored = [s for s in skills if s.scored and s.weight > 0]
    possible = sum(s.weight for s in scored)
    earned = sum(s.weight * s.strength for s in scored)
    readiness = round(100 * earned / possible, 1) if possible else 0.0
    score = Score(
        readiness=readiness,
        earned=round(earned, 3),
        possible=round(possible, 3),
        formula=_formula(config),
        demand_weights=frozen_mapping(_demand_weights(profile, config)),
        status_strength=config.status_strength,
    )
    return Assessment(skills, _rank_gaps(scored, lexicon), score)


def _demand_weights(profile: Profile, config: AnalyzerConfig) -> dict[str, float]:
    return {**config.demand_weights, **profile.demand_weights}


def _weight(skill: Skill, profile: Profile, config: AnalyzerConfig) -> tuple[float, bool]:
    """The skill's weight and whether it is scored at all."""
    scored = skill.group != "certification" and (skill.group != "soft" or config.score_soft_skills)
    if not scored:
        return 0.0, False
    if skill.id in profile.weights:
        return float(profile.weights[skill.id]), True
    if skill.group == "soft":
        return config.soft_skill_weight, True
    return float(_demand_weights(profile, config).get(skill.demand, 0.0)), True


def _assess_skill(
    skill: Skill,
    evidence: tuple[Evidence, ...],
    profile: Profile,
    config: AnalyzerConfig,
    policy: StatusPolicy,
) -> SkillAssessment:
    status: Status = "missing"
    for e in evidence:
        if e.accepted:
            given = policy.status(e)
            if STATUS_RANK[given] > STATUS_RANK[status]:
                status = given
    weight, scored = _weight(skill, profile, config)
    return SkillAssessment(
        id=skill.id,
        name=skill.name,
        group=skill.group,
        demand=skill.demand,
        weight=weight,
        scored=scored,
        present=any(e.accepted for e in evidence),
        status=status,
        strength=config.status_strength[status],
        evidence=evidence,
    )


def _rank_gaps(scored: list[SkillAssessment], lexicon: Lexicon) -> tuple[Gap, ...]:
    short = [s for s in scored if s.strength < 1.0]

    def order(s: SkillAssessment) -> tuple[float, float, int, str]:
        step = lexicon.lookup(s.id).roadmap_step or UNPLACED_STEP
        return (-s.weight * (1 - s.strength), -s.weight, step, s.id)

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
        for rank, s in enumerate(sorted(short, key=order), start=1)
    )


def _formula(config: AnalyzerConfig) -> str:
    strengths = ", ".join(f"{k} {v:g}" for k, v in config.status_strength.items())
    return (
        "readiness = 100 * sum(weight * strength) / sum(weight) over scored skills; "
        f"strength by status: {strengths}; weight by demand unless the profile sets it; "
        "gap points_missing = weight * (1 - strength)"
    )


# ------------------------------------------------------------------------------------ job target


def job_profile(
    asked: Mapping[str, str],
    lexicon: Lexicon,
    config: AnalyzerConfig,
    *,
    name: str,
    covered: Collection[str] = (),
) -> Profile:
    """A profile for a job: its skills are those asked (`asked`: skill id -> "required" or
    "preferred"), each weighted demand weight x the requirement factor of its level.

        weight = demand_weight(skill) x config.requirement_factors[level]

    Skills the job does not ask drop out of the score, and so do the skills in `covered` (the
    job accepts an alternative that the resume shows: "AWS, GCP or Azure"). Soft skills and
    certifications keep their usual treatment (reported, scored only with `score_soft_skills`)."""
    weights: dict[str, float] = {}
    for skill_id, level in asked.items():
        factor = 0.0 if skill_id in covered else config.requirement_factors[level]
        weights[skill_id] = demand_weight(skill_id, config, lexicon) * factor
    return Profile(
        id="job",
        name=name,
        description="the skills one job description asks for",
        skills=tuple(asked),
        weights=weights,
    )


def demand_weight(skill_id: str, config: AnalyzerConfig, lexicon: Lexicon) -> float:
    """A skill's weight by demand alone (soft skills: `soft_skill_weight`)."""
    skill = lexicon.lookup(skill_id)
    if skill.group == "soft":
        return config.soft_skill_weight
    return float(config.demand_weights.get(skill.demand, 0.0))


def job_formula(config: AnalyzerConfig) -> str:
    factors = ", ".join(f"{k} {v:g}" for k, v in config.requirement_factors.items())
    return (
        "against a job: weight = demand weight x requirement factor "
        f"({factors}); skills the job does not ask are not scored, nor those it accepts an "
        "alternative for that the resume shows; unlisted terms are looked for as plain terms "
        "and not scored"
    )
