"""Worker processes that can be stopped: the mechanism under the batch's `WorkerPool`
(`analyzer.batch.runner`) and the isolated single calls of `analyzer.isolation`.

A worker runs `setup()` once, says it is ready, then answers items one at a time with
`work(state, item)` over its own pipe; the parent owns the deadline and the kill. A worker caps its
own address space (`RLIMIT_AS`) when `memory_mb` is given, ignores Ctrl-C (the parent stops it),
and dies with its parent, even in the middle of a hung item: it exits when the parent's end of the
pipe closes, asks Linux to kill it when the process that forked it ends (PR_SET_PDEATHSIG; a fork
server ends with its parent), and a watchdog thread checks that the parent lives. So a `kill -9`
of the parent leaves no process behind.

The parent's side of the protocol lives here too, once for both users: `Worker.give` sends an
item with its deadline, `Worker.collect` turns what the worker said (`Ready`, `SetupFailed`,
`Done`, `Raised`), its death or a passed deadline into an `Answer` (a value, or a `Failure`) or
`StartFailed`, and marks a worker that must be replaced. Each user only words the failures for
its own callers and decides which worker gets what.
"""

from __future__ import annotations

import contextlib
import ctypes
import enum
import gc
import io
import logging
import math
import os
import resource
import signal
import socket
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing import (
    connection,
    forkserver,
    popen_forkserver,
    reduction,
    resource_tracker,
    spawn,
    util,
)
from multiprocessing import context as mp_context
from multiprocessing.connection import Connection
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any, NoReturn

from analyzer.errors import SkillgapError

STOP_GRACE_SECONDS = 2.0
PARENT_CHECK_SECONDS = 1.0
"""How often a worker's watchdog checks that its parent is alive."""
_PR_SET_PDEATHSIG = 1


# ------------------------------------------------------------------------ worker -> parent


@dataclass(frozen=True, slots=True)
class Ready:
    rss_kb: int


@dataclass(frozen=True, slots=True)
class SetupFailed:
    message: str


@dataclass(frozen=True, slots=True)
class Done:
    value: Any
    rss_kb: int


@dataclass(frozen=True, slots=True)
class Raised:
    message: str
    out_of_memory: bool


# ---------------------------------------------------------------------------------- worker


def serve(
    conn: Connection,
    setup: Callable[[], Any],
    work: Callable[[Any, Any], Any],
    memory_mb: int | None,
    parent: int | None = None,
) -> None:
    """A worker's life: set up once, then answer items until told to stop (None) or orphaned."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    quiet_libraries()
    if parent is not None:
        _die_with(parent)
    if memory_mb:
        limit = memory_mb * 1024 * 1024
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    try:
        state = set_up(setup)
    except BaseException as error:
        conn.send(SetupFailed(f"{type(error).__name__}: {error}"))
        return
    conn.send(Ready(_rss_kb()))
    while True:
        try:
            task = conn.recv()  # (item,), or None: stop
        except (EOFError, OSError):  # the parent is gone
            return
        if task is None:
            return
        try:
            conn.send(Done(work(state, task[0]), _rss_kb()))
        except MemoryError:
            conn.send(Raised(f"ran out of memory (limit {memory_mb} MB)", out_of_memory=True))
            return
        except (BrokenPipeError, EOFError):
            return
        except Exception as error:
            conn.send(Raised(f"{type(error).__name__}: {error}", out_of_memory=False))


def set_up(setup: Callable[[], Any]) -> Any:
    """`setup()` with the cyclic garbage collector paused, then everything alive frozen out of
    later collections (`gc.freeze`).

    A set-up builds what the worker keeps for life (spaCy's modules, an Analyzer: about 200,000
    objects) and almost no garbage (about 3,000 objects in cycles, kept): collecting while the
    heap grows made building an Analyzer 15% slower, and every later full collection would walk
    all of it again, in each analysis."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return setup()
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


QUIET_LOGGERS = ("pdfminer",)
"""Libraries that log at WARNING about every odd font or missing CropBox: noise for our users."""


def quiet_libraries() -> None:
    """Set the loggers of `QUIET_LOGGERS` to ERROR. Only for processes skillgap owns (the CLI,
    its workers): a library call leaves the host's logging as it is."""
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.ERROR)


