"""A whole batch as the command runs it: analyse a folder, rank it, write the outputs.

`score_folder()` is what `skillgap batch` calls; it composes `analyze_folder()` (the per-file work),
the progress display, the ranking and the output writers, so the CLI only translates.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console

from analyzer.batch.folder import DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT, analyze_folder
from analyzer.batch.outputs import Row, Targets, csv_text, rank, write_outputs
from analyzer.batch.progress import Tally, tracked
from analyzer.batch.store import ResultStore
from analyzer.config import DEFAULT_FILES_PER_WORKER, AnalyzerConfig
from analyzer.errors import ConfigError

if TYPE_CHECKING:
    from analyzer.job.record import JobTarget


@dataclass(frozen=True, slots=True)
class BatchSummary:
    written: tuple[Path, ...]
    """The output files written."""
    ranked_csv: str | None
    """The ranked CSV, when no CSV file was named (the command prints it)."""
    tally: str
    """One closing line: done, unchanged, failed, skipped, time."""


def score_folder(
    folder: str | os.PathLike[str],
    targets: Targets,
    *,
    store: Path | None = None,
    recursive: bool = False,
    jobs: int | None = None,
    readers: int | None = None,
    profile: str | None = None,
    lexicon: Path | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    memory_mb: int | None = DEFAULT_MEMORY_MB,
    files_per_worker: int | None = DEFAULT_FILES_PER_WORKER,
    config: AnalyzerConfig | None = None,
    dask_address: str | None = None,
    top: int | None = None,
    min_score: float | None = None,
    overwrite: bool = False,
    console: Console | None = None,
    job: JobTarget | None = None,
    as_of: date | None = None,
    require: Sequence[str] = (),
) -> BatchSummary:
    """Analyse every resume in `folder`, rank them and write `targets`.

    The store defaults to a file beside the first output; with no output named it must be given.
    Progress is drawn on `console` (stderr by default) when it is a terminal. With `job` the
    resumes are scored and ranked for it; `require` keeps only those showing every named skill
    (the others are listed as filtered).
    """
    store = store or targets.default_store()
    if store is None:
        raise ConfigError("name --out (the store goes beside it) or --store")
    run = analyze_folder(
        folder,
        recursive=recursive,
        jobs=jobs,
        readers=readers,
        profile=profile,
        lexicon=lexicon,
        store=store,
        timeout=timeout,
        memory_mb=memory_mb,
        files_per_worker=files_per_worker,
        config=config,
        dask_address=dask_address,
        reports=("html",) if targets.html else (),
        job=job,
        as_of=as_of,
    )
    _check_required(require, run.scored_skills, for_job=job is not None)
    targets.check(inputs=run.resumes + run.skipped, store=store, overwrite=overwrite)
    tally = Tally(skipped=len(run.skipped))
    with run:
        outcomes = tracked(
            run, total=len(run.resumes), tally=tally, console=console or Console(stderr=True)
        )
        rows = [Row.of(outcome, run.folder) for outcome in outcomes]
    ranking = rank(rows, top=top, min_score=min_score, require=require, for_job=job is not None)
    with ResultStore(store, run.settings) as results:
        written = write_outputs(ranking, targets, results, skipped=len(run.skipped))
    return BatchSummary(
        written=tuple(written),
        ranked_csv=csv_text(ranking) if targets.csv is None else None,
        tally=tally.line(),
    )


def _check_required(require: Sequence[str], scored: Collection[str], *, for_job: bool) -> None:
    """ConfigError unless every must-have is a skill the reports assess."""
    unknown = [skill_id for skill_id in require if skill_id not in scored]
    if unknown:
        what = "the job asks for" if for_job else "the profile scores"
        raise ConfigError(
            f"--require names {', '.join(unknown)}, not among the skills {what}: "
            f"{', '.join(scored)}"
        )
