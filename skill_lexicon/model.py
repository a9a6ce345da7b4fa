"""The lexicon as typed, immutable records. Loading and validation live in `skill_lexicon.loader`.

A lexicon is data (TOML files under `data/vN/`, or one TOML file a user passes): skills with their
aliases, match patterns, exclusions, context rules, implications and learning resources; the
roadmap; certifications; portfolio projects; profiles; and the cue phrases that mark negations and
wishes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

DEMAND_LEVELS = ("very-high", "high", "moderate", "valued", "none")
"""`valued` is for soft skills, `none` for certifications (reported, never weighted by demand)."""


@dataclass(frozen=True, slots=True)
class Resource:
    title: str
    url: str
    kind: str = "docs"
    """docs, course, book, tutorial, certification, seed (the article's own link)."""


@dataclass(frozen=True, slots=True)
class TokenPattern:
    """A spaCy `Matcher` pattern: a list of token dicts (LOWER, LEMMA, IN, OP, ...); `id` names it
    in evidence."""

    id: str
    pattern: tuple[Mapping[str, Any], ...]


@dataclass(frozen=True, slots=True)
class ContextRule:
    """Guards ambiguous terms. A match whose lower-case text is one of `terms` is accepted only when

    - `case_sensitive` is false, or its surface text equals one of `terms_cased` exactly; and
    - it stands in one of `sections`, or one of `require_any` (lower-case words or lemmas) occurs
      within `window` tokens on the same line, or the resume shows one of `corroborated_by` (skill
      ids) elsewhere: a word keeps one sense through a document, so in a resume that shows machine
      learning, "classification" is a model's. With all three empty, only the case test applies;
    - and none of `refuted_by` (words or lemmas of the term's other sense: "longshoreman" for a
      docker) occurs within `window` tokens on the same line, in any section.
    """

    terms: tuple[str, ...]
    require_any: tuple[str, ...] = ()
    sections: tuple[str, ...] = ()
    window: int = 8
    case_sensitive: bool = False
    terms_cased: tuple[str, ...] = ()
    corroborated_by: tuple[str, ...] = ()
    refuted_by: tuple[str, ...] = ()

    @property
    def words(self) -> tuple[str, ...]:
        """The words the rule looks for around a term, vouching or refuting."""
        return (*self.require_any, *self.refuted_by)

    @property
    def needs_support(self) -> bool:
        """True when a term must stand in a section, beside a word or in a resume showing a skill
        elsewhere to count (beyond its case test)."""
        return bool(self.sections or self.require_any or self.corroborated_by)

    @property
    def makes_ambiguous(self) -> bool:
        """True when the rule's terms do not mean the skill wherever they stand: a rule with only
        `refuted_by` leaves them names of tools, which near misses may still be read as."""
        return self.case_sensitive or self.needs_support


@dataclass(frozen=True, slots=True)
class Skill:
    id: str
    name: str
    group: str
    demand: str
    description: str = ""
    roadmap_step: int | None = None
    aliases: tuple[str, ...] = ()
    """Phrases matched on lower-case tokens ("scikit-learn", "ci/cd", "k8s"), with those of its
    `alias_lists`."""
    alias_lists: tuple[str, ...] = ()
    """Names of the lexicon's shared `alias_lists` (names several skills answer to, such as the
    GAN models, evidence of deep learning and of generative AI) whose phrases the loader adds to
    `aliases`."""
    lemmas: tuple[str, ...] = ()
    """Phrases matched on token lemmas, written as lemmas ("deploy model", "fine-tune llm")."""
    patterns: tuple[TokenPattern, ...] = ()
    exclusions: tuple[str, ...] = ()
    """Phrases that veto an overlapping match of this skill ("nosql", "oracle financials"),
    with those of its `exclusion_lists`."""
    exclusion_lists: tuple[str, ...] = ()
    """Names of the lexicon's shared `exclusion_lists` (phrases several skills need, such as the
    models that are not learned ones) whose phrases the loader adds to `exclusions`."""
    context: tuple[ContextRule, ...] = ()
    implies: tuple[str, ...] = ()
    """Skills this one is evidence for (pytorch -> deep-learning)."""
    implies_except: tuple[str, ...] = ()
    """Aliases, lemmas or pattern ids whose matches show this skill only, not what it `implies`:
    a model runtime's name ("tflite") shows model deployment, not the MLOps practice."""
    resources: tuple[Resource, ...] = ()
    certification: str | None = None
    """Id of the certification (a skill of group "certification") that fits this skill."""
    fuzzy: bool = True
    """Whether near-miss (TF-IDF) matching may propose this skill."""


@dataclass(frozen=True, slots=True)
class CertificationInfo:
    """Extra facts about a certification skill: who grants it and which skills it evidences."""

    id: str
    provider: str
    url: str
    evidences: tuple[str, ...] = ()


UNPLACED_STEP = 99
"""The roadmap step of a skill the roadmap does not place: after every placed one."""


@dataclass(frozen=True, slots=True)
class RoadmapStep:
    step: int
    title: str
    skills: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ProjectIdea:
    id: str
    title: str
    description: str
    skills: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Profile:
    """A target role: which skills count, and how much.

    A skill's weight is `weights[id]` when given, else `demand_weights[demand]` (the profile's
    override, else the analyzer's configured demand weights).
    """

    id: str
    name: str
    description: str
    skills: tuple[str, ...]
    weights: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}))
    demand_weights: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}))
    section_status: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """Overrides of which status a section gives, e.g. {"education": "listed"}."""