def _rss_kb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _die_with(parent: int) -> None:
    """End this worker when process `parent` ends, even while it is busy with a hung item."""
    if sys.platform.startswith("linux"):  # the kernel kills us when our forker (server) exits
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)

    def watch() -> None:
        while True:
            time.sleep(PARENT_CHECK_SECONDS)
            try:
                os.kill(parent, 0)
            except ProcessLookupError:
                os._exit(1)
            except PermissionError:  # alive, under another user (cannot happen, but is alive)
                continue

    threading.Thread(target=watch, name="skillgap-parent-watch", daemon=True).start()
    with contextlib.suppress(ProcessLookupError):
        os.kill(parent, 0)
        return
    os._exit(1)  # the parent died before we got here


def start_worker(
    context: BaseContext,
    setup: Callable[[], Any],
    work: Callable[[Any, Any], Any],
    memory_mb: int | None,
    max_items: int | None = None,
) -> Worker:
    """A new worker process (not ready yet: it sends `Ready` when `setup` is done) that dies
    with this process; with `max_items`, it is retired after answering that many items."""
    parent_end, child_end = context.Pipe(duplex=True)
    process = context.Process(  # type: ignore[attr-defined]
        target=serve,
        args=(child_end, setup, work, memory_mb, os.getpid()),
        name="skillgap-worker",
        daemon=True,
    )
    process.start()
    child_end.close()
    return Worker(process, parent_end, max_items=max_items)


def stop_workers(workers: Sequence[Worker], *, graceful: bool) -> None:
    """Stop workers: ask them to exit and wait briefly when `graceful`, else kill them."""
    if graceful:
        for worker in workers:
            with contextlib.suppress(OSError):
                worker.conn.send(None)
        until = time.monotonic() + STOP_GRACE_SECONDS
        for worker in workers:
            worker.process.join(max(0.0, until - time.monotonic()))
    for worker in workers:
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join()
        worker.conn.close()
        worker.process.close()


# ------------------------------------------------------------ parent: what a worker says


class Failure(enum.Enum):
    """Why an item got no value from its worker."""

    TIMED_OUT = "timed out"
    """Past its deadline: the worker is killed."""
    DIED = "died"
    """The worker died with it (killed, over its memory cap, a crash in native code)."""
    OUT_OF_MEMORY = "out of memory"
    """`work` raised MemoryError under the cap; the worker ends."""
    RAISED = "raised"
    """`work` raised an exception (a bug): the worker goes on."""


@dataclass(frozen=True, slots=True)
class Answer:
    """What became of the item a worker held: its `value`, or a `failure` with its `detail`
    (the exception, or how the worker ended). Callers word it for their users."""

    key: Any
    """The item as the caller named it when it gave it (`Worker.give`)."""
    seconds: float
    """Time from sending the item to this answer."""
    value: Any = None
    failure: Failure | None = None
    detail: str = ""
    size: int = 0
    """The size of the worker's message, pickled, in bytes: what holding `value` costs."""


class StartFailed(Exception):
    """A worker could not start: its `setup` raised, or it died before it was ready."""


