"""`analyze_folder()`: every resume of a folder, in parallel, each file isolated, nothing redone.

This is the one front door for batches: `skillgap batch` is a thin layer over it.

    >>> from analyzer.batch import analyze_folder
    >>> run = analyze_folder("candidates/", store="candidates.sqlite", jobs=4)
    >>> len(run.resumes), len(run.skipped)          # known before any work starts
    >>> for outcome in run:                          # one per resume, as each finishes
    ...     print(outcome.path, outcome.result["score"] if outcome.ok else outcome.error)
"""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Generator, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from analyzer.batch.discover import find_resumes, sha256_file
from analyzer.batch.records import Analysis, FileError, FileOutcome
from analyzer.batch.runner import PoolStats, WorkerPool, usable_cores
from analyzer.batch.spec import (
    READ_PRELOAD,
    WorkSpec,
    analyze_read,
    read_resume,
    settings_fingerprint,
    start_analyzer,
)
from analyzer.batch.store import ResultStore, check_store
from analyzer.config import (
    DEFAULT_BATCH_MEMORY_MB,
    DEFAULT_BATCH_TIMEOUT,
    DEFAULT_FILES_PER_WORKER,
    AnalyzerConfig,
)
from analyzer.errors import (
    ConfigError,
    InputNotFoundError,
    NotAFileError,
    SkillgapError,
    UnsupportedInputError,
)
from analyzer.lexicon import load_lexicon

if TYPE_CHECKING:
    from analyzer.batch.work import FileAnalyzer
    from analyzer.job.record import JobTarget

DEFAULT_TIMEOUT = DEFAULT_BATCH_TIMEOUT
DEFAULT_MEMORY_MB = DEFAULT_BATCH_MEMORY_MB


class BatchRun:
    """A batch over one folder, returned by `analyze_folder()`.

    The folder, lexicon, profile and store are checked when it is made; iterating it does the
    work and yields one `FileOutcome` per resume as each finishes (stored results first). Stop
    early with `close()` (or leave a `with` block): the workers are stopped.
    """

    def __init__(
        self,
        folder: str | os.PathLike[str],
        *,
        recursive: bool,
        jobs: int | None,
        profile: str | None,
        lexicon: str | os.PathLike[str] | None,
        config: AnalyzerConfig | None,
        store: str | os.PathLike[str] | None,
        timeout: float | None,
        memory_mb: int | None,
        dask_address: str | None,
        reports: Sequence[str],
        files_per_worker: int | None = DEFAULT_FILES_PER_WORKER,
        job: JobTarget | None = None,
        as_of: date | None = None,
        readers: int | None = None,
    ) -> None:
        _check_limits(jobs, timeout, memory_mb, reports, readers)
        self.folder = Path(folder)
        inventory = find_resumes(folder, recursive=recursive)
        self.resumes: tuple[Path, ...] = inventory.resumes
        """The files that will be analysed, sorted."""
        self.skipped: tuple[Path, ...] = inventory.skipped
        """The files that are not resumes by their extension, sorted; not analysed."""
        self.spec, self.settings, self.scored_skills = work_settings(
            lexicon, config, profile, tuple(reports), job, as_of
        )
        """What workers need; the fingerprint stored results are keyed by, besides the content
        hash; the skill ids every report assesses."""
        self.job = job
        """The job the resumes are scored for, or None (the profile)."""
        self.store_path = None if store is None else Path(store)
        if self.store_path is not None:
            check_store(self.store_path)  # refuse a bad store now; it is created when run
        cores = usable_cores()
        self.jobs = jobs or analysis_workers(
            self.resumes, (config or AnalyzerConfig()).engine, cores
        )
        self.readers = readers or max(1, cores - self.jobs) + 1
        """Reader processes: one more than the cores the analysis workers leave, which reads
        while they start."""
        self.timeout = timeout
        self.memory_mb = memory_mb
        self.files_per_worker = files_per_worker
        self.dask_address = dask_address
        self.stats: PoolStats | None = None
        """The process pool's counters once it has started (not with Dask)."""
        self._outcomes = self._run()

    def __iter__(self) -> Iterator[FileOutcome]:
        return self

    def __next__(self) -> FileOutcome:
        return next(self._outcomes)

    def close(self) -> None:
        """Stop the work (and the workers) if it is not finished."""
        self._outcomes.close()

    def __enter__(self) -> BatchRun:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -------------------------------------------------------------------------- the run

    def _run(self) -> Generator[FileOutcome, None, None]:
        with ResultStore(self.store_path, self.settings) as store:
            todo: dict[str, list[Path]] = {}  # content hash -> files with that content
            for path in self.resumes:
                try:
                    sha256 = sha256_file(path)
                except OSError as error:
                    yield FileOutcome(path, "", None, _read_error(error), cached=False)
                    continue
                if sha256 in todo:
                    todo[sha256].append(path)
                elif stored := store.get(sha256, self.spec.reports):
                    yield _outcome(path, sha256, stored, cached=True)
                else:
                    todo[sha256] = [path]
            tasks = [(paths[0], sha256) for sha256, paths in todo.items()]
            with contextlib.closing(self._execute(tasks)) as finished:  # closing stops workers
                for (_, sha256), analysis in finished:
                    store.put(sha256, analysis)
                    for index, same in enumerate(todo.pop(sha256)):
                        yield _outcome(same, sha256, analysis, cached=index > 0)

    def _execute(
        self, tasks: list[tuple[Path, str]]
    ) -> Generator[tuple[tuple[Path, str], Analysis], None, None]:
        if not tasks:
            return
        if self.dask_address is not None:
            from analyzer.batch.distributed import run_on_cluster

            cluster = run_on_cluster(
                self.dask_address, tasks, self.spec, self.settings, timeout=self.timeout
            )
            with contextlib.closing(cluster):
                for task, value in cluster:
                    yield task, _as_analysis(value)
            return
        by_name = {str(path): (path, sha256) for path, sha256 in tasks}
        pool: WorkerPool[FileAnalyzer, str, Analysis] = WorkerPool(
            functools.partial(start_analyzer, self.spec),
            analyze_read,
            jobs=self.jobs,
            timeout=self.timeout,
            memory_mb=self.memory_mb,
            preload=READ_PRELOAD,
            max_items=self.files_per_worker,
            read=functools.partial(read_resume, self.spec),
            readers=self.readers,
        )
        self.stats = pool.stats
        with contextlib.closing(pool.run(by_name)) as finished:
            for name, value in finished:
                yield by_name[name], _as_analysis(value)


