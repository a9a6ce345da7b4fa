"""The batch command's fork server, forked from the command itself: workers come from it, and
it ends with the command; where forking is not safe (a second thread) a new interpreter serves."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

SCRIPT = """
import json, os, sys, threading
from multiprocessing import forkserver
from analyzer.batch.runner import WorkerPool, prestart_fork_server
from tests.batch import workers
if sys.argv[1] == "with-a-thread":
    threading.Thread(target=threading.Event().wait, daemon=True).start()
forked = prestart_fork_server(("tests.batch.workers",))
pool = WorkerPool(workers.lineage, workers.work, jobs=1, timeout=30, preload=(workers.__name__,))
answers = dict(pool.run(["a", "b"]))
server = forkserver._forkserver._forkserver_pid
with open(f"/proc/{server}/cmdline") as theirs, open("/proc/self/cmdline") as mine:
    new_interpreter = theirs.read() != mine.read()
print(json.dumps({"forked": forked, "new": new_interpreter, "server": server, "answers": answers}))
"""


def run_script(mode: str) -> dict[str, object]:
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, mode],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=root,
        check=True,
    )
    out: dict[str, object] = json.loads(done.stdout)
    return out


def gone(pid: int, within: float = 10.0) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            return True
        if state == "Z":
            return True
        time.sleep(0.05)
    return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks only on Linux")
def test_the_server_is_a_fork_of_the_command_and_its_workers_fork_from_it() -> None:
    report = run_script("alone")
    assert report["forked"] is True and report["new"] is False
    answers = report["answers"]
    assert isinstance(answers, dict) and sorted(answers) == ["a", "b"]
    assert all(f"parent {report['server']}" in str(v) for v in answers.values())
    assert gone(int(str(report["server"]))), "the server ended with the command"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_with_a_second_thread_the_server_is_a_new_interpreter() -> None:
    report = run_script("with-a-thread")
    assert report["forked"] is False and report["new"] is True
    answers = report["answers"]
    assert isinstance(answers, dict) and sorted(answers) == ["a", "b"]
    assert all(f"parent {report['server']}" in str(v) for v in answers.values())
    assert gone(int(str(report["server"])))
