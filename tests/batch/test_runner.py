"""The worker pool: items time out, workers die, the run goes on."""

from __future__ import annotations

import os
import time

import pytest

from analyzer.batch.runner import WorkerPool
from analyzer.errors import AnalysisTimeoutError, SkillgapError, WorkerCrashedError
from tests.batch import workers


def pool(
    jobs: int = 2, timeout: float | None = 5.0, **options: object
) -> WorkerPool[str, str, str]:
    return WorkerPool(workers.setup, workers.work, jobs=jobs, timeout=timeout, **options)  # type: ignore[arg-type]


def run(items: list[str], **options: object) -> dict[str, str | SkillgapError]:
    results = dict(pool(**options).run(items))  # type: ignore[arg-type]
    assert sorted(results) == sorted(items), "every item exactly once"
    return results


def test_every_item_is_answered_once_by_a_warm_worker() -> None:
    items = [f"item-{n}" for n in range(12)]
    results = run(items)
    assert all(str(v).startswith(f"{k} done by state of ") for k, v in results.items())
    pids = {str(v).rsplit(" ", 1)[1] for v in results.values()}
    assert 1 <= len(pids) <= 2 and str(os.getpid()) not in pids


def test_a_hanging_item_times_out_and_the_run_goes_on() -> None:
    started = time.monotonic()
    results = run(["hang-1", "a", "b", "c"], timeout=1.0)
    assert isinstance(results["hang-1"], AnalysisTimeoutError)
    assert results["hang-1"].code == "E015"
    assert "longer than 1 s" in str(results["hang-1"])
    assert all(results[k] == f"{k} done by " + str(results[k]).split(" done by ")[1] for k in "abc")
    assert time.monotonic() - started < 20


def test_a_worker_that_dies_is_replaced_and_its_item_failed() -> None:
    pool_ = pool(jobs=1)
    results = dict(pool_.run(["a", "die-1", "b", "die-2", "c"]))
    for dead in ("die-1", "die-2"):
        assert isinstance(results[dead], WorkerCrashedError)
        assert "exit code 3" in str(results[dead])
    assert {results[k].split(" done")[0] for k in "abc"} == set("abc")  # type: ignore[union-attr]
    assert pool_.stats.workers_started == 3


def test_an_exception_in_work_fails_only_its_item() -> None:
    pool_ = pool(jobs=1)
    results = dict(pool_.run(["raise-1", "a"]))
    error = results["raise-1"]
    assert isinstance(error, SkillgapError) and error.code == "E001"
    assert "ValueError: bad item raise-1" in str(error)
    assert pool_.stats.workers_started == 1, "the worker survives an ordinary exception"


def test_running_out_of_memory_under_the_cap_ends_the_worker() -> None:
    results = run(["hog-1", "a"], jobs=1, memory_mb=1024)
    assert isinstance(results["hog-1"], WorkerCrashedError)
    assert "ran out of memory (limit 1024 MB)" in str(results["hog-1"])
    assert str(results["a"]).startswith("a done")


def test_a_worker_that_cannot_start_stops_the_run() -> None:
    broken: WorkerPool[str, str, str] = WorkerPool(
        workers.failing_setup, workers.work, jobs=2, timeout=5
    )
    with pytest.raises(WorkerCrashedError, match="could not start: RuntimeError: no lexicon here"):
        list(broken.run(["a", "b"]))


def test_no_items_start_no_workers() -> None:
    pool_ = pool()
    assert list(pool_.run([])) == []
    assert pool_.stats.workers_started == 0


def test_closing_early_stops_the_workers() -> None:
    pool_ = pool(jobs=2)
    outcomes = pool_.run(["slow-1", "slow-2", "slow-3", "slow-4"])
    next(outcomes)
    outcomes.close()  # the generator's finally kills the workers
    assert pool_.stats.workers_started == 2
    for pid in pool_.stats.peak_rss_kb:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


def test_start_up_does_not_count_against_the_time_limit() -> None:
    slow_start: WorkerPool[str, str, str] = WorkerPool(
        workers.slow_setup, workers.work, jobs=2, timeout=0.5
    )
    results = dict(slow_start.run([f"slow-{n}" for n in range(6)]))
    assert all(str(v).startswith("slow") for v in results.values()), results
    assert all(rss > 0 for rss in slow_start.stats.peak_rss_kb.values())


# ------------------------------------------------------------------------- with a read stage


def reading_pool(
    jobs: int = 1, timeout: float | None = 5.0, **options: object
) -> WorkerPool[str, str, tuple[str, int, float, str, float]]:
    return WorkerPool(
        options.pop("setup", workers.setup),  # type: ignore[arg-type]
        workers.work_on_read,
        jobs=jobs,
        timeout=timeout,
        read=workers.read,
        **options,  # type: ignore[arg-type]
    )


