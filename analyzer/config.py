"""Tunables with named defaults. Every number that shapes a result lives here, validated."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal, get_args

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

DEFAULT_FORM_STATUS: Mapping[str, str] = frozen_mapping(
    {"action": "demonstrated", "list": "listed"}
)
"""Evidence form -> the least status it gives: an action-verb bullet under a dated role reads as
experience, a bare list as a skills list."""

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


DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024
"""Larger files are refused: no resume is 50 MiB."""
DEFAULT_MAX_PAGES = 60
"""Longer PDFs are refused: a long academic CV has a few dozen pages, a book more."""
Engine = Literal["pdfminer", "pdfium"]
"""What reads a PDF's text layer: pdfminer.six (the default) or PDFium (pypdfium2, optional)."""
ENGINES: tuple[str, ...] = get_args(Engine)
DEFAULT_ENGINE: Engine = "pdfminer"
DEFAULT_BATCH_TIMEOUT = 60.0
"""Seconds one file may take in a batch (from when a warm worker gets it)."""
DEFAULT_BATCH_MEMORY_MB = 2048
"""Address-space cap of each batch worker process, in MiB."""


@dataclass(frozen=True, slots=True)
class AnalyzerConfig:
    demand_weights: Mapping[str, float] = field(default_factory=lambda: DEFAULT_DEMAND_WEIGHTS)
    status_strength: Mapping[str, float] = field(default_factory=lambda: DEFAULT_STATUS_STRENGTH)
    section_status: Mapping[str, str | None] = field(default_factory=lambda: DEFAULT_SECTION_STATUS)
    form_status: Mapping[str, str] = field(default_factory=lambda: DEFAULT_FORM_STATUS)
    """The status a line's form gives (see `analyzer.match.forms`): an action-verb bullet under
    a dated role in any section that counts, a bare list only in `list_sections`."""
    list_sections: tuple[str, ...] = ("contact", "summary", "other")
    """Sections whose name says nothing of how their lines show a skill, where a bare list reads
    as a skills list. (Education keeps its meaning: a coursework list is mentioned.)"""
    score_soft_skills: bool = False
    soft_skill_weight: float = 1.0
    fuzzy_threshold: float = 0.82
    """Cosine similarity (character 3-gram TF-IDF) a near miss needs to count."""
    fuzzy_sections: tuple[str, ...] = ("skills",)
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    max_pages: int = DEFAULT_MAX_PAGES
    ocr: bool = False
    ocr_language: str = "eng"
    engine: Engine = DEFAULT_ENGINE
    """The PDF text-layer engine: "pdfminer" or "pdfium" (`pip install 'skillgap[pdfium]'`)."""

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
        for form, given in self.form_status.items():
            if form not in ("action", "list") or given not in STATUSES:
                problems.append(f"form_status maps {form!r} to {given!r}")
        for kind in self.list_sections:
            if kind not in SECTION_KINDS:
                problems.append(f"list_sections names unknown section {kind!r}")
        if not 0.0 < self.fuzzy_threshold <= 1.0:
            problems.append(f"fuzzy_threshold is {self.fuzzy_threshold}; it must be in (0, 1]")
        if self.engine not in ENGINES:
            problems.append(f"engine is {self.engine!r}; it must be one of {', '.join(ENGINES)}")
        if self.max_file_bytes <= 0 or self.max_pages <= 0:
            problems.append("max_file_bytes and max_pages must be positive")
        if problems:
            raise ConfigError("invalid configuration: " + "; ".join(problems))
        object.__setattr__(self, "demand_weights", frozen_mapping(self.demand_weights))
        object.__setattr__(self, "status_strength", frozen_mapping(self.status_strength))
        object.__setattr__(self, "section_status", frozen_mapping(self.section_status))
        object.__setattr__(self, "form_status", frozen_mapping(self.form_status))
