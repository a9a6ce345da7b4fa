"""The batch on a Dask cluster (`pip install 'skillgap[dask]'`): the same per-file work, sent
to the workers of a `distributed` scheduler.

Workers of a real cluster may not see the client's disk, so the client reads each file and sends
its bytes; the worker writes them to a file in its own temporary folder, analyses it, and deletes
it. Each Dask worker process keeps one `FileAnalyzer` per settings (spaCy and the lexicon load
once) and checks that its skillgap version and lexicon give the client's settings fingerprint, so
a cluster with another version installed fails loudly instead of filling the store with results
that do not match their key.

Limits differ from the local pool: Dask cannot stop a running task. The client keeps at most one
file per worker thread in flight and times each from its submission; past the limit the file is
recorded as AnalysisTimeoutError and its task cancelled, but a truly hung task holds its worker
thread until it returns. Memory is the cluster's business (`dask worker --memory-limit`); a file
whose task kills workers ends as `KilledWorker`, recorded as WorkerCrashedError.
"""

from __future__ import annotations

import importlib
import tempfile
import threading
import time
from collections import deque
from collections.abc import Generator
from pathlib import Path
from typing import Any

from analyzer.batch.records import Analysis, FileError
from analyzer.batch.work import FileAnalyzer, WorkSpec
from analyzer.errors import (
    AnalysisTimeoutError,
    ConfigError,
    SkillgapError,
    UnsupportedInputError,
    WorkerCrashedError,
)

Task = tuple[Path, str]
"""A file and the SHA-256 of its content."""

_analyzers: dict[WorkSpec, FileAnalyzer] = {}
_analyzers_lock = threading.Lock()


def analyze_bytes(spec: WorkSpec, settings: str, name: str, data: bytes) -> Analysis:
    """Runs on a Dask worker: analyse `data` as the file `name`."""
    with _analyzers_lock:  # a worker's threads share one Analyzer per settings
        if spec not in _analyzers:
            _analyzers[spec] = FileAnalyzer(spec)
        worker = _analyzers[spec]
    if worker.settings != settings:
        return Analysis(
            error=FileError(
                ConfigError.code,
                "this Dask worker's skillgap version or lexicon differs from the client's; "
                "install the same skillgap (and lexicon path) on every worker",
            )
        )
    with tempfile.TemporaryDirectory(prefix="skillgap-") as folder:
        path = Path(folder, Path(name).name)
        path.write_bytes(data)
        return worker(str(path), name)


def run_on_cluster(
    address: str, tasks: list[Task], spec: WorkSpec, settings: str, *, timeout: float | None
) -> Generator[tuple[Task, Analysis | SkillgapError], None, None]:
    """Yield `(task, analysis or error)` for every task as the cluster finishes it."""
    try:  # untyped: used through Any
        dask: Any = importlib.import_module("distributed")
    except ImportError:
        raise ConfigError("--dask needs Dask: pip install 'skillgap[dask]'") from None
    try:
        client = dask.Client(address, set_as_default=False, timeout="10s")
    except (OSError, TimeoutError) as error:
        raise ConfigError(f"cannot reach the Dask scheduler at {address!r}: {error}") from None
    with client, client.as_current():  # `dask.wait` finds the client through the context
        slots = max(1, sum(client.nthreads().values()))
        queue = deque(tasks)
        running: dict[Any, tuple[Task, float]] = {}  # dask Future -> (task, submitted at)
        while queue or running:
            while queue and len(running) < slots:
                task = queue.popleft()
                try:
                    data = task[0].read_bytes()
                except OSError as error:
                    yield task, UnsupportedInputError(f"cannot be read: {error.strerror}")
                    continue
                name = str(task[0])
                future = client.submit(analyze_bytes, spec, settings, name, data, pure=False)
                running[future] = (task, time.monotonic())
            if not running:
                continue
            oldest = min(started for _, started in running.values())
            left = None if timeout is None else max(0.01, oldest + timeout - time.monotonic())
            try:
                done = dask.wait(list(running), timeout=left, return_when="FIRST_COMPLETED").done
            except TimeoutError:
                done = set()
            for future in done:
                task, _ = running.pop(future)
                yield task, _value(future, dask.KilledWorker)
            if timeout is not None:
                now = time.monotonic()
                for future, (task, started) in list(running.items()):
                    if now - started >= timeout:
                        del running[future]
                        future.cancel()
                        yield task, AnalysisTimeoutError(f"took longer than {timeout:g} s")


def _value(future: Any, killed: type[Exception]) -> Analysis | SkillgapError:
    error = future.exception()
    if error is None:
        value: Analysis = future.result()
        return value
    if isinstance(error, killed):
        return WorkerCrashedError(f"Dask workers died running it ({error})")
    if isinstance(error, MemoryError):
        return WorkerCrashedError("ran out of memory on the Dask worker")
    return SkillgapError(f"internal error ({type(error).__name__}: {error}); please report it")
