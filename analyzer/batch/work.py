"""The work of one file, as it runs inside a worker (a pool process or a Dask worker).

A worker builds one `FileAnalyzer` from a `WorkSpec` (plain, picklable settings) and calls it
for every file it is given; what comes back is an `Analysis` of plain data, never spaCy objects.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import os
from dataclasses import dataclass
from datetime import date
from importlib import metadata
from typing import Any

from analyzer.batch.records import Analysis, FileError
from analyzer.batch.store import STORE_VERSION
from analyzer.config import AnalyzerConfig
from analyzer.engine import Analyzer
from analyzer.errors import SkillgapError
from analyzer.job.record import JobTarget
from analyzer.types import SCHEMA_VERSION, AnalysisResult, to_plain
from analyzer.version import __version__
from skill_lexicon import Lexicon


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


PRELOAD = ("analyzer.batch.work", "analyzer.match")
"""What a worker process should import before it forks: this module (the engine, the lexicon
code) and the match stage (spaCy), so a forked worker starts warm. The batch's parent imports
neither spaCy nor the match stage."""

WARM_UP = "Skills\nPython, PyTorch, Kubernetes\nExperience\nDeployed models to production.\n"
"""A tiny resume analysed once when a worker starts, so first-use set-up (caches, imports) is done
before the first real file and never counts against its time limit."""


class FileAnalyzer:
    """One Analyzer (spaCy and the lexicon, loaded once) applied to file after file."""

    def __init__(self, spec: WorkSpec) -> None:
        self.spec = spec
        self.analyzer = Analyzer(lexicon=spec.lexicon, config=spec.analyzer_config())
        self.job = spec.job_target()
        self.as_of = spec.as_of_date()
        self.analyzer.analyze_text(WARM_UP, name="warm-up.txt", profile=spec.profile)

    @functools.cached_property
    def settings(self) -> str:
        """The fingerprint of what this worker computes with (see `settings_fingerprint`)."""
        return settings_fingerprint(self.analyzer.lexicon, self.spec)

    def __call__(self, path: str, name: str | None = None) -> Analysis:
        """Analyse the file at `path`, reported as `name` (default: `path`). Bad input gives an
        Analysis with the error; anything else (a bug, MemoryError) propagates."""
        try:
            result = self.analyzer.analyze(
                path, profile=self.spec.profile, job=self.job, as_of=self.as_of
            )
        except SkillgapError as error:
            return Analysis(error=FileError.of(error))
        if name is not None and name != path:
            result = renamed(result, name)
        return Analysis(result=result.to_dict(), reports=self._render(result))

    def _render(self, result: AnalysisResult) -> dict[str, str]:
        if not self.spec.reports:
            return {}
        from analyzer.report import render  # only workers asked for reports load renderers

        return {fmt: render(result, fmt) for fmt in self.spec.reports}


def analyze_path(worker: FileAnalyzer, path: str) -> Analysis:
    """The pool's per-file function: analyse `path` with the worker's FileAnalyzer."""
    return worker(path)


def renamed(result: AnalysisResult, name: str) -> AnalysisResult:
    """`result` as if the file had been read from `name`."""
    resume = result.resume
    return dataclasses.replace(
        result,
        source=dataclasses.replace(result.source, path=name),
        _resume=None if resume is None else dataclasses.replace(resume, path=name),
    )
