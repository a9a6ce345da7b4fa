"""A small process pool that outlives its workers: a hung item times out, a dead worker is
replaced, and the run goes on.

`concurrent.futures.ProcessPoolExecutor` cannot do this: one dead worker breaks the whole pool
(BrokenProcessPool) and a running task cannot be stopped. Here each worker has its own pipe, so the
parent always knows which item a worker holds and since when:

- a worker runs `setup()` once (build the Analyzer: spaCy and the lexicon), says it is ready, then
  answers items one at a time with `work(state, item)`;
- the parent waits on every pipe and every process sentinel at once, with the nearest deadline as
  the time limit (the clock of an item starts when it is sent, so start-up never counts);
- past its deadline a worker is killed and replaced, and its item is reported as
  `AnalysisTimeoutError`; a worker that dies (killed, out of memory, a crash in native code) is
  replaced and its item reported as `WorkerCrashedError`; an exception inside `work` is reported for
  its item (MemoryError ends the worker, anything else does not).

Workers start with "forkserver": the server imports the heavy modules once (`preload`) and each
worker forks from it, which is safe with the parent's threads (progress bars, Dask) and makes a
replacement cheap. A worker caps its own address space (`RLIMIT_AS`) when `memory_mb` is given and
ignores Ctrl-C: the parent stops it. A worker dies with its parent, even in the middle of a hung
item: it exits when the parent's end of the pipe closes, asks Linux to kill it when the process
that forked it ends (PR_SET_PDEATHSIG; the fork server ends with the parent), and a watchdog thread
checks that the parent lives, so a `kill -9` of the parent leaves no process behind. With
`max_items`, a worker that has answered that many items is retired and replaced (memory that a
long run fragments or leaks is given back).

The worker processes themselves are `analyzer.workers`', shared with `analyzer.isolation`, which
runs single calls (one PDF read by `Analyzer.analyze`) on the same kind of worker.
"""

from __future__ import annotations

import math
import multiprocessing
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from multiprocessing.context import BaseContext
from typing import Any, Generic, TypeVar

from analyzer.errors import AnalysisTimeoutError, SkillgapError, WorkerCrashedError
from analyzer.workers import (
    Done,
    Raised,
    Ready,
    SetupFailed,
    Worker,
    exit_reason,
    library_context,
    start_worker,
    stop_workers,
)

S = TypeVar("S")
T = TypeVar("T")
R = TypeVar("R")

# ---------------------------------------------------------------------------------- parent


@dataclass
class PoolStats:
    """Live counters of a pool, for progress displays and benchmarks."""

    workers_started: int = 0
    peak_rss_kb: dict[int, int] = field(default_factory=dict)
    """Worker pid -> its peak resident memory (KiB), as the worker last reported it."""
    warm_at: float | None = None
    """`time.monotonic()` when the first set of workers were all ready (start-up done); None if
    the run ended before the slowest of them was."""


