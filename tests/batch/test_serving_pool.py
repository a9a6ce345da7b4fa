"""The worker pool serving items that arrive over time (`WorkerPool.serve`, used by the HTTP
service): warm workers stay up between items, time limits and dead workers are handled alike."""

from __future__ import annotations

import threading
import time

from analyzer.batch.runner import Inbox, WorkerPool
from analyzer.errors import AnalysisTimeoutError, SkillgapError, WorkerCrashedError
from tests.batch import workers


def test_items_arriving_over_time_are_answered_by_the_same_warm_workers() -> None:
    pool: WorkerPool[str, str, str] = WorkerPool(workers.setup, workers.work, jobs=2, timeout=1.0)
    inbox: Inbox[str] = Inbox()
    answers: dict[str, str | SkillgapError] = {}

    def feed() -> None:
        for name in ("a", "hang-1", "b"):
            inbox.put(name)
            time.sleep(0.2)
        while len(answers) < 3:  # wait for them, then a second wave to the warm workers
            time.sleep(0.05)
        for name in ("die-1", "c", "d"):
            inbox.put(name)
        while len(answers) < 6:
            time.sleep(0.05)
        inbox.close()

    feeder = threading.Thread(target=feed)
    feeder.start()
    for item, value in pool.serve(inbox):
        answers[item] = value
    feeder.join()
    assert sorted(answers) == ["a", "b", "c", "d", "die-1", "hang-1"]
    assert isinstance(answers["hang-1"], AnalysisTimeoutError)
    assert isinstance(answers["die-1"], WorkerCrashedError)
    for name in "abcd":
        assert str(answers[name]).startswith(f"{name} done by state of ")
    assert pool.stats.warm_at is not None
    assert pool.stats.workers_started == 4  # two at start, one after the hang, one after the death