@dataclass
class Worker:
    """One worker process as its parent drives it: `give` it an item, wait on `waitables()` until
    `time_left()`, then `collect()` what it said. The one home of the protocol's parent side
    (the batch pool and the isolated reader both drive workers through it)."""

    process: BaseProcess
    conn: Connection
    max_items: int | None = None
    """Retire it after answering this many items (None: never)."""
    ready: bool = False
    held: tuple[Any] | None = None
    """The key of the item it is working on, as a 1-tuple (a key may be anything, even None)."""
    sent_at: float = 0.0
    deadline: float = math.inf
    exiting: bool = False
    """Replace it and give it nothing more: it died, ran past a deadline or out of memory, or has
    answered its `max_items`."""
    answered: int = 0
    """Items it has answered."""
    rss_kb: int = 0
    """Its peak resident memory (KiB), as it last reported it."""

    @property
    def idle(self) -> bool:
        """Ready for an item."""
        return self.ready and self.held is None and not self.exiting

    def give(self, key: Any, message: Any, seconds: float | None) -> None:
        """Send `message` to work on, to be answered within `seconds` (None: no limit); its
        answer will carry `key`. Raises OSError when the worker is gone."""
        self.held = (key,)
        self.sent_at = time.monotonic()
        self.deadline = math.inf if seconds is None else self.sent_at + seconds
        self.conn.send((message,))

    def waitables(self) -> list[Any]:
        """What to `multiprocessing.connection.wait` on for news of this worker."""
        return [self.conn, self.process.sentinel]

    def time_left(self) -> float | None:
        """Seconds until its item's deadline (None: no deadline)."""
        if self.deadline == math.inf:
            return None
        return max(0.0, self.deadline - time.monotonic())

    def collect(self) -> list[Answer]:
        """Read what the worker has said and see whether it lives and is in time: the answer
        for its item, if there is one now. Marks it `exiting` when it must be replaced; raises
        StartFailed if it could not start."""
        answers: list[Answer] = []
        try:
            while self.conn.poll():
                raw = self.conn.recv_bytes()
                self._take(reduction.ForkingPickler.loads(raw), answers, len(raw))
            closed = not self.process.is_alive() and not self.conn.poll()
        except (EOFError, OSError):
            closed = True
        if closed:
            self.exiting = True
            if not self.ready:
                raise StartFailed(f"it died: {exit_reason(self.process)}")
            if self.held is not None:
                answers.append(self._end(Failure.DIED, exit_reason(self.process)))
        elif self.held is not None and time.monotonic() >= self.deadline:
            self.exiting = True
            answers.append(self._end(Failure.TIMED_OUT, "past its deadline"))
        return answers

    def _take(self, message: object, answers: list[Answer], size: int) -> None:
        match message:
            case Ready(rss_kb):
                self.ready, self.rss_kb = True, rss_kb
            case SetupFailed(text):
                self.exiting = True
                raise StartFailed(text)
            case Done(value, rss_kb):
                self.rss_kb = rss_kb
                self.answered += 1
                if self.max_items is not None and self.answered >= self.max_items:
                    self.exiting = True  # retired: replaced by a fresh worker
                answers.append(self._end(None, "", value, size))
            case Raised(text, out_of_memory):
                self.exiting = self.exiting or out_of_memory
                answers.append(
                    self._end(Failure.OUT_OF_MEMORY if out_of_memory else Failure.RAISED, text)
                )

    def _end(
        self, failure: Failure | None, detail: str, value: Any = None, size: int = 0
    ) -> Answer:
        assert self.held is not None, "an answer comes for an item given"
        seconds = time.monotonic() - self.sent_at
        answer = Answer(self.held[0], seconds, value, failure, detail, size)
        self.held, self.deadline = None, math.inf
        return answer


def exit_reason(process: BaseProcess) -> str:
    """Why a worker process ended, in words ("killed by SIGKILL (out of memory?)")."""
    process.join(0.5)
    code = process.exitcode
    if code is None:
        return "still running; killed"
    if code < 0:
        name = signal.Signals(-code).name
        hint = " (out of memory?)" if name == "SIGKILL" else ""
        return f"killed by {name}{hint}"
    return f"exit code {code}"


# ------------------------------------------------------------ a worker that calls functions


def no_state() -> None:
    """The `setup` of a worker that only calls the functions it is sent (`call`)."""


def call(_state: None, task: tuple[Callable[..., Any], tuple[Any, ...]]) -> tuple[bool, Any]:
    """`function(*args)` for a task `(function, args)`: (True, its value), or (False, the
    SkillgapError it raised): bad input is an answer, not a crash."""
    function, args = task
    try:
        return True, function(*args)
    except SkillgapError as error:
        return False, error


# ------------------------------------------------------------------- a fork server for libraries


class _MainFreePopen(popen_forkserver.Popen):
    """The fork server's process launch, without re-running the host's `__main__` module in
    the child (our workers need nothing from it, and a library must not run a host's script,
    which without an `if __name__ == "__main__"` guard would try to analyse again), and without
    fixing the host's default start method as a side effect."""

    def _launch(self, process_obj: Any) -> None:
        default: Any = mp_context._default_context
        unset = default._actual_context is None
        try:
            self._launch_without_main(process_obj)
        finally:
            if unset:  # asking for the start method fixed the host's default: unfix it
                default._actual_context = None

    def _launch_without_main(self, process_obj: Any) -> None:
        prep_data = spawn.get_preparation_data(process_obj._name)
        prep_data.pop("init_main_from_path", None)
        prep_data.pop("init_main_from_name", None)
        buffer = io.BytesIO()
        mp_context.set_spawning_popen(self)
        try:
            reduction.dump(prep_data, buffer)
            reduction.dump(process_obj, buffer)
        finally:
            mp_context.set_spawning_popen(None)
        fds = self._fds  # type: ignore[attr-defined]
        self.sentinel, write_end = forkserver.connect_to_new_process(fds)
        parent_end = os.dup(write_end)  # the child's sentinel of this process
        close = util.close_fds  # type: ignore[attr-defined]
        self.finalizer = util.Finalize(self, close, (parent_end, self.sentinel))
        with open(write_end, "wb", closefd=True) as handle:  # noqa: PTH123 (a file descriptor)
            handle.write(buffer.getbuffer())
        self.pid = forkserver.read_signed(self.sentinel)


