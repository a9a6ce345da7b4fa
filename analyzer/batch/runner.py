"""A small process pool that outlives its workers: a hung item times out, a dead worker is
replaced, and the run goes on.

`concurrent.futures.ProcessPoolExecutor` cannot do this: one dead worker breaks the whole pool
(BrokenProcessPool) and a running task cannot be stopped. Here each worker has its own pipe, so the
parent always knows which item a worker holds and since when:

- a worker runs `setup()` once (build the Analyzer: spaCy and the lexicon), says it is ready, then
  answers items one at a time with `work(state, item)`;
- with a `read` step, each item is first read by `read(item)` in a reader process (`readers` of
  them, no set-up: they start at once) and `work` gets what was read: reading runs while the
  workers still set up, and later beside them, at most `read_ahead` items and `READ_AHEAD_BYTES`
  ahead (the bound on the memory of what waits in the parent); while analysis workers start,
  readers keep to the cores the starting workers leave (`cores`), since every analysis waits
  for that start-up;
- an idle worker gets its next item before the caller handles what finished (stores it, writes
  it), so that handling overlaps the work;
- the parent waits on every pipe and every process sentinel at once, with the nearest deadline as
  the time limit (the clock of an item starts when it is sent, so start-up never counts; with a
  read step, the time reading took counts against the same limit);
- past its deadline a worker is killed and replaced, and its item is reported as
  `AnalysisTimeoutError`; a worker that dies (killed, out of memory, a crash in native code) is
  replaced and its item reported as `WorkerCrashedError`; an exception inside `work` is reported for
  its item (MemoryError ends the worker, anything else does not); a SkillgapError from `read`
  (bad input) is the item's result.

Workers start with "forkserver": the server imports the modules in `preload` once and each worker
forks from it, which is safe with the parent's threads (progress bars, Dask) and makes a
replacement cheap. A worker caps its own address space (`RLIMIT_AS`) when `memory_mb` is given and
ignores Ctrl-C: the parent stops it. A worker dies with its parent, even in the middle of a hung
item: it exits when the parent's end of the pipe closes, asks Linux to kill it when the process
that forked it ends (PR_SET_PDEATHSIG; the fork server ends with the parent), and a watchdog thread
checks that the parent lives, so a `kill -9` of the parent leaves no process behind. With
`max_items`, a worker (or reader) that has answered that many items is retired and replaced
(memory that a long run fragments or leaks is given back).

The worker processes and the parent's side of their protocol (`Worker.give`/`collect`) are
`analyzer.workers`', shared with `analyzer.isolation`, which runs single calls (one PDF read by
`Analyzer.analyze`) on the same kind of worker; the readers here are such workers too
(`workers.call`). This module only says what is the pool's: which worker gets what, how many
run, and how a failure reads in a batch.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Sequence
from dataclasses import dataclass, field
from multiprocessing import forkserver
from multiprocessing.connection import wait
from multiprocessing.context import BaseContext
from typing import Any, Generic, TypeVar

from analyzer.errors import AnalysisTimeoutError, SkillgapError, WorkerCrashedError
from analyzer.workers import (
    Answer,
    Failure,
    StartFailed,
    Worker,
    call,
    fork_fork_server,
    library_context,
    no_state,
    start_worker,
    stop_workers,
)

S = TypeVar("S")
T = TypeVar("T")
R = TypeVar("R")

READ_AHEAD = 256
"""With a `read` stage: at most this many items read and waiting for an analysis worker (or
being read), and at most `READ_AHEAD_BYTES` of what was read (pickled) waiting, so memory stays
bounded however fast the readers are, while readers never wait during the analysis workers'
start-up (about 2 s, 15-30 resumes read)."""
READ_AHEAD_BYTES = 64 * 1024 * 1024
"""The memory of what waits read: a dev resume is about 5 KB read, one at the `characters`
limit a few MB."""

# ---------------------------------------------------------------------------------- parent


@dataclass
class PoolStats:
    """Live counters of a pool, for progress displays and benchmarks."""

    workers_started: int = 0
    """Analysis workers (those running `work`) started, replacements included."""
    readers_started: int = 0
    """Reader processes started (with a `read` stage), replacements included."""
    peak_rss_kb: dict[int, int] = field(default_factory=dict)
    """Worker pid (readers too) -> its peak resident memory (KiB), as it last reported it."""
    warm_at: float | None = None
    """`time.monotonic()` when the first set of workers were all ready (start-up done); None if
    the run ended before the slowest of them was."""


@dataclass
class _Read(Generic[T]):
    """An item read and waiting for an analysis worker."""

    item: T
    value: Any
    seconds: float
    """Time its reading took (it counts against the item's time limit)."""
    size: int
    """Bytes it took to send (pickled)."""


class WorkerPool(Generic[S, T, R]):
    """Run `work(state, item)` for each item in `jobs` processes, each holding `setup()`'s state.

    With `read`, each item is first read by `read(item)` in one of `readers` reader processes
    (default: `jobs`), and `work(state, read's value)` runs in an analysis worker: reading starts
    at once while the analysis workers still set up, up to `read_ahead` items (and
    `READ_AHEAD_BYTES`) ahead, and a SkillgapError from `read` ends the item with that error.
    An item's time limit covers both steps.

    `setup`, `work` and `read` must be picklable (module-level functions, or partials of them).
    """

    def __init__(
        self,
        setup: Callable[[], S],
        work: Callable[[S, Any], R],
        *,
        jobs: int,
        timeout: float | None,
        memory_mb: int | None = None,
        start_method: str = "forkserver",
        preload: Sequence[str] = (),
        max_items: int | None = None,
        read: Callable[[T], Any] | None = None,
        readers: int | None = None,
        read_ahead: int = READ_AHEAD,
        cores: int | None = None,
    ) -> None:
        """`max_items`: retire a worker (or reader) after it has answered that many items
        (None: never). `cores`: the CPUs the pool may keep busy (default: those this process
        may run on), which bounds the readers reading while analysis workers start."""
        if jobs < 1:
            raise ValueError(f"jobs must be at least 1, not {jobs}")
        if max_items is not None and max_items < 1:
            raise ValueError(f"max_items must be at least 1, not {max_items}")
        self.max_items = max_items
        self.setup = setup
        self.work = work
        self.read = read
        self.readers = readers or jobs
        self.read_ahead = max(read_ahead, self.readers)
        self.cores = cores or usable_cores()
        self.jobs = jobs
        self.timeout = timeout
        self.memory_mb = memory_mb
        self.context: BaseContext = (
            _fork_server_context(preload)
            if start_method == "forkserver"
            else multiprocessing.get_context(start_method)
        )
        self.stats = PoolStats()

    def run(self, items: Iterable[T]) -> Generator[tuple[T, R | SkillgapError], None, None]:
        """Yield `(item, work's value)` as items finish, in any order; `(item, error)` for an item
        that timed out (AnalysisTimeoutError), killed its worker (WorkerCrashedError) or raised
        (SkillgapError E001, or `read`'s own error). Raises WorkerCrashedError when a worker
        cannot even start."""
        return self._drive(deque(items), None)

    def serve(self, inbox: Inbox[T]) -> Generator[tuple[T, R | SkillgapError], None, None]:
        """Like `run`, for items that arrive over time (a service): keep `jobs` workers warm,
        run each item put in `inbox` as a worker frees up, and yield `(item, value or error)` as
        each finishes, with the same time limit, memory cap and replacement of dead workers.
        Ends when `inbox` is closed and every item taken from it has finished."""
        return self._drive(deque(), inbox)

    # ------------------------------------------------------------------------- the loop

    def _drive(
        self, queue: deque[T], inbox: Inbox[T] | None
    ) -> Generator[tuple[T, R | SkillgapError], None, None]:
        """Feed readers (if any) and analysis workers, wait for news, collect answers, replace
        workers that are gone, and yield what finished, until nothing is left (and `inbox`, if
        any, is closed)."""
        read: deque[_Read[T]] = deque()
        readers: list[Worker] = []
        workers: list[Worker] = []
        finished: list[tuple[T, R | SkillgapError]] = []
        completed = False
        try:
            while True:
                if inbox is not None:
                    queue.extend(inbox.take())
                unfinished = len(queue) + len(read) + _busy(readers) + _busy(workers)
                if not unfinished and (inbox is None or inbox.closed):
                    break
                serving = inbox is not None
                if self.read is not None:
                    self._top_up(readers, len(queue) + _busy(readers), serving, reader=True)
                self._top_up(workers, unfinished, serving, reader=False)
                if self.stats.warm_at is None and workers and all(w.ready for w in workers):
                    self.stats.warm_at = time.monotonic()
                self._feed(queue, read, readers, workers)
                # Only now, with every idle process given its next item, does the caller get
                # what finished: its handling (storing, writing) overlaps their work.
                yield from finished
                finished = []
                everyone = readers + workers
                waitables = [x for w in everyone for x in w.waitables()]
                if inbox is not None:
                    waitables.append(inbox.wakeup)
                lefts = [left for w in everyone if (left := w.time_left()) is not None]
                wait(waitables, min(lefts, default=None))
                for answer in self._collect(readers):
                    self._after_reading(answer, read, finished)
                for answer in self._collect(workers):
                    finished.append((answer.key, self._value_of(answer)))
            yield from finished
            completed = True
        finally:
            stop_workers(readers + workers, graceful=completed)

    def _feed(
        self, queue: deque[T], read: deque[_Read[T]], readers: list[Worker], workers: list[Worker]
    ) -> None:
        """Give idle workers the items read (or, without readers, queued), and idle readers
        queued items while fewer than `read_ahead` are read or being read."""
        for worker in workers:
            if not worker.idle:
                continue
            if self.read is None and queue:
                item = queue.popleft()
                self._give(worker, item, item, self.timeout)
            elif read:
                done = read.popleft()
                left = None if self.timeout is None else max(0.0, self.timeout - done.seconds)
                self._give(worker, done.item, done.value, left)
        waiting = sum(done.size for done in read)
        slots = self._reading_slots(workers)
        for reader in readers:
            if (
                reader.idle
                and queue
                and _busy(readers) < slots
                and len(read) + _busy(readers) < self.read_ahead
                and waiting < READ_AHEAD_BYTES
            ):
                item = queue.popleft()
                self._give(reader, item, (self.read, (item,)), self.timeout)

    def _reading_slots(self, workers: list[Worker]) -> int:
        """How many readers may read at once: all of them, except while analysis workers start
        up. Their start-up (spaCy, the Analyzer) is what every analysis waits for, so readers
        then leave them their cores: `cores` minus the workers starting, at least one reader.
        (Sharing the cores evenly instead slowed the start-up by half, until readers had read
        everything and one core idled while the worker caught up alone.)"""
        starting = sum(not w.ready and not w.exiting for w in workers)
        if not starting:
            return self.readers
        return max(1, min(self.readers, self.cores - starting))

    def _give(self, worker: Worker, item: T, message: Any, seconds: float | None) -> None:
        try:
            worker.give(item, message, seconds)
        except OSError:  # died meanwhile: `collect` reports the item failed with it
            worker.deadline = 0.0

    def _collect(self, workers: list[Worker]) -> list[Answer]:
        """Every answer `workers` have now; those that are gone are stopped and dropped."""
        answers: list[Answer] = []
        for worker in workers:
            try:
                answers += worker.collect()
            except StartFailed as error:
                raise WorkerCrashedError(f"a worker could not start: {error}") from None
            if worker.rss_kb and worker.process.pid is not None:
                self.stats.peak_rss_kb[worker.process.pid] = worker.rss_kb
        gone = [w for w in workers if w.exiting and w.held is None]
        stop_workers(gone, graceful=False)
        workers[:] = [w for w in workers if w not in gone]
        return answers

    def _after_reading(
        self, answer: Answer, read: deque[_Read[T]], finished: list[tuple[T, R | SkillgapError]]
    ) -> None:
        """A reader's answer: the value read goes on to analysis; an error ends the item."""
        if answer.failure is None:
            ok, value = answer.value
            if ok:
                read.append(_Read(answer.key, value, answer.seconds, answer.size))
                return
            finished.append((answer.key, value))
        else:
            finished.append((answer.key, self._value_of(answer)))

    def _value_of(self, answer: Answer) -> Any:
        """The answer's value, or its failure as the error the item ends with."""
        match answer.failure:
            case None:
                return answer.value
            case Failure.TIMED_OUT:
                return AnalysisTimeoutError(f"took longer than {self.timeout:g} s")
            case Failure.DIED:
                return WorkerCrashedError(f"the worker died ({answer.detail})")
            case Failure.OUT_OF_MEMORY:
                return WorkerCrashedError(answer.detail)  # says the limit
            case Failure.RAISED:
                return SkillgapError(f"internal error ({answer.detail}); please report it")

    def _top_up(self, workers: list[Worker], pending: int, serving: bool, *, reader: bool) -> None:
        """Start workers up to `jobs` (`readers`): always when serving, else while `pending` items
        outnumber those that can take one (a run never starts a worker it has no item for)."""
        while len(workers) < (self.readers if reader else self.jobs) and (
            serving or pending > sum(not w.exiting and w.held is None for w in workers)
        ):
            setup: Callable[[], Any]
            work: Callable[[Any, Any], Any]
            if reader:
                self.stats.readers_started += 1
                setup, work = no_state, call
            else:
                self.stats.workers_started += 1
                setup, work = self.setup, self.work
            workers.append(start_worker(self.context, setup, work, self.memory_mb, self.max_items))


def usable_cores() -> int:
    """The CPUs this process may run on (its affinity, where the system says), at least 1."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def prestart_fork_server(preload: Sequence[str]) -> bool:
    """Start the pools' fork server now, importing `preload` in the background, so that its
    start overlaps the caller's own (the lexicon, hashing files) instead of delaying the first
    worker. The first preload a process asks for is the one its server keeps.

    For a process skillgap owns (the batch command calls it before starting any thread): the
    server is a fork of it where that is safe (`workers.fork_fork_server`), so it starts with
    the modules imported so far instead of importing them again in a new interpreter. Returns
    whether it is such a fork (else it was started as a new interpreter, or was running)."""
    _fork_server_context(preload)
    forked = fork_fork_server(_server_preload(preload))
    if not forked:
        forkserver.ensure_running()
    return forked


def _fork_server_context(preload: Sequence[str]) -> BaseContext:
    """The library's forkserver context (the host's __main__ and default start method stay
    untouched), its server importing this module and `preload` once: workers fork ready."""
    context = library_context()
    context.set_forkserver_preload(_server_preload(preload))
    return context


def _server_preload(preload: Sequence[str]) -> list[str]:
    """What the fork server imports: this module (the pool's worker side) and `preload`."""
    return [__name__, *preload]


def _busy(workers: list[Worker]) -> int:
    return sum(w.held is not None for w in workers)


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
