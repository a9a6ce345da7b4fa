"""The versioned skills lexicon: skills, aliases, patterns, resources, roadmap and profiles.

    >>> from skill_lexicon import load_lexicon
    >>> lexicon = load_lexicon()              # the built-in lexicon, loaded once
    >>> lexicon.lookup("pytorch").implies
    ('deep-learning',)

The format is described in `skill_lexicon/README.md`.
"""

from skill_lexicon.kinds import SECTION_KINDS, STATUSES, SectionKind, Status
from skill_lexicon.loader import BUILTIN_VERSION, load_lexicon, validate_lexicon
from skill_lexicon.model import (
    DEMAND_LEVELS,
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
from skill_lexicon.problems import LexiconError, Problem

__all__ = [
    "BUILTIN_VERSION",
    "DEMAND_LEVELS",
    "SECTION_KINDS",
    "STATUSES",
    "CertificationInfo",
    "ContextRule",
    "Cues",
    "Lexicon",
    "LexiconError",
    "Problem",
    "Profile",
    "ProjectIdea",
    "Resource",
    "RoadmapStep",
    "SectionKind",
    "Skill",
    "Status",
    "TokenPattern",
    "load_lexicon",
    "validate_lexicon",
]
