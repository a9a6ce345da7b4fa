"""Long runs stay healthy: workers are recycled, the store key follows the libraries, the store
can be pruned, stored reports are compressed, and the summary page has the reports' CSP."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from analyzer.batch import spec as work
from analyzer.batch.folder import prune_store, work_settings
from analyzer.batch.outputs import rank, summary_html
from analyzer.batch.records import Analysis
from analyzer.batch.runner import WorkerPool
from analyzer.batch.store import ResultStore
from analyzer.cli import main
from analyzer.config import AnalyzerConfig, Limits
from analyzer.report.html import CONTENT_SECURITY_POLICY
from tests.batch import workers

REPORT = {"schema_version": "1.0", "source": {"path": "a.txt"}, "score": {"readiness": 50.0}}


def test_a_worker_is_replaced_after_its_number_of_items() -> None:
    pool: WorkerPool[str, str, str] = WorkerPool(
        workers.setup, workers.work, jobs=1, timeout=30, max_items=2
    )
    results = dict(pool.run([f"item-{n}" for n in range(5)]))
    pids = {str(value).rsplit(" ", 1)[1] for value in results.values()}
    assert len(results) == 5 and len(pids) == 3
    assert pool.stats.workers_started == 3


def test_the_store_key_follows_the_versions_of_the_libraries(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = work_settings(None, None, None).fingerprint
    versions = {**work.library_versions(), "pdfminer.six": "0.0.0-other"}
    monkeypatch.setattr(work, "library_versions", lambda: versions)
    after = work_settings(None, None, None).fingerprint
    assert before != after
    assert set(work.library_versions()) >= {"spacy", "spacy-lookups-data", "pdfminer.six", "ftfy"}


def test_limits_are_part_of_the_store_key() -> None:
    default = work_settings(None, None, None).fingerprint
    strict = work_settings(None, AnalyzerConfig(limits=Limits(characters=1000)), None).fingerprint
    assert default != strict


def test_prune_keeps_only_what_these_settings_read(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    current = work_settings(None, None, None).fingerprint
    with ResultStore(path, "an-older-version") as old:
        old.put("a", Analysis(result=REPORT, reports={"html": "<p>old</p>"}))
        old.put("b", Analysis(result=REPORT))
    with ResultStore(path, current) as store:
        store.put("a", Analysis(result=REPORT, reports={"html": "<p>new</p>"}))
    assert prune_store(path) == (2, 1)
    db = sqlite3.connect(path)
    assert db.execute("SELECT settings FROM analyses").fetchall() == [(current,)]
    assert db.execute("SELECT count(*) FROM reports").fetchone() == (1,)
    db.close()
    with ResultStore(path, current) as store:
        assert store.get("a", ["html"]) == Analysis(result=REPORT, reports={"html": "<p>new</p>"})
    assert prune_store(path, older_than_days=1) == (0, 1)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE analyses SET created = datetime('now', '-3 days')")
    db.close()
    assert prune_store(path, older_than_days=1) == (1, 0)


def test_the_prune_command(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    with ResultStore(path, "an-older-version") as old:
        old.put("a", Analysis(result=REPORT))
    done = CliRunner().invoke(main, ["store", "prune", str(path)])
    assert done.exit_code == 0, done.output
    assert "deleted 1 stored results, kept 0" in done.output
    missing = CliRunner().invoke(main, ["store", "prune", str(tmp_path / "none.sqlite")])
    assert missing.exit_code == 3 and "no such store" in missing.output


def test_stored_reports_are_compressed(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    page = "<html>" + "<style>.a { color: red }</style>" * 500 + "</html>"
    with ResultStore(path, "s") as store:
        store.put("a", Analysis(result=REPORT, reports={"html": page}))
        assert store.get("a", ["html"]) == Analysis(result=REPORT, reports={"html": page})
    db = sqlite3.connect(path)
    (stored,) = db.execute("SELECT content FROM reports").fetchone()
    db.close()
    assert isinstance(stored, bytes) and len(stored) < len(page) / 10


def test_the_summary_page_has_the_reports_content_security_policy(tmp_path: Path) -> None:
    page = summary_html(rank([]), reports=tmp_path / "r")
    assert f'http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}"' in (
        page.replace("&#x27;", "'")
    )
    assert "default-src 'none'" in CONTENT_SECURITY_POLICY
