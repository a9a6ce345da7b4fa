"""What runs inside an analysis worker process of the service: one warm `Analyzer`, a request's
task in, plain data out (the JSON report, rendered reports, or the error).

The service reuses the batch's worker pool (`analyzer.batch.runner`), so each analysis runs in
an isolated process with a time limit and a memory cap, and a hostile file can only cost its
own request.
"""

from __future__ import annotations

from dataclasses import dataclass

from analyzer.batch.records import Analysis, FileError
from analyzer.batch.work import PRELOAD, FileAnalyzer, renamed
from analyzer.errors import SkillgapError

WORKER_PRELOAD = (*PRELOAD, __name__, "analyzer.report")
"""Imported once by the fork server, so a new worker starts with the renderers loaded too."""


@dataclass(frozen=True, slots=True)
class Task:
    """One analysis a request asks for: a saved upload (`path`) or `text`, reported as `name`.

    `formats` are report formats to render besides the JSON report (e.g. "html").
    """

    name: str
    profile: str
    formats: tuple[str, ...] = ()
    path: str | None = None
    text: str | None = None


def run_task(worker: FileAnalyzer, task: Task) -> Analysis:
    """Analyse `task` with the worker's warm Analyzer; bad input gives an Analysis with the error
    (anything else, a bug or MemoryError, propagates to the pool, which reports it)."""
    analyzer = worker.analyzer
    try:
        if task.path is not None:
            result = renamed(analyzer.analyze(task.path, profile=task.profile), task.name)
        else:
            result = analyzer.analyze_text(task.text or "", name=task.name, profile=task.profile)
    except SkillgapError as error:
        return Analysis(error=FileError.of(error))
    if not task.formats:
        return Analysis(result=result.to_dict())
    from analyzer.report import render

    return Analysis(
        result=result.to_dict(), reports={fmt: render(result, fmt) for fmt in task.formats}
    )


Ticket = tuple[int, Task]
"""A task numbered by the service, so its answer finds the request that waits for it."""


def run_ticket(worker: FileAnalyzer, ticket: Ticket) -> Analysis:
    """The pool's per-item function: `run_task` for a numbered task."""
    return run_task(worker, ticket[1])