def analyze_folder(
    folder: str | os.PathLike[str],
    *,
    recursive: bool = False,
    jobs: int | None = None,
    profile: str | None = None,
    lexicon: str | os.PathLike[str] | None = None,
    config: AnalyzerConfig | None = None,
    store: str | os.PathLike[str] | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    memory_mb: int | None = DEFAULT_MEMORY_MB,
    dask_address: str | None = None,
    reports: Sequence[str] = (),
    files_per_worker: int | None = DEFAULT_FILES_PER_WORKER,
    job: JobTarget | None = None,
    as_of: date | None = None,
    readers: int | None = None,
) -> BatchRun:
    """Analyse every resume (.pdf, .docx, .docm, .txt, .text, .md) in `folder`; iterate the
    result for one `FileOutcome` per resume as each finishes.

    - `jobs` analysis workers each load spaCy and the lexicon once, and `readers` processes
      read the files (extraction: pdfminer.six or PDFium, Word, OCR) meanwhile. By default the
      cores are shared by what reading and analysing these files cost (`analysis_workers()`),
      and readers get the rest and one more. Reading starts at once, while the analysis
      workers still set up, at most `runner.READ_AHEAD_BYTES` of read files ahead of them.
      This process only hashes, stores and ranks.
    - A file may take `timeout` seconds (None: no limit), reading and analysis together, and a
      worker or reader `memory_mb` MiB of address space (None: no cap); past either, the file
      fails (AnalysisTimeoutError, WorkerCrashedError) and the run goes on. A file that fails on
      bad input fails alone, with its error.
    - `store`: an SQLite file that keeps every result (and deterministic failure), keyed by
      content hash and settings; files already there are not analysed again (`cached=True`).
      None: nothing is kept.
    - `dask_address`: send the work to a Dask scheduler instead (needs `skillgap[dask]`).
    - `reports`: formats of `analyzer.report` to render in the workers too, e.g. ("html",).
    - `files_per_worker`: a worker (or reader) is replaced by a fresh one after this many files
      (None: never); `config.limits` bounds each file's characters, pages, objects and streams.
    - `job`: score every resume for this job (`Analyzer.read_job()`) instead of the profile;
      results are stored apart from the profile's. `as_of`: the date ongoing roles count to
      (default: the day each file is analysed).

    Worker processes start from a fork server that does not re-run the calling script (no
    `if __name__ == "__main__":` guard is needed) and die with the calling process.

    Raises, before any work: InputNotFoundError / NotAFileError for the folder, LexiconError,
    ConfigError (unknown profile, bad limits), OutputError (a store path that is not a store).
    """
    return BatchRun(
        folder,
        recursive=recursive,
        jobs=jobs,
        profile=profile,
        lexicon=lexicon,
        config=config,
        store=store,
        timeout=timeout,
        memory_mb=memory_mb,
        dask_address=dask_address,
        reports=reports,
        files_per_worker=files_per_worker,
        job=job,
        as_of=as_of,
        readers=readers,
    )