def test_items_are_read_in_reader_processes_then_worked_on() -> None:
    pool_ = reading_pool(jobs=2)
    items = [f"item-{n}" for n in range(8)]
    results = dict(pool_.run(items))
    assert sorted(results) == items
    readers = {r[1] for r in results.values()}  # type: ignore[index]
    analysts = {r[3].rsplit(" ", 1)[1] for r in results.values()}  # type: ignore[index]
    assert readers and analysts and not readers & {int(p) for p in analysts}
    assert os.getpid() not in readers
    assert all(r[0] == item for item, r in results.items())  # type: ignore[index]
    assert pool_.stats.workers_started == 2 and pool_.stats.readers_started == 2


def test_reading_starts_while_the_workers_set_up_and_stays_bounded() -> None:
    pool_ = reading_pool(setup=workers.slow_setup, read_ahead=3)
    results = dict(pool_.run([f"item-{n}" for n in range(8)]))
    read_times = sorted(r[2] for r in results.values())  # type: ignore[index]
    first_work = min(r[4] for r in results.values())  # type: ignore[index]
    assert first_work - read_times[0] > 1.0, "the first file was read during the 1.5 s set-up"
    assert read_times[2] - read_times[0] < 1.0, "three read at once"
    assert read_times[3] - read_times[0] > 1.0, "the fourth only once the worker took one"


def test_an_unreadable_item_ends_with_its_own_error_without_analysis() -> None:
    results = dict(reading_pool().run(["unreadable-1", "a"]))
    error = results["unreadable-1"]
    assert isinstance(error, SkillgapError) and error.code == "E006"
    assert "is not a resume" in str(error)
    assert results["a"][0] == "a"  # type: ignore[index]


def test_a_reader_that_hangs_or_dies_fails_its_item_and_is_replaced() -> None:
    pool_ = reading_pool(timeout=1.0)
    results = dict(pool_.run(["hang-read-1", "a", "die-read-1", "b"]))
    assert isinstance(results["hang-read-1"], AnalysisTimeoutError)
    assert isinstance(results["die-read-1"], WorkerCrashedError)
    assert "exit code 4" in str(results["die-read-1"])
    assert [results[k][0] for k in "ab"] == ["a", "b"]  # type: ignore[index]
    assert pool_.stats.readers_started == 3 and pool_.stats.workers_started == 1


def test_the_time_limit_covers_reading_and_working_together() -> None:
    results = dict(reading_pool(timeout=1.0).run(["slow-read-1", "slow-1", "a"]))
    assert isinstance(results["slow-read-1"], AnalysisTimeoutError), "0.6 s + 0.6 s > 1 s"
    assert results["slow-1"][0] == "slow-1"  # type: ignore[index]  # 0.6 s of work alone fits
    assert results["a"][0] == "a"  # type: ignore[index]


def test_readers_leave_the_cores_to_analysis_workers_while_they_start() -> None:
    # One analysis worker starting (1.5 s) on two cores: one reader reads at a time meanwhile.
    items = ["slow-read-a", "slow-read-b", "slow-read-c"]
    results = dict(reading_pool(setup=workers.slow_setup, readers=3, cores=2).run(items))
    read_times = sorted(r[2] for r in results.values())  # type: ignore[index]
    assert read_times[1] - read_times[0] > 0.5, "the second read waited for the first"


def test_with_cores_to_spare_every_reader_reads_during_the_start_up() -> None:
    items = ["slow-read-a", "slow-read-b", "slow-read-c"]
    results = dict(reading_pool(setup=workers.slow_setup, readers=3, cores=4).run(items))
    read_times = sorted(r[2] for r in results.values())  # type: ignore[index]
    assert read_times[2] - read_times[0] < 0.5, "three read at once"


def test_a_worker_gets_its_next_item_before_the_caller_handles_the_last() -> None:
    started: dict[str, float] = {}
    handled_at: list[float] = []
    for item, value in reading_pool(setup=workers.slow_setup).run(["a", "b", "c"]):
        started[item] = value[4]  # type: ignore[index]
        time.sleep(0.5)  # the caller storing the result
        handled_at.append(time.monotonic())
    second = sorted(started, key=started.__getitem__)[1]
    assert started[second] < handled_at[0], "the worker did not wait for the caller"


def test_set_up_runs_without_the_collector_and_what_it_built_is_frozen() -> None:
    collector: WorkerPool[dict[str, object], str, dict[str, object]] = WorkerPool(
        workers.collector_setup, workers.collector_work, jobs=1, timeout=10
    )
    (_, seen), *_ = collector.run(["a"])
    assert isinstance(seen, dict)
    assert seen["enabled during set-up"] is False
    assert seen["enabled"] is True, "collecting resumes for the items"
    assert isinstance(seen["frozen"], int) and seen["frozen"] > 1000, "the modules, at least"
