"""The batch on a Dask cluster: two local worker processes stand in for remote machines."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from analyzer.batch import analyze_folder
from analyzer.errors import ConfigError

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as local:
        yield local.scheduler_address


@pytest.mark.slow
def test_the_cluster_gives_the_same_results_as_the_local_pool(
    cluster: str, candidates: Path, tmp_path: Path
) -> None:
    with analyze_folder(candidates, dask_address=cluster, store=tmp_path / "s.sqlite") as run:
        remote = {o.path.name: o for o in run}
    with analyze_folder(candidates, jobs=1) as run:
        local = {o.path.name: o for o in run}
    assert sorted(remote) == sorted(local) and len(remote) == 10
    for name, outcome in remote.items():
        assert outcome.error == local[name].error
        assert outcome.result == local[name].result, "bytes sent, the original path reported"
    assert remote["corrupt.pdf"].error is not None
    assert remote["corrupt.pdf"].error.code == "E007"


@pytest.mark.slow
def test_the_store_is_shared_with_local_runs(
    cluster: str, candidates: Path, tmp_path: Path
) -> None:
    store = tmp_path / "s.sqlite"
    with analyze_folder(candidates, dask_address=cluster, store=store, reports=("html",)) as run:
        first = {o.path.name: o for o in run}
    assert first["cand-00.txt"].reports["html"].lower().lstrip().startswith("<!doctype html")
    with analyze_folder(candidates, store=store, reports=("html",)) as run:
        assert all(o.cached for o in run)


@pytest.mark.slow
def test_a_file_past_the_time_limit_on_the_cluster_fails_alone(
    cluster: str, candidates: Path
) -> None:
    line = "Built PyTorch models on Kubernetes with Python and SQL for analytics teams.\n"
    (candidates / "huge.txt").write_text("Experience\n" + line * 16000)
    with analyze_folder(candidates, dask_address=cluster, timeout=2.0) as run:
        found = {o.path.name: o for o in run}
    assert found["huge.txt"].error is not None and found["huge.txt"].error.code == "E015"
    assert sum(o.ok for o in found.values()) == 8


@pytest.mark.slow
def test_an_unreachable_scheduler_is_a_clear_error(candidates: Path) -> None:
    with (
        pytest.raises(ConfigError, match="cannot reach the Dask scheduler"),
        analyze_folder(candidates, dask_address="tcp://127.0.0.1:9") as run,
    ):
        list(run)
