"""The store: results and deterministic failures survive, keyed by content and settings."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from analyzer.batch.records import Analysis, FileError
from analyzer.batch.store import ResultStore, check_store
from analyzer.errors import OutputError

REPORT = {"schema_version": "1.0", "source": {"path": "a.txt"}, "score": {"readiness": 50.0}}


def test_a_result_and_its_reports_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    with ResultStore(path, "settings-1") as store:
        store.put("abc", Analysis(result=REPORT, reports={"html": "<p>a</p>"}))
    with ResultStore(path, "settings-1") as store:
        assert store.get("abc") == Analysis(result=REPORT)
        assert store.get("abc", ["html"]) == Analysis(result=REPORT, reports={"html": "<p>a</p>"})
        assert store.get("abc", ["text"]) is None, "a missing rendered report means: redo"
        assert store.count() == 1


def test_other_settings_do_not_see_a_result(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    with ResultStore(path, "old-lexicon") as store:
        store.put("abc", Analysis(result=REPORT))
    with ResultStore(path, "new-lexicon") as store:
        assert store.get("abc") is None
        assert store.count() == 0


@pytest.mark.parametrize(
    ("code", "kept"),
    [("E007", True), ("E005", True), ("E015", False), ("E016", False), ("E001", False)],
    ids=["corrupt", "empty", "timeout", "crash", "internal"],
)
def test_only_deterministic_failures_are_kept(tmp_path: Path, code: str, kept: bool) -> None:
    error = FileError(code, "went wrong")
    with ResultStore(tmp_path / "s.sqlite", "s") as store:
        store.put("abc", Analysis(error=error))
        assert store.get("abc") == (Analysis(error=error) if kept else None)


def test_a_store_in_memory_keeps_nothing_on_disk(tmp_path: Path) -> None:
    with ResultStore(None, "s") as store:
        store.put("abc", Analysis(result=REPORT))
        assert store.get("abc") == Analysis(result=REPORT)
    assert list(tmp_path.iterdir()) == []


def test_a_file_that_is_not_a_store_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "results.csv"
    path.write_text("rank,file\n1,a.pdf\n")
    with pytest.raises(OutputError, match="not a skillgap store"):
        check_store(path)
    with pytest.raises(OutputError, match="not a skillgap store"):
        ResultStore(path, "s")
    assert path.read_text() == "rank,file\n1,a.pdf\n"


def test_another_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "app.sqlite"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE t (x)")
    db.commit()
    db.close()
    with pytest.raises(OutputError, match="not a skillgap store"):
        ResultStore(path, "s")


def test_a_store_of_another_format_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    ResultStore(path, "s").close()
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 99")
    db.close()
    with pytest.raises(OutputError, match="format 99"):
        ResultStore(path, "s")


def test_a_folder_or_a_missing_parent_is_refused(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="is a folder"):
        check_store(tmp_path)
    with pytest.raises(OutputError, match="does not exist"):
        check_store(tmp_path / "nowhere" / "s.sqlite")
