"""`skillgap batch`: the outputs, their safety, the store, and surviving `kill -9`."""

from __future__ import annotations

import csv
import io
import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from rich.console import Console

from analyzer.batch.progress import Tally, tracked
from analyzer.batch.records import FileOutcome
from analyzer.cli import main
from tests.batch.conftest import make_candidates, resume_text


def batch(*args: str | Path) -> Result:
    return CliRunner().invoke(main, ["batch", *map(str, args)], catch_exceptions=False)


def read_csv(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def read_jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def line_file(line: dict[str, object]) -> str:
    source = line.get("source")
    return str(source["path"] if isinstance(source, dict) else line["file"])


def test_batch_writes_a_ranked_csv_jsonl_and_html_summary(candidates: Path, tmp_path: Path) -> None:
    out, jsonl, html = (
        tmp_path / "results.csv",
        tmp_path / "results.jsonl",
        tmp_path / "summary.html",
    )
    result = batch(candidates, "--out", out, "--jsonl", jsonl, "--html", html, "--jobs", "2")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    rows = read_csv(out)
    ranked = [r for r in rows if r["status"] == "ok"]
    assert [r["rank"] for r in ranked] == [str(n) for n in range(1, 9)]
    keys = [(-float(r["score"]), r["file"]) for r in ranked]
    assert keys == sorted(keys), "score descending, then file"
    assert [(r["file"], r["error_code"]) for r in rows[8:]] == [
        (str(candidates / "corrupt.pdf"), "E007"),
        (str(candidates / "empty.txt"), "E005"),
    ]
    assert {"python", "sql", "kubernetes"} <= set(rows[0]), "a column per skill id"
    assert all(r["top_gaps"].count("; ") == 2 for r in ranked)

    lines = read_jsonl(jsonl)
    assert sorted(map(line_file, lines)) == sorted(r["file"] for r in rows), "each file once"
    assert lines[0]["score"] == json.loads(json.dumps(lines[0]["score"]))
    assert {"schema_version", "skills", "gaps"} <= set(lines[0])

    page = html.read_text(encoding="utf-8")
    reports = tmp_path / "summary_reports"
    for row in ranked:
        name = Path(row["file"]).name
        assert (reports / f"{name}.html").is_file()
    assert 'href="summary_reports/cand-00.txt.html"' in page
    assert "corrupt.pdf" in page and "E007" in page

    assert not (candidates / "results.csv").exists(), "nothing written into the input folder"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "candidates",
        "results.csv",
        "results.csv.skillgap.sqlite",
        "results.jsonl",
        "summary.html",
        "summary_reports",
    ]
    assert "skillgap: 11 files in " in result.stderr
    assert "8 analysed, 0 unchanged (from the store), 2 failed, 1 skipped" in result.stderr


def test_progress_is_quiet_when_stderr_is_not_a_terminal(candidates: Path, tmp_path: Path) -> None:
    result = batch(candidates, "--out", tmp_path / "r.csv")
    assert result.exit_code == 0
    assert all(line.startswith("skillgap: ") for line in result.stderr.splitlines())
    assert "files/s" not in result.stderr


def test_progress_shows_rate_and_time_left_on_a_terminal() -> None:
    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=100)
    outcome = FileOutcome(Path("a.txt"), "0" * 64, {"score": {}}, None, cached=False)
    tally = Tally()
    assert list(tracked([outcome] * 3, total=3, tally=tally, console=console)) == [outcome] * 3
    assert "files/s" in screen.getvalue() and "3/3" in screen.getvalue()
    assert (tally.analysed, tally.cached, tally.failed) == (3, 0, 0)