@dataclass(frozen=True, slots=True)
class Cues:
    """Phrases (lower case) that, before a match on the same line, mean it does not count."""

    negation: tuple[str, ...] = ()
    wish: tuple[str, ...] = ()
    pending: tuple[str, ...] = ()
    """Phrases that mark a certification as not yet earned ("... Specialty (ongoing)"): they
    overrule a certification's match as a wish overrules any skill's. A project or a role marked
    "(ongoing)" still shows the skills it uses, so the other skills ignore them."""
    window: int = 6
    """How many tokens before the match a cue may end (in the match's clause)."""
    action_verbs: tuple[str, ...] = ()
    """Lemmas of the verbs that open an account of work ("build", "deploy"): a bullet opening
    with one under a role with dates reads as experience, whatever its section is called."""
    team_nouns: tuple[str, ...] = ()
    """Words that, right after a match, make it the name of a team ("the Llama team", "joined
    the PyTorch team"): a team's name is not the skill (soft skills are kept: a cross-functional
    team is how a person works)."""
    event_nouns: tuple[str, ...] = ()
    """Words that, right after a match (through the capitalised rest of a name), make it an
    event's name ("AWS Summit", "PyTorch Conference"): an event attended is not the skill."""
    title_words: tuple[str, ...] = ()
    """Words that, after a team noun, make the whole a job title ("ML Team Lead"), which is
    evidence: the team rule does not apply."""
    venue_service: tuple[str, ...] = ()
    """Phrases that open a line naming the venues a person served ("Referee for", "Programme
    Committee"): the journals' and conferences' names on it are not skills."""
    venue_names: tuple[str, ...] = ()
    """How a venue's name opens ("conference on", "journal of"): a match inside the capitalised
    name that follows ("Journal of Forest Statistics") is the venue's word."""
    unit_names: tuple[str, ...] = ()
    """How the name of a university's unit opens ("department of", "institute for"): a match
    inside the capitalised name that follows ("Department of Statistics and Data Science") is the
    unit's word, outside an education section (where it names the subject studied)."""
    employers: tuple[str, ...] = ()
    """Skills' names that are also companies ("aws", "github", "red hat"): set apart on a role's
    line of the experience section ("Research Intern, AWS, 2023"), the name is the employer."""
    sponsorship: tuple[str, ...] = ()
    """Phrases that open a list of the companies that paid for an event, a prize or a grant
    ("sponsored by", "sponsors"): an employer's name in that list is a sponsor, not a skill."""
    role_nouns: tuple[str, ...] = ()
    """Nouns of a job title ("engineer", "intern"): a line naming one is a role's heading."""
    hiring_verbs: tuple[str, ...] = ()
    """Lemmas of the verbs of hiring ("recruit", "hire", "source"): a skill's name between one and
    a word of `hired_people` ("recruited Kubernetes engineers") names whom a recruiter sought."""
    hired_people: tuple[str, ...] = ()
    """Plural nouns of the people hired ("engineers", "developers", "experts")."""
    other_tools: tuple[str, ...] = ()
    """Names of technologies no skill stands for (languages, frameworks, stores, build and test
    tools: "java", "spring boot", "hbase"): in a one-line list beside them, as beside the skills'
    own names, an ambiguous name reads as a tool ("HBase, Spring Boot, Jenkins, Java")."""


@dataclass(frozen=True, slots=True)
class Lexicon:
    version: str
    source: str
    """Where it was loaded from (a folder or a file)."""
    skills: Mapping[str, Skill]
    profiles: Mapping[str, Profile]
    roadmap: tuple[RoadmapStep, ...]
    certifications: Mapping[str, CertificationInfo]
    projects: tuple[ProjectIdea, ...]
    cues: Cues
    default_profile: str = "ml-engineer"

    def get(self, skill_id: str) -> Skill | None:
        """The skill, or None."""
        return self.skills.get(skill_id)

    def lookup(self, skill_id: str) -> Skill:
        """The skill; KeyError names the unknown id."""
        try:
            return self.skills[skill_id]
        except KeyError:
            raise KeyError(f"unknown skill id {skill_id!r}") from None

    def profile(self, profile_id: str | None = None) -> Profile:
        """The profile; KeyError names the ids there are."""
        pid = profile_id or self.default_profile
        try:
            return self.profiles[pid]
        except KeyError:
            raise KeyError(
                f"unknown profile {pid!r}; choose one of: {', '.join(sorted(self.profiles))}"
            ) from None

    def roadmap_step(self, step: int | None) -> RoadmapStep | None:
        for s in self.roadmap:
            if s.step == step:
                return s
        return None
