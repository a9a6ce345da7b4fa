"""The words the lexicon and the analyzer share: section kinds and skill statuses.

Defined here, in the bottom layer, because lexicon data names them (a context rule's `sections`,
a profile's `section_status`) and the analyzer uses them everywhere; `analyzer.types` re-exports
them. This package imports nothing from `analyzer`.
"""

from __future__ import annotations

from typing import Literal, get_args

SectionKind = Literal[
    "contact",
    "summary",
    "skills",
    "experience",
    "projects",
    "education",
    "certifications",
    "publications",
    "interests",
    "other",
]
SECTION_KINDS: tuple[SectionKind, ...] = get_args(SectionKind)

Status = Literal["demonstrated", "listed", "mentioned", "missing"]
STATUSES: tuple[Status, ...] = get_args(Status)
