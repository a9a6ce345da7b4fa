"""What the batch's parent hands its worker processes: the settings (`WorkSpec`), the fingerprint
stored results are keyed by, and the module-level functions the pool runs in its readers and
analysis workers (`read_resume`, `start_analyzer`, `analyze_read`).

This module is light on purpose: the parent imports it, and neither the engine nor spaCy; the
functions import what they need inside the worker processes.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import date
from importlib import metadata
from typing import TYPE_CHECKING, Any

from analyzer.batch.store import STORE_VERSION
from analyzer.config import AnalyzerConfig
from analyzer.job.record import JobTarget
from analyzer.types import SCHEMA_VERSION, to_plain
from analyzer.version import __version__

if TYPE_CHECKING:
    from analyzer.batch.records import Analysis
    from analyzer.batch.work import FileAnalyzer
    from analyzer.types import ExtractedResume
    from skill_lexicon import Lexicon

READ_PRELOAD = ("analyzer.batch.spec", "analyzer.engine", "analyzer.extract.pdf")
"""What the batch's fork server imports: the reading of files (pdfminer.six), not spaCy, so the
first reader forks within a moment of the start; analysis workers import spaCy themselves while
the readers read."""


@dataclass(frozen=True, slots=True)
class WorkSpec:
    """Everything a worker needs to build its Analyzer, as plain data.

    `config` is `AnalyzerConfig` as JSON (the config holds read-only mappings, which do not
    pickle); `profile` is already resolved to an id; `reports` are the formats to render too.
    """

    lexicon: str | None
    config: str
    profile: str
    reports: tuple[str, ...] = ()
    job: str | None = None
    """The target job (`JobTarget.to_json()`), when resumes are scored for one."""
    as_of: str | None = None
    """The ISO date ongoing roles are counted to; None: the day each file is analysed."""

    @classmethod
    def of(
        cls,
        lexicon: str | os.PathLike[str] | None,
        config: AnalyzerConfig,
        profile: str,
        reports: tuple[str, ...] = (),
        job: JobTarget | None = None,
        as_of: date | None = None,
    ) -> WorkSpec:
        path = None if lexicon is None else os.fspath(lexicon)
        return cls(
            path,
            json.dumps(to_plain(config), sort_keys=True),
            profile,
            reports,
            None if job is None else job.to_json(indent=None),
            None if as_of is None else as_of.isoformat(),
        )

    def job_target(self) -> JobTarget | None:
        return None if self.job is None else JobTarget.from_dict(json.loads(self.job))

    def as_of_date(self) -> date | None:
        return None if self.as_of is None else date.fromisoformat(self.as_of)

    def analyzer_config(self) -> AnalyzerConfig:
        plain: dict[str, Any] = json.loads(self.config)
        fields: dict[str, Any] = {
            name: tuple(value) if isinstance(value, list) else value
            for name, value in plain.items()
        }
        return AnalyzerConfig(**fields)


RESULT_LIBRARIES = ("spacy", "spacy-lookups-data", "pdfminer.six", "pypdfium2", "ftfy")
"""Installed packages whose version can change a result (tokens, lemmas, text, OCR rendering)."""


def library_versions() -> dict[str, str | None]:
    """The installed version of each of `RESULT_LIBRARIES` (None: not installed)."""
    versions: dict[str, str | None] = {}
    for name in RESULT_LIBRARIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return versions


def settings_fingerprint(lexicon: Lexicon, spec: WorkSpec) -> str:
    """What a stored result depends on besides the file: versions (skillgap's, the JSON
    schema's, and those of `RESULT_LIBRARIES`), lexicon content, profile and configuration
    (limits included). Any change gives another fingerprint, so the file is analysed again."""
    lexicon_data = to_plain(lexicon)
    lexicon_data.pop("source", None)  # where it was loaded from does not change a result
    settings: dict[str, Any] = {
        "store": STORE_VERSION,
        "analyzer": __version__,
        "libraries": library_versions(),
        "schema": SCHEMA_VERSION,
        "lexicon": lexicon_data,
        "profile": spec.profile,
        "config": json.loads(spec.config),
    }
    if spec.job is not None:  # results for a job are kept apart from profile results
        settings["job"] = hashlib.sha256(spec.job.encode()).hexdigest()
    if spec.as_of is not None:
        settings["as_of"] = spec.as_of
    encoded = json.dumps(settings, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(encoded.encode()).hexdigest()


def read_resume(spec: WorkSpec, path: str) -> ExtractedResume:
    """Read the file at `path` as `spec`'s Analyzer would (engine, OCR, limits): in a reader
    process, which is the isolation (time limit, memory cap) of this step."""
    from analyzer.engine import file_reader

    return file_reader(spec.analyzer_config())(path)


def start_analyzer(spec: WorkSpec) -> FileAnalyzer:
    """An analysis worker's set-up: its `FileAnalyzer` (spaCy, the lexicon, a warm-up)."""
    from analyzer.batch.work import FileAnalyzer

    return FileAnalyzer(spec)


def analyze_read(worker: FileAnalyzer, resume: ExtractedResume) -> Analysis:
    """An analysis worker's per-file step: everything after reading, for a resume read."""
    return worker.analyze_read(resume)
