"""Tunables with named defaults. Every number that shapes a result lives here, validated."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterable, Mapping
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
    {"demonstrated": 1.0, "listed": 0.9, "mentioned": 0.8, "missing": 0.0}
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


DEFAULT_REQUIREMENT_FACTORS: Mapping[str, float] = frozen_mapping(
    {"required": 1.0, "preferred": 0.5}
)
"""Against a job: a skill's weight is its demand weight times the factor of the level the job
asks it at."""


DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024
"""Larger files are refused: no resume is 50 MiB."""
DEFAULT_MAX_PAGES = 60
"""Longer PDFs are refused: a long academic CV has a few dozen pages, a book more."""
Engine = Literal["pdfminer", "pdfium"]
"""What reads a PDF's text layer: pdfminer.six (the default) or PDFium (pypdfium2, optional)."""
ENGINES: tuple[str, ...] = get_args(Engine)
DEFAULT_ENGINE: Engine = "pdfminer"
DEFAULT_BATCH_TIMEOUT = 60.0
"""Seconds one file may take: in a batch (from when a warm worker gets it), and for reading a
single PDF in its isolated worker."""
DEFAULT_BATCH_MEMORY_MB = 2048
"""Address-space cap of each worker process (batch, and the isolated reading of single PDFs), in
MiB."""
DEFAULT_FILES_PER_WORKER = 500
"""Files a batch worker analyses before it is replaced by a fresh one (memory back to the
system)."""


@dataclass(frozen=True, slots=True)
class Limits:
    """What one input file may cost. Past any of these, skillgap stops and says which limit the
    file passed (`LimitExceededError`, E017; E015 for seconds, E016 for memory) instead of
    working on.

    The defaults are far above any real resume and low enough that a hostile file is refused in
    seconds and a few hundred MB. Over 69 real resumes (the dev corpus, in-sample) the largest
    figures were 53,669 objects on one page, 19,798 characters and 0.7 MB of inflated streams in
    one file; a generated dense 60-page CV has 405,389 characters.
    """

    file_bytes: int = DEFAULT_MAX_FILE_BYTES
    """Size of the file on disk."""
    pages: int = DEFAULT_MAX_PAGES
    """Pages of a PDF."""
    characters: int = 2_000_000
    """Characters of text: a text file's, or all the glyphs a PDF draws."""
    page_objects: int = 200_000
    """Objects pdfminer may build for one PDF page: tokens parsed (content-stream operators and
    operands, the page's dictionary), glyphs, content streams, character-map entries."""
    inflated_bytes: int = 64 * 1024 * 1024
    """Bytes all the streams of a PDF may inflate to, together (a compression bomb stops here)."""
    nesting: int = 10
    """Depth of form XObjects drawn inside each other."""
    seconds: float = DEFAULT_BATCH_TIMEOUT
    """Wall-clock seconds to read one PDF (it runs in a worker process that is stopped then)."""
    memory_mb: int = DEFAULT_BATCH_MEMORY_MB
    """Address-space cap, in MiB, of the worker process that reads PDFs; 0: no cap."""

    def __post_init__(self) -> None:
        problems = [
            f"limit {name} is {value!r}; it must be a positive number"
            for name, value in self.items()
            if isinstance(value, bool)
            or not isinstance(value, int | float)
            or value < 0
            or (value == 0 and name != "memory_mb")
        ]
        if self.memory_mb and self.memory_mb < 64:
            problems.append(f"limit memory_mb is {self.memory_mb}; give at least 64 (or 0)")
        if problems:
            raise ConfigError("invalid limits: " + "; ".join(problems))

    def items(self) -> list[tuple[str, int | float]]:
        """(name, value) of every limit, in declaration order."""
        return [(name, getattr(self, name)) for name in LIMIT_NAMES]

    def with_settings(self, settings: Iterable[str]) -> Limits:
        """These limits with `NAME=VALUE` settings applied (the CLI's `--limit`, the
        `SKILLGAP_LIMITS` variable); ConfigError names a bad one."""
        changes: dict[str, int | float] = {}
        for setting in settings:
            name, equals, value = setting.strip().partition("=")
            name = name.strip().replace("-", "_")
            if not equals or name not in LIMIT_NAMES:
                raise ConfigError(
                    f"bad limit setting {setting!r}; use NAME=VALUE with NAME one of "
                    + ", ".join(LIMIT_NAMES)
                )
            kind = float if name == "seconds" else int
            try:
                changes[name] = kind(value.strip())
            except ValueError:
                raise ConfigError(
                    f"bad limit setting {setting!r}: {value.strip()!r} is not a number"
                ) from None
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> Limits:
        """Defaults with the settings of `SKILLGAP_LIMITS` applied (comma-separated
        `NAME=VALUE`, e.g. `seconds=20,memory_mb=1024`); the CLI reads it, the library does not."""
        value = (os.environ if environ is None else environ).get(LIMITS_VARIABLE, "")
        return cls().with_settings(part for part in value.split(",") if part.strip())


LIMIT_NAMES: tuple[str, ...] = (
    "file_bytes",
    "pages",
    "characters",
    "page_objects",
    "inflated_bytes",
    "nesting",
    "seconds",
    "memory_mb",
)
"""The names of `Limits`' fields, as settings take them."""
LIMITS_VARIABLE = "SKILLGAP_LIMITS"
"""The environment variable the CLI reads limits from (before its `--limit` options)."""


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
    """Cosine similarity (character 3-gram TF-IDF) a near miss needs to count (a long one-word
    alias with one letter mistyped counts below it: see `analyzer.match.fuzzy`)."""
    fuzzy_sections: tuple[str, ...] = ("skills",)
    limits: Limits = field(default_factory=Limits)
    """What one file may cost (see `Limits`)."""
    isolate: bool = True
    """Read PDFs in a reusable worker process that is stopped past `limits.seconds` and capped at
    `limits.memory_mb` (see `analyzer.isolation`). Turn it off only where the caller is such a
    worker already (batch)."""
    ocr: bool = False
    ocr_language: str = "eng"
    engine: Engine = DEFAULT_ENGINE
    """The PDF text-layer engine: "pdfminer" or "pdfium" (`pip install 'skillgap[pdfium]'`)."""
    requirement_factors: Mapping[str, float] = field(
        default_factory=lambda: DEFAULT_REQUIREMENT_FACTORS
    )
    cache_dir: str | None = None
    """A folder where what is built once may be kept across processes (the lemma table cut to
    the lexicon: `analyzer.match.cache`); None: nothing is written anywhere."""

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
        if isinstance(self.limits, Mapping):  # from JSON (a batch worker's settings)
            object.__setattr__(self, "limits", Limits(**self.limits))
        for level in ("required", "preferred"):
            factor = self.requirement_factors.get(level)
            if factor is None or factor < 0:
                problems.append(f"requirement factor for {level!r} must be given and >= 0")
        if problems:
            raise ConfigError("invalid configuration: " + "; ".join(problems))
        object.__setattr__(self, "demand_weights", frozen_mapping(self.demand_weights))
        object.__setattr__(self, "status_strength", frozen_mapping(self.status_strength))
        object.__setattr__(self, "section_status", frozen_mapping(self.section_status))
        object.__setattr__(self, "form_status", frozen_mapping(self.form_status))
        object.__setattr__(self, "requirement_factors", frozen_mapping(self.requirement_factors))

    @property
    def max_file_bytes(self) -> int:
        """`limits.file_bytes` (the name earlier versions used)."""
        return self.limits.file_bytes

    @property
    def max_pages(self) -> int:
        """`limits.pages` (the name earlier versions used)."""
        return self.limits.pages