class WorkerPool(Generic[S, T, R]):
    """Run `work(state, item)` for each item in `jobs` processes, each holding `setup()`'s state.

    `setup` and `work` must be picklable (module-level functions, or partials of them).
    """

    def __init__(
        self,
        setup: Callable[[], S],
        work: Callable[[S, T], R],
        *,
        jobs: int,
        timeout: float | None,
        memory_mb: int | None = None,
        start_method: str = "forkserver",
        preload: Sequence[str] = (),
        max_items: int | None = None,
    ) -> None:
        """`max_items`: retire a worker after it has answered that many items (None: never)."""
        if jobs < 1:
            raise ValueError(f"jobs must be at least 1, not {jobs}")
        if max_items is not None and max_items < 1:
            raise ValueError(f"max_items must be at least 1, not {max_items}")
        self.max_items = max_items
        self.setup = setup
        self.work = work
        self.jobs = jobs
        self.timeout = timeout
        self.memory_mb = memory_mb
        self.context: BaseContext = (
            library_context()  # the host's __main__ and default start method stay untouched
            if start_method == "forkserver"
            else multiprocessing.get_context(start_method)
        )
        if start_method == "forkserver":  # the server imports these once; workers fork ready
            self.context.set_forkserver_preload([__name__, *preload])
        self.stats = PoolStats()

    def run(self, items: Iterable[T]) -> Generator[tuple[T, R | SkillgapError], None, None]:
        """Yield `(item, work's value)` as items finish, in any order; `(item, error)` for an item
        that timed out (AnalysisTimeoutError), killed its worker (WorkerCrashedError) or raised
        (SkillgapError E000). Raises WorkerCrashedError when a worker cannot even start."""
        queue: deque[T] = deque(items)
        target = min(self.jobs, len(queue))
        workers = [self._start() for _ in range(target)]
        completed = False
        try:
            while queue or any(w.item is not None for w in workers):
                for worker in workers:
                    if worker.ready and worker.item is None and queue:
                        self._assign(worker, queue.popleft())
                wait(self._waitables(workers), self._time_left(workers))
                finished: list[tuple[T, R | SkillgapError]] = []
                gone = [w for w in workers if not self._check(w, finished)]
                self._stop(gone, graceful=False)
                workers = [w for w in workers if w not in gone]
                while len(workers) < self.jobs and len(queue) > sum(
                    w.item is None for w in workers
                ):
                    workers.append(self._start())
                if self.stats.warm_at is None and sum(w.ready for w in workers) >= target:
                    self.stats.warm_at = time.monotonic()
                yield from finished
            completed = True
        finally:
            self._stop(workers, graceful=completed)

    def serve(self, inbox: Inbox[T]) -> Generator[tuple[T, R | SkillgapError], None, None]:
        """Like `run`, for items that arrive over time (a service): keep `jobs` workers warm,
        run each item put in `inbox` as a worker frees up, and yield `(item, value or error)` as
        each finishes, with the same time limit, memory cap and replacement of dead workers.
        Ends when `inbox` is closed and every item taken from it has finished."""
        queue: deque[T] = deque()
        workers = [self._start() for _ in range(self.jobs)]
        completed = False
        try:
            while not inbox.closed or queue or any(w.item is not None for w in workers):
                queue.extend(inbox.take())
                for worker in workers:
                    if worker.ready and worker.item is None and queue:
                        self._assign(worker, queue.popleft())
                waitables = [*self._waitables(workers), inbox.wakeup]
                wait(waitables, self._time_left(workers))
                finished: list[tuple[T, R | SkillgapError]] = []
                gone = [w for w in workers if not self._check(w, finished)]
                self._stop(gone, graceful=False)
                workers = [w for w in workers if w not in gone]
                workers += [self._start() for _ in range(self.jobs - len(workers))]
                if self.stats.warm_at is None and all(w.ready for w in workers):
                    self.stats.warm_at = time.monotonic()
                yield from finished
            completed = True
        finally:
            self._stop(workers, graceful=completed)

    # -------------------------------------------------------------------- one worker

    def _start(self) -> Worker:
        self.stats.workers_started += 1
        return start_worker(self.context, self.setup, self.work, self.memory_mb)

    def _assign(self, worker: Worker, item: T) -> None:
        worker.item = (item,)
        worker.deadline = math.inf if self.timeout is None else time.monotonic() + self.timeout
        worker.conn.send(worker.item)

    def _check(self, worker: Worker, finished: list[tuple[T, R | SkillgapError]]) -> bool:
        """Take what `worker` has to say; False when it is gone (dead, or killed past its
        deadline) and must be replaced. Finished items are appended to `finished`."""
        alive = self._receive(worker, finished) and not worker.exiting
        if alive and not worker.process.is_alive() and not worker.conn.poll():
            alive = False
        if alive and worker.item is not None and time.monotonic() >= worker.deadline:
            item = worker.item[0]
            finished.append((item, AnalysisTimeoutError(f"took longer than {self.timeout:g} s")))
            worker.item = None
            alive = False
        if alive:
            return True
        if not worker.ready:
            raise WorkerCrashedError(
                f"a worker died while starting ({exit_reason(worker.process)})"
            )
        if worker.item is not None:
            reason = exit_reason(worker.process)
            finished.append((worker.item[0], WorkerCrashedError(f"the worker died ({reason})")))
            worker.item = None
        return False

    def _receive(self, worker: Worker, finished: list[tuple[T, R | SkillgapError]]) -> bool:
        """Read every message waiting on the worker's pipe; False when the pipe is closed."""
        try:
            while worker.conn.poll():
                message = worker.conn.recv()
                self._handle(worker, message, finished)
        except (EOFError, OSError):
            return False
        return True

    def _handle(
        self, worker: Worker, message: object, finished: list[tuple[T, R | SkillgapError]]
    ) -> None:
        pid = worker.process.pid or 0
        match message:
            case Ready(rss_kb):
                worker.ready = True
                self.stats.peak_rss_kb[pid] = rss_kb
            case SetupFailed(text):
                raise WorkerCrashedError(f"a worker could not start: {text}")
            case Done(value, rss_kb):
                assert worker.item is not None
                finished.append((worker.item[0], value))
                self.stats.peak_rss_kb[pid] = rss_kb
                worker.item, worker.deadline = None, math.inf
                worker.answered += 1
                if self.max_items is not None and worker.answered >= self.max_items:
                    worker.exiting = True  # retired: replaced by a fresh worker
            case Raised(text, out_of_memory):
                assert worker.item is not None
                error = (
                    WorkerCrashedError(text)
                    if out_of_memory
                    else SkillgapError(f"internal error ({text}); please report it")
                )
                finished.append((worker.item[0], error))
                worker.item, worker.deadline, worker.exiting = None, math.inf, out_of_memory

    # ------------------------------------------------------------------ all workers

    def _waitables(self, workers: list[Worker]) -> list[Any]:
        return [w.conn for w in workers] + [w.process.sentinel for w in workers]

    def _time_left(self, workers: list[Worker]) -> float | None:
        deadline = min((w.deadline for w in workers), default=math.inf)
        return None if deadline == math.inf else max(0.0, deadline - time.monotonic())

    def _stop(self, workers: list[Worker], *, graceful: bool) -> None:
        stop_workers(workers, graceful=graceful)


class Inbox(Generic[T]):
    """Items handed to `WorkerPool.serve` from other threads. `put` wakes the pool at once (its
    `wakeup` pipe is among what the pool waits on); `close` lets it finish and stop."""

    def __init__(self) -> None:
        self._items: deque[T] = deque()
        self._lock = threading.Lock()
        self.wakeup, self._ring = multiprocessing.Pipe(duplex=False)
        self._rung = False
        self.closed = False

    def put(self, item: T) -> None:
        with self._lock:
            if self.closed:
                raise RuntimeError("the inbox is closed")
            self._items.append(item)
            self._wake()

    def close(self) -> None:
        with self._lock:
            self.closed = True
            self._wake()

    def take(self) -> list[T]:
        """Every item put since the last call (and the wake-up call they rang)."""
        with self._lock:
            if self._rung:
                self.wakeup.recv_bytes()
                self._rung = False
            items = list(self._items)
            self._items.clear()
            return items

    def _wake(self) -> None:
        """Ring once until the pool takes: the pipe never fills, however many items wait."""
        if not self._rung:
            self._ring.send_bytes(b"")
            self._rung = True