class _MainFreeProcess(mp_context.ForkServerProcess):
    @staticmethod
    def _Popen(process_obj: Any) -> _MainFreePopen:
        return _MainFreePopen(process_obj)


class _MainFreeContext(mp_context.ForkServerContext):
    Process = _MainFreeProcess


FORKED_SERVER_CHECKED_BELOW = (3, 14)
"""The Python versions whose fork server `fork_fork_server` was written against are below this."""


def fork_fork_server(preload: Sequence[str]) -> bool:
    """Start multiprocessing's fork server (the one `library_context()` uses) as a fork of this
    process, importing `preload`, instead of as a new interpreter: it inherits every module
    already imported here, so it is ready in a fraction of the time (on the batch command, about
    0.3 s sooner, and every reader and worker forks from it that much earlier). Returns False,
    having done nothing, where that is not safe or possible: not Linux, more than one thread
    (the check counts native ones too), a server already running, or a multiprocessing whose
    internals differ (Python 3.14 added a handshake to the server's protocol: forking starts at
    a version checked against it); `ensure_running()` then starts one as usual.

    Only for a process that is skillgap's own (the command): the server and every worker carry a
    copy of it. Standard streams are flushed first, so no child writes the parent's pending
    output; the server closes its copy of the parent's end of the "alive" pipe, so it ends
    with this process exactly as a spawned one does."""
    server: Any = getattr(forkserver, "_forkserver", None)
    expected = ("_lock", "_forkserver_pid", "_forkserver_address", "_forkserver_alive_fd")
    if (
        not sys.platform.startswith("linux")
        or sys.version_info >= FORKED_SERVER_CHECKED_BELOW
        or server is None
        or not all(hasattr(server, name) for name in expected)
        or server._forkserver_pid is not None
        or not _single_threaded()
    ):
        return False
    resource_tracker.ensure_running()  # as ensure_running() does: workers are handed its pipe
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    address = connection.arbitrary_address("AF_UNIX")  # type: ignore[attr-defined]
    with socket.socket(socket.AF_UNIX) as listener:
        listener.bind(address)
        if not util.is_abstract_socket_namespace(address):
            Path(address).chmod(0o600)
        listener.listen()
        alive_r, alive_w = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            os.close(alive_r)
            os.close(alive_w)
            return False
        if pid == 0:
            _serve_forks(listener.fileno(), alive_r, alive_w, list(preload))
        os.close(alive_r)
    with server._lock:
        server._preload_modules = list(preload)
        server._forkserver_address = address
        server._forkserver_alive_fd = alive_w
        server._forkserver_pid = pid
    return True


def _serve_forks(listener: int, alive_r: int, alive_w: int, preload: list[str]) -> NoReturn:
    """The forked fork server's life (see `fork_fork_server`): never returns into the caller's
    code, whatever happens."""
    code = 1
    try:
        os.close(alive_w)  # else the server would keep itself alive
        forkserver.main(listener, alive_r, preload)
    except SystemExit:  # the parent ended: `main`'s way out
        code = 0
    except BaseException:  # nothing may escape into the parent's code
        code = 1
    finally:
        os._exit(code)


def _single_threaded() -> bool:
    """This process runs one thread, native threads included (a fork copies only the caller's;
    a lock another thread held would stay held in the child)."""
    try:
        threads = sum(1 for _ in Path("/proc/self/task").iterdir())
    except OSError:
        return False
    return threads == 1 and threading.active_count() == 1


def library_context() -> BaseContext:
    """A "forkserver" multiprocessing context whose children do not import the host's
    `__main__` (the host's own default context is left as it is)."""
    return _MainFreeContext()
