"""Worker processes that can be stopped: the mechanism under the batch's `WorkerPool`
(`analyzer.batch.runner`) and the isolated single calls of `analyzer.isolation`.

A worker runs `setup()` once, says it is ready, then answers items one at a time with
`work(state, item)` over its own pipe; the parent owns the deadline and the kill. A worker caps its
own address space (`RLIMIT_AS`) when `memory_mb` is given, ignores Ctrl-C (the parent stops it),
and dies with its parent, even in the middle of a hung item: it exits when the parent's end of the
pipe closes, asks Linux to kill it when the process that forked it ends (PR_SET_PDEATHSIG; a fork
server ends with its parent), and a watchdog thread checks that the parent lives. So a `kill -9`
of the parent leaves no process behind.
"""

from __future__ import annotations

import contextlib
import ctypes
import io
import logging
import math
import os
import resource
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing import context as mp_context
from multiprocessing import forkserver, popen_forkserver, reduction, spawn, util
from multiprocessing.connection import Connection
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from typing import Any

STOP_GRACE_SECONDS = 2.0
PARENT_CHECK_SECONDS = 1.0
"""How often a worker's watchdog checks that its parent is alive."""
_PR_SET_PDEATHSIG = 1


# ------------------------------------------------------------------------ worker -> parent
# (names without a leading underscore: the batch pool and the isolation both read them)


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
        state = setup()
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
) -> Worker:
    """A new worker process (not ready yet: it sends `Ready` when `setup` is done) that dies
    with this process."""
    parent_end, child_end = context.Pipe(duplex=True)
    process = context.Process(  # type: ignore[attr-defined]
        target=serve,
        args=(child_end, setup, work, memory_mb, os.getpid()),
        name="skillgap-worker",
        daemon=True,
    )
    process.start()
    child_end.close()
    return Worker(process, parent_end)


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


@dataclass
class Worker:
    process: BaseProcess
    conn: Connection
    ready: bool = False
    item: tuple[Any] | None = None
    """The item it is working on, as a 1-tuple (an item may be anything, even None)."""
    deadline: float = math.inf
    exiting: bool = False
    """Said it cannot go on (out of memory), or has answered its `max_items`: replace it, give
    it nothing more."""
    answered: int = 0
    """Items it has answered."""


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


def library_context() -> BaseContext:
    """A "forkserver" multiprocessing context whose children do not import the host's
    `__main__` (the host's own default context is left as it is)."""
    return _MainFreeContext()
