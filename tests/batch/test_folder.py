"""`analyze_folder`: one outcome per resume, failures isolated, nothing analysed twice."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from analyzer.batch import FileOutcome, analyze_folder
from analyzer.batch.folder import analysis_workers
from analyzer.batch.runner import usable_cores
from analyzer.errors import ConfigError, InputNotFoundError, NotAFileError, OutputError
from analyzer.types import SCHEMA_VERSION


def outcomes(folder: Path, **options: object) -> dict[str, FileOutcome]:
    with analyze_folder(folder, jobs=2, **options) as run:  # type: ignore[arg-type]
        found = {o.path.name: o for o in run}
    assert len(found) == len(run.resumes), "one outcome per resume"
    return found


def test_each_resume_ends_with_its_report_or_its_error(candidates: Path) -> None:
    run = analyze_folder(candidates, jobs=2)
    assert [p.name for p in run.skipped] == ["letter.odt"]
    with run:
        found = {o.path.name: o for o in run}
    assert sorted(found) == sorted(p.name for p in run.resumes)
    assert len(found) == 10
    assert found["corrupt.pdf"].error is not None and found["corrupt.pdf"].error.code == "E007"
    assert found["empty.txt"].error is not None and found["empty.txt"].error.code == "E005"
    assert not found["empty.txt"].error.message.startswith(str(candidates)), "no path prefix"
    good = [o for o in found.values() if o.ok]
    assert len(good) == 8 and not any(o.cached for o in found.values())
    for outcome in good:
        assert outcome.result is not None and outcome.error is None
        assert outcome.result["source"]["path"] == str(outcome.path)
        assert outcome.result["schema_version"] == SCHEMA_VERSION
        assert len(outcome.sha256) == 64


def test_a_rerun_takes_everything_from_the_store(candidates: Path, tmp_path: Path) -> None:
    store = tmp_path / "store.sqlite"
    first = outcomes(candidates, store=store)
    run = analyze_folder(candidates, jobs=2, store=store)
    with run:
        second = {o.path.name: o for o in run}
    assert run.stats is None, "no worker was started: nothing was analysed"
    assert all(o.cached for o in second.values())
    assert {n: (o.result, o.error) for n, o in second.items()} == {
        n: (o.result, o.error) for n, o in first.items()
    }


def test_only_a_changed_file_is_analysed_again(candidates: Path, tmp_path: Path) -> None:
    store = tmp_path / "store.sqlite"
    outcomes(candidates, store=store)
    with (candidates / "cand-02.txt").open("a") as handle:
        handle.write("Built a Spark pipeline in Scala.\n")
    found = outcomes(candidates, store=store)
    assert [n for n, o in found.items() if not o.cached] == ["cand-02.txt"]


def test_equal_files_are_analysed_once_and_named_each(candidates: Path) -> None:
    shutil.copy(candidates / "cand-01.txt", candidates / "copy-of-01.txt")
    found = outcomes(candidates)
    one, copy = found["cand-01.txt"], found["copy-of-01.txt"]
    assert (one.cached, copy.cached) == (False, True)
    assert one.sha256 == copy.sha256
    assert copy.result is not None and copy.result["source"]["path"] == str(copy.path)
    assert one.result is not None and one.result["score"] == copy.result["score"]


def test_another_profile_is_not_served_from_the_store(candidates: Path, tmp_path: Path) -> None:
    store = tmp_path / "store.sqlite"
    outcomes(candidates, store=store, profile="ml-engineer")
    found = outcomes(candidates, store=store, profile="ai-engineer")
    assert not any(o.cached for o in found.values())
    assert {o.result["profile"]["id"] for o in found.values() if o.result} == {"ai-engineer"}


def test_a_file_past_the_time_limit_fails_and_the_others_finish(candidates: Path) -> None:
    line = "Built PyTorch models on Kubernetes with Python and SQL for analytics teams.\n"
    (candidates / "huge.txt").write_text("Experience\n" + line * 25000)  # many seconds, < limits
    found = outcomes(candidates, timeout=2.0)
    error = found["huge.txt"].error
    assert error is not None and error.code == "E015"
    assert error.message == "took longer than 2 s"
    assert sum(o.ok for o in found.values()) == 8


def test_stopping_early_stops_the_workers(candidates: Path) -> None:
    run = analyze_folder(candidates, jobs=2)
    with run:
        next(run)
    assert run.stats is not None and run.stats.peak_rss_kb
    for pid in run.stats.peak_rss_kb:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
    with pytest.raises(StopIteration):
        next(run)


def test_subfolders_are_read_only_when_recursive(candidates: Path) -> None:
    (candidates / "sub").mkdir()
    shutil.copy(candidates / "cand-00.txt", candidates / "sub" / "nested.md")
    assert "sub/nested.md" not in {
        p.relative_to(candidates).as_posix() for p in analyze_folder(candidates).resumes
    }
    run = analyze_folder(candidates, recursive=True)
    assert "sub/nested.md" in {p.relative_to(candidates).as_posix() for p in run.resumes}
    run.close()


def test_reports_are_rendered_in_the_workers_and_stored(candidates: Path, tmp_path: Path) -> None:
    store = tmp_path / "store.sqlite"
    first = outcomes(candidates, store=store, reports=("html",))
    assert first["cand-00.txt"].reports["html"].lstrip().lower().startswith("<!doctype html")
    assert first["corrupt.pdf"].reports == {}
    again = outcomes(candidates, store=store, reports=("html",))
    assert (
        again["cand-00.txt"].cached and again["cand-00.txt"].reports == first["cand-00.txt"].reports
    )


@pytest.mark.parametrize(
    ("change", "error", "match"),
    [
        ({"folder": "missing"}, InputNotFoundError, "does not exist"),
        ({"folder": "candidates/cand-00.txt"}, NotAFileError, "not a folder"),
        ({"profile": "astronaut"}, ConfigError, "astronaut"),
        ({"jobs": 0}, ConfigError, "jobs is 0"),
        ({"timeout": -1.0}, ConfigError, "timeout is -1.0"),
        ({"reports": ("pdf",)}, ConfigError, "unknown report formats"),
        ({"store": "candidates/cand-00.txt"}, OutputError, "not a skillgap store"),
    ],
    ids=["no-folder", "a-file", "profile", "jobs", "timeout", "report-format", "store"],
)
def test_bad_settings_fail_before_any_work(
    candidates: Path, change: dict[str, object], error: type[Exception], match: str
) -> None:
    options: dict[str, object] = {"folder": "candidates"}
    options.update(change)
    base = candidates.parent
    folder = base / str(options.pop("folder"))
    if "store" in options:
        options["store"] = base / str(options["store"])
    before = (candidates / "cand-00.txt").read_bytes()
    with pytest.raises(error, match=match):
        analyze_folder(folder, **options)  # type: ignore[arg-type]
    assert (candidates / "cand-00.txt").read_bytes() == before


@pytest.mark.parametrize(
    ("suffix", "engine", "cores", "jobs"),
    [
        (".pdf", "pdfminer", 2, 1),  # reading a PDF costs about eight analyses
        (".pdf", "pdfminer", 8, 1),
        (".pdf", "pdfminer", 18, 2),
        (".pdf", "pdfium", 2, 1),  # about one analysis: the cores are shared evenly
        (".pdf", "pdfium", 8, 4),
        (".txt", "pdfminer", 2, 2),  # text is read at once: analysis takes every core
        (".docx", "pdfium", 6, 5),
    ],
)
def test_cores_go_to_analysis_in_proportion_to_its_cost(
    suffix: str, engine: str, cores: int, jobs: int
) -> None:
    resumes = [Path(f"cand-{n}{suffix}") for n in range(40)]
    assert analysis_workers(resumes, engine, cores) == jobs


def test_a_mixed_folder_counts_each_file_by_its_reading_cost() -> None:
    pdfs = [Path(f"cand-{n}.pdf") for n in range(20)]
    texts = [Path(f"cand-{n}.md") for n in range(20)]
    assert analysis_workers(pdfs, "pdfminer", 8) == 1
    assert analysis_workers(pdfs + texts, "pdfminer", 8) == 2  # 40 of 40 + 164


def test_readers_get_the_cores_analysis_leaves_and_one_more(candidates: Path) -> None:
    cores = usable_cores()
    with analyze_folder(candidates, jobs=1) as run:  # not iterated: nothing starts
        assert (run.jobs, run.readers) == (1, max(1, cores - 1) + 1)
    with analyze_folder(candidates) as run:  # text files: analysis is the cost
        assert run.jobs == analysis_workers(run.resumes, "pdfminer", cores)
        assert run.readers == max(1, cores - run.jobs) + 1
