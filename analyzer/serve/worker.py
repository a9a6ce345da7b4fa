"""What runs inside an analysis worker process of the service: one warm `Analyzer`, a request's
task in, plain data out (the JSON report, rendered reports, or the error).

The service reuses the batch's worker pool (`analyzer.batch.runner`), so each analysis runs in
an isolated process with a time limit and a memory cap, and a hostile file can only cost its
own request.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from analyzer.batch.records import Analysis, FileError
from analyzer.batch.work import PRELOAD, FileAnalyzer, renamed
from analyzer.errors import SkillgapError

if TYPE_CHECKING:
    from analyzer.job import JobTarget

WORKER_PRELOAD = (*PRELOAD, __name__, "analyzer.report")
"""Imported once by the fork server, so a new worker starts with the renderers loaded too."""


@dataclass(frozen=True, slots=True)
class Task:
    """One analysis a request asks for: a saved upload (`path`) or `text`, reported as `name`.

    `formats` are report formats to render besides the JSON report (e.g. "html"). `job` is a job
    posting as sent, `(name, bytes)`: text, a saved `skillgap job` JSON, a PDF or a Word file,
    read in the worker like any other untrusted file. `mode` "job" reads only the posting (what
    it asks for); "analyze" scores the resume, for the job when there is one.
    """

    name: str
    profile: str | None
    formats: tuple[str, ...] = ()
    path: str | None = None
    text: str | None = None
    job: tuple[str, bytes] | None = None
    mode: Literal["analyze", "job"] = "analyze"


def run_task(worker: FileAnalyzer, task: Task) -> Analysis:
    """Analyse `task` with the worker's warm Analyzer; bad input gives an Analysis with the error
    (anything else, a bug or MemoryError, propagates to the pool, which reports it)."""
    analyzer = worker.analyzer
    try:
        job = None if task.job is None else analyzer.read_job(task.job[1], name=task.job[0])
        if task.mode == "job":
            assert job is not None, "a job task carries its posting"
            return _job_analysis(job, task.formats)
        if task.path is not None:
            analysis = analyzer.analyze(task.path, profile=task.profile, job=job)
            result = renamed(analysis, task.name)
        else:
            result = analyzer.analyze_text(
                task.text or "", name=task.name, profile=task.profile, job=job
            )
    except SkillgapError as error:
        return Analysis(error=FileError.of(error))
    if not task.formats:
        return Analysis(result=result.to_dict())
    from analyzer.report import render

    return Analysis(
        result=result.to_dict(), reports={fmt: render(result, fmt) for fmt in task.formats}
    )


def _job_analysis(job: JobTarget, formats: tuple[str, ...]) -> Analysis:
    """What a posting asks for, as the JSON of `skillgap job` and the other formats asked."""
    from analyzer.report.job import render_job

    return Analysis(result=job.to_dict(), reports={fmt: render_job(job, fmt) for fmt in formats})


Ticket = tuple[int, Task]
"""A task numbered by the service, so its answer finds the request that waits for it."""


def run_ticket(worker: FileAnalyzer, ticket: Ticket) -> Analysis:
    """The pool's per-item function: `run_task` for a numbered task."""
    return run_task(worker, ticket[1])