READING_COST: dict[str, float] = {"pdfminer": 8.0, "pdfium": 1.0}
"""CPU time of reading one PDF with each engine, in analyses (matching, scoring, rendering and
moving the result between processes): README "Speed", per stage on the dev resumes, 104 ms
against about 12 (pdfminer.six) and 11 against 12 (PDFium). Reading a Word or text file costs
a small fraction of an analysis (`OTHER_READING_COST`)."""
OTHER_READING_COST = 0.2


def analysis_workers(resumes: Sequence[Path], engine: str, cores: int) -> int:
    """How many of `cores` to give analysis, by default: their share of what these files will
    cost to read and to analyse, at least one. A folder of PDFs read with pdfminer.six wants one
    analysis worker up to about nine cores (each more loads spaCy for nothing: 1.1 s of CPU and
    127 MiB); with PDFium, or for text files, about half the cores or more go to analysis."""
    pdf_cost = READING_COST[engine]
    reading = sum(pdf_cost if p.suffix.lower() == ".pdf" else OTHER_READING_COST for p in resumes)
    analysing = len(resumes) or 1
    return min(cores, max(1, round(cores * analysing / (analysing + reading))))


class WorkSettings(NamedTuple):
    spec: WorkSpec
    """What workers need to build their Analyzer."""
    fingerprint: str
    """What stored results are keyed by, besides the content hash."""
    scored_skills: tuple[str, ...]
    """The skill ids every report assesses."""


def work_settings(
    lexicon: str | os.PathLike[str] | None,
    config: AnalyzerConfig | None,
    profile: str | None,
    reports: tuple[str, ...] = (),
    job: JobTarget | None = None,
    as_of: date | None = None,
) -> WorkSettings:
    """What workers need, the fingerprint results are stored under, and the skill ids every
    report assesses (the job's, or the profile's), for these settings. Raises LexiconError, or
    ConfigError for an unknown profile."""
    loaded = load_lexicon(lexicon)
    try:
        chosen = loaded.profile(profile)
    except KeyError as error:
        raise ConfigError(str(error.args[0])) from None
    spec = WorkSpec.of(lexicon, config or AnalyzerConfig(), chosen.id, reports, job, as_of)
    scored = job.skill_ids if job is not None else chosen.skills
    return WorkSettings(spec, settings_fingerprint(loaded, spec), scored)


def prune_store(
    store: str | os.PathLike[str],
    *,
    profile: str | None = None,
    lexicon: str | os.PathLike[str] | None = None,
    config: AnalyzerConfig | None = None,
    older_than_days: float | None = None,
) -> tuple[int, int]:
    """Delete from `store` what a batch with these settings would never read again (results of
    other skillgap, library or lexicon versions, profiles or limits), and with
    `older_than_days` older results too. Returns (rows deleted, rows kept)."""
    path = Path(store)
    if not path.is_file():
        raise InputNotFoundError("no such store", path=str(path))
    settings = work_settings(lexicon, config, profile).fingerprint
    with ResultStore(path, settings) as results:
        return results.prune(older_than_days=older_than_days)


def with_path(result: dict[str, Any], path: Path) -> dict[str, Any]:
    """A copy of the JSON report that names `path` as its source (content is shared by files
    with equal bytes, the name is not)."""
    return {**result, "source": {**result["source"], "path": str(path)}}


def _outcome(path: Path, sha256: str, analysis: Analysis, *, cached: bool) -> FileOutcome:
    result = None if analysis.result is None else with_path(analysis.result, path)
    return FileOutcome(path, sha256, result, analysis.error, cached, analysis.reports)


def _as_analysis(value: Analysis | SkillgapError) -> Analysis:
    return Analysis(error=FileError.of(value)) if isinstance(value, SkillgapError) else value


def _read_error(error: OSError) -> FileError:
    if isinstance(error, FileNotFoundError):
        return FileError(InputNotFoundError.code, "disappeared before it could be read")
    if isinstance(error, IsADirectoryError):
        return FileError(NotAFileError.code, "is not a regular file")
    return FileError(UnsupportedInputError.code, f"cannot be read: {error.strerror or error}")


def _check_limits(
    jobs: int | None,
    timeout: float | None,
    memory_mb: int | None,
    reports: Sequence[str],
    readers: int | None = None,
) -> None:
    problems = []
    if readers is not None and readers < 1:
        problems.append(f"readers is {readers}; it must be at least 1")
    if jobs is not None and jobs < 1:
        problems.append(f"jobs is {jobs}; it must be at least 1")
    if timeout is not None and timeout <= 0:
        problems.append(f"timeout is {timeout}; it must be positive (or None for no limit)")
    if memory_mb is not None and memory_mb < 64:
        problems.append(f"memory_mb is {memory_mb}; give at least 64 (or None for no cap)")
    if reports:
        from analyzer.report import FORMATS

        unknown = sorted(set(reports) - set(FORMATS))
        if unknown:
            problems.append(f"unknown report formats {unknown}; choose from {sorted(FORMATS)}")
    if problems:
        raise ConfigError("invalid batch settings: " + "; ".join(problems))
