"""Run work that cannot be bounded from inside (pdfminer.six on a hostile PDF) where it can be
stopped: in a worker process with a deadline and an address-space cap.

    >>> from analyzer.isolation import run_isolated
    >>> resume = run_isolated(extract, "cv.pdf", path="cv.pdf", seconds=60, memory_mb=2048)

`run_isolated(function, *args, path=..., seconds=..., memory_mb=...)` calls `function(*args)` in a
worker and returns its value, or raises:

- the `SkillgapError` the function raised (bad input stays bad input, with its own code);
- `AnalysisTimeoutError` (E015) when it runs past `seconds`: the worker is killed and replaced;
- `WorkerCrashedError` (E016) when the worker dies (past `memory_mb`, or a crash in native code).

Workers are the batch's (`analyzer.workers`: same worker loop, same parent side of the protocol,
same death-with-the-parent guarantees; they run `workers.call`, like the batch's readers), started
lazily on the first call, kept and reused by later calls (one per concurrent
caller, up to the number of cores), and retired after `MAX_CALLS_PER_WORKER` calls. They start from
a fork server that has imported the extraction modules once, so a new worker costs a fork, not
an interpreter start. `function` and its arguments must be picklable (a module-level function).
Nothing here changes the host's multiprocessing default context, logging or signal handlers; the
workers are daemon processes and end with the process that started them.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import wait
from multiprocessing.context import BaseContext
from typing import Any, TypeVar

from analyzer.errors import AnalysisTimeoutError, SkillgapError, WorkerCrashedError
from analyzer.workers import (
    Answer,
    Failure,
    StartFailed,
    Worker,
    call,
    library_context,
    no_state,
    start_worker,
    stop_workers,
)

R = TypeVar("R")

PRELOAD = ("analyzer.extract.api", "analyzer.extract.pdf")
"""What the fork server imports once for isolated calls: extraction and the default engine
(pdfminer.six), while the caller loads spaCy; each worker then reads its first PDF at once."""
MAX_CALLS_PER_WORKER = 200
"""Calls a worker answers before it is retired and replaced (memory goes back to the system)."""
START_SECONDS = 60.0
"""How long a new worker may take to start before the call fails (a machine under heavy load)."""


def run_isolated(
    function: Callable[..., R],
    *args: Any,
    path: str,
    seconds: float,
    memory_mb: int | None,
) -> R:
    """`function(*args)` in a worker process capped at `memory_mb` MiB (None or 0: no cap),
    stopped after `seconds`; errors name `path` (see the module's docstring)."""
    return shared_workers(memory_mb or None).call(function, *args, path=path, seconds=seconds)


class IsolatedWorkers:
    """Reusable worker processes for single calls, all with one memory cap."""

    def __init__(
        self,
        memory_mb: int | None,
        *,
        max_workers: int | None = None,
        max_calls: int = MAX_CALLS_PER_WORKER,
        preload: tuple[str, ...] = PRELOAD,
    ) -> None:
        self.memory_mb = memory_mb
        self.max_workers = max_workers or os.cpu_count() or 1
        self.max_calls = max_calls
        self.context: BaseContext = library_context()
        self.context.set_forkserver_preload(["analyzer.workers", *preload])  # if not yet running
        self._idle: list[Worker] = []
        self._starting: list[Worker] = []
        """Started by `prestart`, not yet waited for."""
        self._pending = 0
        """Workers `prestart` is starting in the background."""
        self._count = 0
        self._changed = threading.Condition()
        self.workers_started = 0

    def call(self, function: Callable[..., R], *args: Any, path: str, seconds: float) -> R:
        """Run `function(*args)` in an idle worker (started if none is), within `seconds`."""
        worker = self._take(path)
        try:
            answer = self._ask(worker, (function, args), path, seconds)
        finally:
            self._give_back(worker)
        ok, result = self._value_of(answer, path, seconds)
        if not ok:
            raise result
        return result  # type: ignore[no-any-return]

    def close(self) -> None:
        """Stop the idle workers (busy ones stop when their call ends)."""
        with self._changed:
            idle, self._idle = self._idle + self._starting, []
            self._starting = []
            self._count -= len(idle)
        stop_workers(idle, graceful=True)

    # ------------------------------------------------------------------------------ workers

    def prestart(self) -> None:
        """Start one worker in the background when there is none: its start-up (and the fork
        server's, the first time) then overlaps the caller's work (loading spaCy) instead of
        delaying the first call."""
        with self._changed:
            if self._count:
                return
            self._count += 1
            self._pending += 1

        def spawn() -> None:
            try:
                worker: Worker | None = self._spawn()
            except Exception:  # the first call starts one itself and reports the error
                worker = None
            with self._changed:
                self._pending -= 1
                if worker is None:
                    self._count -= 1
                else:
                    self._starting.append(worker)
                self._changed.notify_all()

        threading.Thread(target=spawn, name="skillgap-worker-start", daemon=True).start()

    def _take(self, path: str) -> Worker:
        with self._changed:
            while True:
                while (
                    not self._idle
                    and not self._starting
                    and (self._pending or self._count >= self.max_workers)
                ):
                    self._changed.wait()
                if not self._idle:
                    break
                idle = self._idle.pop()
                if idle.process.is_alive():
                    return idle
                self._count -= 1  # died while idle (killed from outside): never give it work
                stop_workers([idle], graceful=False)
            if self._starting:
                worker: Worker | None = self._starting.pop()
            else:
                self._count += 1
                worker = None
        try:
            return self._await_ready(worker or self._spawn(), path)
        except BaseException:
            with self._changed:
                self._count -= 1
                self._changed.notify()
            raise

    def _spawn(self) -> Worker:
        self.workers_started += 1
        return start_worker(self.context, no_state, call, self.memory_mb, self.max_calls)

    def _await_ready(self, worker: Worker, path: str) -> Worker:
        until = time.monotonic() + START_SECONDS
        try:
            while not worker.ready:
                left = until - time.monotonic()
                if left <= 0:
                    raise StartFailed("did not start")
                wait(worker.waitables(), left)
                worker.collect()
        except StartFailed as error:
            stop_workers([worker], graceful=False)
            raise WorkerCrashedError(
                f"the worker to read it could not start ({error})", path=path
            ) from None
        return worker

    def _give_back(self, worker: Worker) -> None:
        """Keep `worker` for the next call, or kill it: it failed, or has answered `max_calls`
        (or the call was interrupted while it still holds the item)."""
        retire = worker.exiting or worker.held is not None
        with self._changed:
            if not retire:
                self._idle.append(worker)
            else:
                self._count -= 1
            self._changed.notify()
        if retire:
            stop_workers([worker], graceful=False)

    def _ask(
        self,
        worker: Worker,
        task: tuple[Callable[..., Any], tuple[Any, ...]],
        path: str,
        seconds: float,
    ) -> Answer:
        """Send `task` and wait for what becomes of it (an answer, a death, the deadline)."""
        try:
            worker.give(path, task, seconds)
        except (OSError, ValueError) as error:
            worker.exiting = True
            raise WorkerCrashedError(
                f"the worker to read it was gone ({error})", path=path
            ) from None
        while True:
            wait(worker.waitables(), worker.time_left())
            for answer in worker.collect():
                return answer

    def _value_of(self, answer: Answer, path: str, seconds: float) -> tuple[bool, Any]:
        """`call`'s (ok, value or error), or the failure as the error this call raises."""
        limit = f"limit memory_mb={self.memory_mb or 0}"
        match answer.failure:
            case None:
                return answer.value  # type: ignore[no-any-return]
            case Failure.TIMED_OUT:
                raise AnalysisTimeoutError(
                    f"took longer than {seconds:g} s to read (limit seconds={seconds:g})",
                    path=path,
                )
            case Failure.DIED:
                raise WorkerCrashedError(
                    f"the worker reading it died ({answer.detail}); {limit}", path=path
                )
            case Failure.OUT_OF_MEMORY:
                raise WorkerCrashedError(f"ran out of memory while reading it ({limit})", path=path)
            case _:
                raise SkillgapError(
                    f"internal error while reading it ({answer.detail}); please report it",
                    path=path,
                )


_shared: dict[int | None, IsolatedWorkers] = {}
_shared_lock = threading.Lock()


def _forget_workers() -> None:
    """In a child forked by the host: the parent's workers are the parent's; start afresh."""
    global _shared_lock
    _shared.clear()
    _shared_lock = threading.Lock()


os.register_at_fork(after_in_child=_forget_workers)


def shared_workers(memory_mb: int | None) -> IsolatedWorkers:
    """The process's workers with this memory cap, made on first use."""
    with _shared_lock:
        workers = _shared.get(memory_mb)
        if workers is None:
            workers = _shared[memory_mb] = IsolatedWorkers(memory_mb)
        return workers


def prestart_isolated(memory_mb: int | None) -> None:
    """Start a worker for `run_isolated` calls with this cap in the background (see
    `IsolatedWorkers.prestart`)."""
    shared_workers(memory_mb or None).prestart()


def can_isolate() -> bool:
    """False inside a daemon process (a batch or Dask worker), which may not start children:
    there, work runs in the process itself, which is isolated already."""
    return not multiprocessing.current_process().daemon