def test_a_rerun_reuses_the_store(candidates: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.csv"
    assert batch(candidates, "--out", out).exit_code == 0
    first = out.read_text()
    again = batch(candidates, "--out", out, "--overwrite")
    assert again.exit_code == 0
    assert "0 analysed, 8 unchanged (from the store), 2 failed" in again.stderr
    assert out.read_text() == first


def test_formula_like_file_names_are_neutralised(
    candidates: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(candidates)
    assert batch(".", "--out", tmp_path / "r.csv").exit_code == 0
    files = [r["file"] for r in read_csv(tmp_path / "r.csv")]
    assert "'=cmd|calc.pdf" in files and "=cmd|calc.pdf" not in files


def test_top_and_min_score_keep_the_best_and_all_failures(candidates: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.csv"
    assert batch(candidates, "--out", out, "--top", "3").exit_code == 0
    assert [r["status"] for r in read_csv(out)] == ["ok"] * 3 + ["failed"] * 2
    assert batch(candidates, "--out", out, "--overwrite", "--min-score", "100").exit_code == 0
    assert [r["status"] for r in read_csv(out)] == ["failed"] * 2


def test_without_an_output_the_csv_goes_to_stdout_and_a_store_is_needed(
    candidates: Path, tmp_path: Path
) -> None:
    refused = batch(candidates)
    assert refused.exit_code == 14
    assert "name --out (the store goes beside it) or --store" in refused.stderr
    result = batch(candidates, "--store", tmp_path / "s.sqlite")
    assert result.exit_code == 0
    assert result.stdout.startswith("rank,file,status,score,")
    assert len(result.stdout.splitlines()) == 11


@pytest.mark.parametrize("option", ["--out", "--jsonl", "--store"])
def test_an_input_is_never_an_output(candidates: Path, option: str) -> None:
    victim = candidates / "cand-03.txt"
    before = victim.read_bytes()
    extra = ["--out", str(candidates.parent / "r.csv")] if option != "--out" else []
    result = batch(candidates, option, victim, *extra, "--overwrite")
    assert result.exit_code == 13, result.stderr
    assert victim.read_bytes() == before


def test_existing_outputs_need_overwrite(candidates: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.csv"
    out.write_text("mine\n")
    result = batch(candidates, "--out", out)
    assert result.exit_code == 13 and "--overwrite" in result.stderr
    assert out.read_text() == "mine\n"
    assert not (tmp_path / "r.csv.skillgap.sqlite").exists(), "refused before anything is written"


def test_one_path_for_two_outputs_is_refused(candidates: Path, tmp_path: Path) -> None:
    result = batch(candidates, "--out", tmp_path / "r", "--jsonl", tmp_path / "r")
    assert result.exit_code == 13 and "two outputs" in result.stderr


# ------------------------------------------------------------------------ kill -9


def descendants(pid: int) -> set[int]:
    """Every live process below `pid`."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if fields[0] != "Z":
                parents[int(entry.name)] = int(fields[1])
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def stored_rows(store: Path) -> set[tuple[int, str, bool]]:
    """(rowid, content hash, analysed fine) of each stored analysis; redoing one changes its
    rowid."""
    db = sqlite3.connect(store)
    try:
        return set(db.execute("SELECT rowid, sha256, result IS NOT NULL FROM analyses"))
    except sqlite3.OperationalError:  # not created yet
        return set()
    finally:
        db.close()


@pytest.mark.slow
def test_kill_9_mid_run_then_the_same_command_finishes_without_redoing_work(
    tmp_path: Path,
) -> None:
    folder = make_candidates(tmp_path / "candidates", texts=0)
    for n in range(24):  # resumes long enough (~0.2 s each) for the run to be caught midway
        body = resume_text(n) + "Built PyTorch models on Kubernetes for analytics teams.\n" * 60
        (folder / f"long-{n:02d}.txt").write_text(body, encoding="utf-8")
    command = [
        sys.executable,
        "-m",
        "analyzer",
        "batch",
        "candidates",
        "--out",
        "results.csv",
        "--jsonl",
        "results.jsonl",
        "--jobs",
        "1",
    ]
    store = tmp_path / "results.csv.skillgap.sqlite"
    process = subprocess.Popen(command, cwd=tmp_path, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while len(stored_rows(store)) < 5:
        assert process.poll() is None, "the run ended before it could be interrupted"
        assert time.monotonic() < deadline, "no results were committed"
        time.sleep(0.05)
    helpers = descendants(process.pid)
    process.send_signal(signal.SIGKILL)
    process.wait()
    before = stored_rows(store)
    assert 5 <= len(before) < 28, "caught midway"
    assert not (tmp_path / "results.csv").exists(), "outputs are written only at the end"

    deadline = time.monotonic() + 30
    while any(alive(pid) for pid in helpers):  # workers notice their parent is gone
        assert time.monotonic() < deadline, f"left running: {[p for p in helpers if alive(p)]}"
        time.sleep(0.1)

    rerun = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    done = sum(ok for _, _, ok in before)
    assert f"{26 - done} analysed, {done} unchanged (from the store), 2 failed" in rerun.stderr
    assert before <= stored_rows(store), "nothing finished before the kill was redone"

    resumes = sorted(
        str(Path("candidates") / p.name) for p in folder.iterdir() if p.suffix != ".odt"
    )
    assert sorted(r["file"] for r in read_csv(tmp_path / "results.csv")) == resumes
    lines = read_jsonl(tmp_path / "results.jsonl")
    assert sorted(map(line_file, lines)) == resumes
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert leftovers == []
