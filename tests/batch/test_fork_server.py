"""The batch command's fork server, forked from the command itself: workers come from it, and
it ends with the command; where forking is not safe (a second thread) a new interpreter serves."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from analyzer.workers import FORKED_SERVER_CHECKED_BELOW

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
@pytest.mark.parametrize(
    ("mode", "forked"),
    [("alone", sys.version_info < FORKED_SERVER_CHECKED_BELOW), ("with-a-thread", False)],
    ids=["a fork of the command", "a new interpreter beside a second thread"],
)
def test_workers_fork_from_the_server_which_ends_with_the_command(mode: str, forked: bool) -> None:
    report = run_script(mode)
    assert report["forked"] is forked and report["new"] is not forked
    answers = report["answers"]
    assert isinstance(answers, dict) and sorted(answers) == ["a", "b"]
    assert all(f"parent {report['server']}" in str(v) for v in answers.values())
    assert gone(int(str(report["server"]))), "the server ended with the command"
