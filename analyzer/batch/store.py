"""The batch store: one SQLite file that remembers every analysis, so a re-run (or a run after a
crash) redoes nothing that is done.

A row is keyed by the SHA-256 of the file's content and the run's *settings* fingerprint (analyzer
and JSON-schema version, the lexicon's content, the profile and the configuration; see
`analyzer.batch.folder.settings_fingerprint`), so an upgrade or a lexicon edit re-analyses. It holds
the JSON report or the error. The parent process is the only writer; WAL mode and a commit per row
mean `kill -9` loses at most the row being written.

The file is marked with SQLite's `application_id`, and an existing file without the mark is never
touched: the store cannot overwrite something the user cares about.
"""

from __future__ import annotations

import json
import os
import sqlite3
import zlib
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

from analyzer.batch.records import Analysis, FileError
from analyzer.errors import OutputError

APPLICATION_ID = 0x736B6770  # "skgp"
STORE_VERSION = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS analyses (
    sha256     TEXT NOT NULL,
    settings   TEXT NOT NULL,
    result     TEXT,
    error_code TEXT,
    error_message TEXT,
    created    TEXT NOT NULL DEFAULT (datetime('now')),
    PRIMARY KEY (sha256, settings)
);
CREATE TABLE IF NOT EXISTS reports (
    sha256   TEXT NOT NULL,
    settings TEXT NOT NULL,
    format   TEXT NOT NULL,
    content  TEXT NOT NULL,
    PRIMARY KEY (sha256, settings, format)
);
"""


class ResultStore:
    """Stored analyses for one settings fingerprint. Use as a context manager, or `close()`."""

    def __init__(self, path: str | os.PathLike[str] | None, settings: str) -> None:
        """Open the store at `path` (created when missing); None keeps it in memory."""
        self.path = None if path is None else Path(path)
        self.settings = settings
        self._db = _open(self.path)

    def get(self, sha256: str, reports: Iterable[str] = ()) -> Analysis | None:
        """The stored analysis of this content, or None when it is not there (or lacks one of
        the rendered `reports` asked for)."""
        row = self._db.execute(
            "SELECT result, error_code, error_message FROM analyses"
            " WHERE sha256 = ? AND settings = ?",
            (sha256, self.settings),
        ).fetchone()
        if row is None:
            return None
        result, code, message = row
        if result is None:
            return Analysis(error=FileError(code, message))
        rendered: dict[str, str] = {}
        for fmt in reports:
            content = self._db.execute(
                "SELECT content FROM reports WHERE sha256 = ? AND settings = ? AND format = ?",
                (sha256, self.settings, fmt),
            ).fetchone()
            if content is None:
                return None
            rendered[fmt] = _unpacked(content[0])
        return Analysis(result=json.loads(result), reports=rendered)

    def put(self, sha256: str, analysis: Analysis) -> None:
        """Remember `analysis` (committed at once). Transient failures are not stored."""
        if analysis.error is not None and analysis.error.transient:
            return
        result = None if analysis.result is None else json.dumps(analysis.result)
        error = analysis.error
        code, message = (error.code, error.message) if error else (None, None)
        with self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO analyses (sha256, settings, result, error_code,"
                " error_message) VALUES (?, ?, ?, ?, ?)",
                (sha256, self.settings, result, code, message),
            )
            self._db.executemany(
                "INSERT OR REPLACE INTO reports (sha256, settings, format, content)"
                " VALUES (?, ?, ?, ?)",
                [
                    (sha256, self.settings, fmt, _packed(text))
                    for fmt, text in analysis.reports.items()
                ],
            )

    def prune(self, *, older_than_days: float | None = None) -> tuple[int, int]:
        """Delete the analyses (and rendered reports) stored under other settings than this
        store's (an older skillgap, lexicon, library version, profile or limits: never read
        again), and with `older_than_days` also this settings' rows older than that; then give
        the space back. Returns (rows deleted, rows kept)."""
        age = "" if older_than_days is None else f"-{float(older_than_days)} days"
        with self._db:
            deleted = 0
            for table in ("analyses", "reports"):
                condition = "settings != ?"
                parameters: tuple[str, ...] = (self.settings,)
                if age:
                    if table == "analyses":
                        condition += " OR created < datetime('now', ?)"
                        parameters += (age,)
                    else:
                        condition += (
                            " OR NOT EXISTS (SELECT 1 FROM analyses a WHERE a.sha256 ="
                            " reports.sha256 AND a.settings = reports.settings)"
                        )
                cursor = self._db.execute(f"DELETE FROM {table} WHERE {condition}", parameters)
                if table == "analyses":
                    deleted = cursor.rowcount
        self._db.execute("VACUUM")
        (kept,) = self._db.execute("SELECT count(*) FROM analyses").fetchone()
        return deleted, int(kept)

    def count(self) -> int:
        """How many analyses are stored for these settings."""
        (n,) = self._db.execute(
            "SELECT count(*) FROM analyses WHERE settings = ?", (self.settings,)
        ).fetchone()
        return int(n)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> ResultStore:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def _packed(report: str) -> bytes:
    """A rendered report as stored: compressed, since reports repeat their page skeleton and
    CSS (an HTML report shrinks about tenfold) and the JSON result is stored beside them."""
    return zlib.compress(report.encode("utf-8"), 6)


def _unpacked(content: str | bytes) -> str:
    """A stored report (text from stores written before reports were compressed)."""
    return zlib.decompress(content).decode("utf-8") if isinstance(content, bytes) else content


def check_store(path: str | os.PathLike[str]) -> None:
    """OutputError unless `path` can be a store: a skillgap store already, or a new file in an
    existing folder. Reads only; creates nothing."""
    path = Path(path)
    if path.is_dir():
        raise OutputError("is a folder; the store must be a file", path=str(path))
    if not path.parent.is_dir():
        raise OutputError(f"folder {str(path.parent)!r} does not exist", path=str(path))
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise OutputError(f"cannot be opened as a store: {error}", path=str(path)) from None
    try:
        _check_marks(db, path)
    except sqlite3.DatabaseError:
        raise OutputError(_NOT_A_STORE, path=str(path)) from None
    finally:
        db.close()


_NOT_A_STORE = "exists and is not a skillgap store; name another --store"


def _check_marks(db: sqlite3.Connection, path: Path) -> None:
    (app_id,) = db.execute("PRAGMA application_id").fetchone()
    (version,) = db.execute("PRAGMA user_version").fetchone()
    if app_id != APPLICATION_ID:
        raise OutputError(_NOT_A_STORE, path=str(path))
    if version != STORE_VERSION:
        raise OutputError(
            f"is a store of another skillgap version (format {version}, this one reads"
            f" {STORE_VERSION}); name a new --store",
            path=str(path),
        )


def _open(path: Path | None) -> sqlite3.Connection:
    """Open (or create) a store; OutputError when `path` is something else."""
    if path is None:
        db = sqlite3.connect(":memory:", isolation_level=None)
        db.executescript(SCHEMA)
        db.isolation_level = "DEFERRED"
        return db
    check_store(path)
    existed = path.exists() and path.stat().st_size > 0
    try:
        db = sqlite3.connect(path, timeout=30, isolation_level=None)
    except sqlite3.Error as error:
        raise OutputError(f"cannot be opened as a store: {error}", path=str(path)) from None
    try:
        if existed:
            _check_marks(db, path)
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        if not existed:
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute(f"PRAGMA user_version = {STORE_VERSION}")
        db.executescript(SCHEMA)
        db.isolation_level = "DEFERRED"  # from here on, `with db:` is one transaction
    except sqlite3.DatabaseError:
        db.close()
        raise OutputError(_NOT_A_STORE, path=str(path)) from None
    except BaseException:
        db.close()
        raise
    return db
