"""Tunables with named defaults. Every number that shapes a result lives here, validated."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from analyzer.errors import ConfigError
from analyzer.types import SECTION_KINDS, STATUSES, frozen_mapping

DEFAULT_DEMAND_WEIGHTS: Mapping[str, float] = frozen_mapping(
    {"very-high": 3.0, "high": 2.0, "moderate": 1.0, "valued": 0.0, "none": 0.0}
)
"""Demand level -> weight in the readiness score. Soft skills (valued) and certifications (none)
are reported but not scored unless `score_soft_skills` is set."""

DEFAULT_STATUS_STRENGTH: Mapping[str, float] = frozen_mapping(
    {"demonstrated": 1.0, "listed": 0.6, "mentioned": 0.3, "missing": 0.0}
)
"""Status -> strength in [0, 1]."""

DEFAULT_SECTION_STATUS: Mapping[str, str | None] = frozen_mapping(
    {
        "experience": "demonstrated",
        "projects": "demonstrated",
        "publications": "demonstrated",
        "skills": "listed",
        "certifications": "listed",
        "summary": "mentioned",
        "education": "mentioned",
        "contact": "mentioned",
        "other": "mentioned",
        "interests": None,
    }
)
"""Section kind -> the status evidence there gives. None: evidence there is not accepted
(research interests and hobbies say what someone would like, not what they did)."""


DEFAULT_REQUIREMENT_FACTORS: Mapping[str, float] = frozen_mapping(
    {"required": 1.0, "preferred": 0.5}
)
"""Against a job: a skill's weight is its demand weight times the factor of the level the job
asks it at."""


DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024
"""Larger files are refused: no resume is 50 MiB."""
DEFAULT_MAX_PAGES = 60
"""Longer PDFs are refused: a long academic CV has a few dozen pages, a book more."""
DEFAULT_BATCH_TIMEOUT = 60.0
"""Seconds one file may take in a batch (from when a warm worker gets it)."""
DEFAULT_BATCH_MEMORY_MB = 2048
"""Address-space cap of each batch worker process, in MiB."""


@dataclass(frozen=True, slots=True)
class AnalyzerConfig:
    demand_weights: Mapping[str, float] = field(default_factory=lambda: DEFAULT_DEMAND_WEIGHTS)
    status_strength: Mapping[str, float] = field(default_factory=lambda: DEFAULT_STATUS_STRENGTH)
    section_status: Mapping[str, str | None] = field(default_factory=lambda: DEFAULT_SECTION_STATUS)
    score_soft_skills: bool = False
    soft_skill_weight: float = 1.0
    fuzzy_threshold: float = 0.82
    """Cosine similarity (character 3-gram TF-IDF) a near miss needs to count."""
    fuzzy_sections: tuple[str, ...] = ("skills",)
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    max_pages: int = DEFAULT_MAX_PAGES
    ocr: bool = False
    ocr_language: str = "eng"
    requirement_factors: Mapping[str, float] = field(
        default_factory=lambda: DEFAULT_REQUIREMENT_FACTORS
    )

    def __post_init__(self) -> None:
        problems: list[str] = []
        for level, weight in self.demand_weights.items():
            if weight < 0:
                problems.append(f"demand weight for {level!r} is {weight}; it must be >= 0")
        problems += [
            f"status_strength has no value for {status!r}"
            for status in STATUSES
            if status not in self.status_strength
        ]
        for name, strength in self.status_strength.items():
            if name not in STATUSES:
                problems.append(f"status_strength names unknown status {name!r}")
            elif not 0.0 <= strength <= 1.0:
                problems.append(f"strength for {name!r} is {strength}; it must be in [0, 1]")
        for kind, given in self.section_status.items():
            if kind not in SECTION_KINDS:
                problems.append(f"section_status names unknown section {kind!r}")
            if given is not None and given not in STATUSES:
                problems.append(f"section {kind!r} maps to unknown status {given!r}")
        if not 0.0 < self.fuzzy_threshold <= 1.0:
            problems.append(f"fuzzy_threshold is {self.fuzzy_threshold}; it must be in (0, 1]")
        if self.max_file_bytes <= 0 or self.max_pages <= 0:
            problems.append("max_file_bytes and max_pages must be positive")
        for level in ("required", "preferred"):
            factor = self.requirement_factors.get(level)
            if factor is None or factor < 0:
                problems.append(f"requirement factor for {level!r} must be given and >= 0")
        if problems:
            raise ConfigError("invalid configuration: " + "; ".join(problems))
        object.__setattr__(self, "demand_weights", frozen_mapping(self.demand_weights))
        object.__setattr__(self, "status_strength", frozen_mapping(self.status_strength))
        object.__setattr__(self, "section_status", frozen_mapping(self.section_status))
        object.__setattr__(self, "requirement_factors", frozen_mapping(self.requirement_factors))
