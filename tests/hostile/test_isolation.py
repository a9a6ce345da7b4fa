"""Isolated calls: a deadline, a memory cap, workers reused, errors kept whole, no orphans."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from analyzer.errors import (
    AnalysisTimeoutError,
    CorruptPDFError,
    WorkerCrashedError,
)
from analyzer.isolation import IsolatedWorkers
from tests.hostile import helpers


@pytest.fixture
def workers() -> IsolatedWorkers:
    pool = IsolatedWorkers(512, max_workers=2, max_calls=3)
    yield pool  # type: ignore[misc]
    pool.close()


def test_a_worker_is_reused_across_calls_and_retired_after_max_calls(
    workers: IsolatedWorkers,
) -> None:
    pids = [workers.call(helpers.pid, "x", path="x", seconds=30) for _ in range(4)]
    assert os.getpid() not in pids
    assert pids[0] == pids[1] == pids[2] != pids[3]
    assert workers.workers_started == 2


def test_a_call_past_its_deadline_is_stopped_and_named(workers: IsolatedWorkers) -> None:
    started = time.monotonic()
    with pytest.raises(AnalysisTimeoutError, match=r"slow.pdf: took longer than 1 s .*seconds=1"):
        workers.call(helpers.hang, "slow.pdf", path="slow.pdf", seconds=1)
    assert time.monotonic() - started < 10
    assert workers.call(helpers.pid, "x", path="x", seconds=30) > 0  # a fresh worker answers


def test_a_call_past_the_memory_cap_fails_alone(workers: IsolatedWorkers) -> None:
    with pytest.raises(WorkerCrashedError, match=r"big.pdf: .*memory_mb=512"):
        workers.call(helpers.hog, "big.pdf", path="big.pdf", seconds=30)
    assert workers.call(helpers.pid, "x", path="x", seconds=30) > 0


def test_a_worker_that_dies_is_reported_and_replaced(workers: IsolatedWorkers) -> None:
    with pytest.raises(WorkerCrashedError, match=r"bad.pdf: the worker reading it died"):
        workers.call(helpers.crash, "bad.pdf", path="bad.pdf", seconds=30)
    assert workers.call(helpers.pid, "x", path="x", seconds=30) > 0


def test_bad_input_keeps_its_own_error(workers: IsolatedWorkers) -> None:
    with pytest.raises(CorruptPDFError, match=r"^odd.pdf: is not what it claims$") as caught:
        workers.call(helpers.refuse, "odd.pdf", path="odd.pdf", seconds=30)
    assert caught.value.path == "odd.pdf" and caught.value.exit_code == 7


def _descendants(root: int) -> set[int]:
    """Every process below `root` (from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(parent, []).append(int(entry.name))
    found: set[int] = set()
    todo = [root]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def _alive(pids: set[int]) -> set[int]:
    alive = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            alive.add(pid)
    return alive


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_kill_9_of_a_batch_with_a_hung_file_leaves_no_process_behind(tmp_path: Path) -> None:
    script = tmp_path / "run.py"
    script.write_text(
        textwrap.dedent(
            """
            from analyzer.batch.runner import WorkerPool
            from tests.batch import workers

            if __name__ == "__main__":
                pool = WorkerPool(workers.setup, workers.work, jobs=2, timeout=600)
                for _ in pool.run(["hang-1", "hang-2"]):
                    pass
            """
        )
    )
    root = str(Path(__file__).parents[2])
    env = {**os.environ, "PYTHONPATH": root + os.pathsep + os.environ.get("PYTHONPATH", "")}
    batch = subprocess.Popen([sys.executable, str(script)], cwd=root, env=env)
    try:
        deadline = time.monotonic() + 60
        workers_seen: set[int] = set()
        while time.monotonic() < deadline and len(workers_seen) < 3:
            workers_seen = _alive(_descendants(batch.pid))  # fork server + 2 workers
            time.sleep(0.2)
        assert len(workers_seen) >= 3, "the workers did not start"
        time.sleep(1.0)  # both workers are inside their hung items now
        os.kill(batch.pid, signal.SIGKILL)
        batch.wait(10)
        deadline = time.monotonic() + 15
        while _alive(workers_seen) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not _alive(workers_seen), "orphans left running"
    finally:
        if batch.poll() is None:
            batch.kill()


def test_a_worker_killed_while_idle_is_not_given_work(workers: IsolatedWorkers) -> None:
    first = workers.call(helpers.pid, "x", path="x", seconds=30)
    os.kill(first, signal.SIGKILL)
    time.sleep(0.5)
    second = workers.call(helpers.pid, "x", path="x", seconds=30)
    assert second != first
