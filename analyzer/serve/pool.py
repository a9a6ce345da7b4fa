"""The bridge between the service's event loop and the batch's worker pool.

One dispatcher thread owns a `WorkerPool` in serving mode (`WorkerPool.serve`): requests put
tasks in its inbox and await a future; the thread resolves each future as its worker answers.
Admission is bounded: at most `capacity` analyses are running or waiting at once, and a request
past that is refused at once (`Busy`, HTTP 503) instead of queueing without end. A batch request
is admitted whole or not at all.
"""

from __future__ import annotations

import asyncio
import functools
import itertools
import threading
import time
from collections.abc import Sequence
from concurrent.futures import Future

from analyzer.batch.records import Analysis, FileError
from analyzer.batch.runner import Inbox, WorkerPool
from analyzer.batch.work import FileAnalyzer, WorkSpec
from analyzer.config import AnalyzerConfig
from analyzer.errors import SkillgapError, WorkerCrashedError
from analyzer.serve.settings import ServiceSettings
from analyzer.serve.worker import WORKER_PRELOAD, Task, Ticket, run_ticket

RESTART_PAUSE_SECONDS = 1.0
"""Pause before restarting workers that could not start, so a broken setup does not spin."""


class Busy(Exception):
    """Every worker is busy and the queue is full: try again later (HTTP 503)."""


class AnalysisPool:
    """Isolated, warm analysis workers shared by every request of the service."""

    def __init__(self, settings: ServiceSettings, default_profile: str) -> None:
        config = AnalyzerConfig(
            ocr=settings.ocr, ocr_language=settings.ocr_language, cache_dir=settings.cache_dir
        )
        spec = WorkSpec.of(settings.lexicon, config, default_profile)
        self._pool: WorkerPool[FileAnalyzer, Ticket, Analysis] = WorkerPool(
            functools.partial(FileAnalyzer, spec),
            run_ticket,
            jobs=settings.workers,
            timeout=settings.timeout,
            memory_mb=settings.memory_mb,
            preload=WORKER_PRELOAD,
        )
        self.capacity = settings.capacity
        self._inbox: Inbox[Ticket] = Inbox()
        self._futures: dict[int, Future[Analysis]] = {}
        self._lock = threading.Lock()
        self._numbers = itertools.count()
        self._thread = threading.Thread(target=self._dispatch, name="skillgap-pool", daemon=True)
        self._stopping = False
        self.completed = 0

    @property
    def ready(self) -> bool:
        """True once the first workers have all loaded spaCy and the lexicon (replacements start
        while the others serve, so it stays true; it stays false when workers cannot start)."""
        return self._pool.stats.warm_at is not None

    @property
    def in_flight(self) -> int:
        with self._lock:
            return len(self._futures)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """Finish what was admitted, then stop the workers."""
        self._stopping = True
        self._inbox.close()
        self._thread.join()

    async def analyze(self, tasks: Sequence[Task]) -> list[Analysis]:
        """Run `tasks` in the workers; each comes back as an Analysis (a report, or the error).
        Raises Busy, before running any, when they do not all fit in the capacity left."""
        futures = self._admit(tasks)
        return list(await asyncio.gather(*(asyncio.wrap_future(f) for f in futures)))

    def _admit(self, tasks: Sequence[Task]) -> list[Future[Analysis]]:
        admitted: list[tuple[Ticket, Future[Analysis]]] = []
        with self._lock:
            if self._stopping or len(self._futures) + len(tasks) > self.capacity:
                raise Busy(f"all {self.capacity} analysis slots are taken; retry in a few seconds")
            for task in tasks:
                number = next(self._numbers)
                future: Future[Analysis] = Future()
                self._futures[number] = future
                admitted.append(((number, task), future))
        for ticket, _ in admitted:
            self._inbox.put(ticket)
        return [future for _, future in admitted]

    def _dispatch(self) -> None:
        """The pool's thread: serve until stopped; if workers cannot start, fail what is
        waiting and try again."""
        while True:
            try:
                for (number, _), value in self._pool.serve(self._inbox):
                    self._settle(number, value)
                return
            except WorkerCrashedError as error:  # a worker could not even start
                self._fail_all(error)
                if self._stopping:
                    return
                time.sleep(RESTART_PAUSE_SECONDS)

    def _settle(self, number: int, value: Analysis | SkillgapError) -> None:
        with self._lock:
            future = self._futures.pop(number, None)
            self.completed += 1
        if future is None:
            return
        if isinstance(value, SkillgapError):
            value = Analysis(error=FileError.of(value))
        future.set_result(value)

    def _fail_all(self, error: SkillgapError) -> None:
        with self._lock:
            waiting, self._futures = self._futures, {}
        self._inbox.take()  # their tickets, if not yet handed out
        for future in waiting.values():
            future.set_result(Analysis(error=FileError.of(error)))
