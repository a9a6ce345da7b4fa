"""The work of one file, as it runs inside a worker (a pool process or a Dask worker).

A worker builds one `FileAnalyzer` from a `WorkSpec` (plain, picklable settings) and calls it
for every file it is given; what comes back is an `Analysis` of plain data, never spaCy objects.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable

from analyzer.batch.records import Analysis, FileError
from analyzer.batch.spec import WorkSpec as WorkSpec
from analyzer.batch.spec import settings_fingerprint
from analyzer.engine import Analyzer
from analyzer.errors import SkillgapError
from analyzer.types import AnalysisResult, ExtractedResume

PRELOAD = ("analyzer.batch.work", "analyzer.match")
"""What a worker process should import before it forks: this module (the engine, the lexicon
code) and the match stage (spaCy), so a forked worker starts warm (the service's pool). The
batch's parent imports neither spaCy nor the match stage, nor this module; its fork server
preloads `spec.READ_PRELOAD` instead."""

WARM_UP = "Skills\nPython, PyTorch, Kubernetes\nExperience\nDeployed models to production.\n"
"""A tiny resume analysed once when a worker starts, so first-use set-up (caches, imports) is done
before the first real file and never counts against its time limit."""


class FileAnalyzer:
    """One Analyzer (spaCy and the lexicon, loaded once) applied to file after file."""

    def __init__(self, spec: WorkSpec) -> None:
        self.spec = spec
        self.analyzer = Analyzer(lexicon=spec.lexicon, config=spec.analyzer_config())
        self.job = spec.job_target()
        self.profile = None if self.job is not None else spec.profile  # a job decides instead
        self.as_of = spec.as_of_date()
        self.analyzer.analyze_text(WARM_UP, name="warm-up.txt", profile=spec.profile)

    @functools.cached_property
    def settings(self) -> str:
        """The fingerprint of what this worker computes with (see `settings_fingerprint`)."""
        return settings_fingerprint(self.analyzer.lexicon, self.spec)

    def __call__(self, path: str, name: str | None = None) -> Analysis:
        """Analyse the file at `path`, reported as `name` (default: `path`). Bad input gives an
        Analysis with the error; anything else (a bug, MemoryError) propagates."""
        return self._analysis(
            lambda: self.analyzer.analyze(
                path, profile=self.profile, job=self.job, as_of=self.as_of
            ),
            None if name == path else name,
        )

    def analyze_read(self, resume: ExtractedResume) -> Analysis:
        """Like calling it, for a resume already read (by a batch reader process)."""
        return self._analysis(
            lambda: self.analyzer.analyze_extracted(
                resume, profile=self.profile, job=self.job, as_of=self.as_of
            ),
            None,
        )

    def _analysis(self, analyze: Callable[[], AnalysisResult], name: str | None) -> Analysis:
        try:
            result = analyze()
        except SkillgapError as error:
            return Analysis(error=FileError.of(error))
        if name is not None:
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
