"""Batch scoring of a folder of resumes: parallel, isolated per file, incremental, crash-safe.

`analyze_folder()` is the one front door (the `skillgap batch` command wraps it); `outputs` turns
its outcomes into a ranked CSV, JSONL and an HTML summary.

Names are loaded on first use (PEP 562), so importing one light module of the package (the pool,
`spec`) does not load the others: the command starts the readers' fork server before it loads
the rest of the batch.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from analyzer.batch.discover import SUPPORTED_SUFFIXES, find_resumes
    from analyzer.batch.folder import (
        DEFAULT_MEMORY_MB,
        DEFAULT_TIMEOUT,
        BatchRun,
        analyze_folder,
    )
    from analyzer.batch.records import FileError, FileOutcome

_HOMES = {
    "SUPPORTED_SUFFIXES": "analyzer.batch.discover",
    "find_resumes": "analyzer.batch.discover",
    "DEFAULT_MEMORY_MB": "analyzer.batch.folder",
    "DEFAULT_TIMEOUT": "analyzer.batch.folder",
    "BatchRun": "analyzer.batch.folder",
    "analyze_folder": "analyzer.batch.folder",
    "FileError": "analyzer.batch.records",
    "FileOutcome": "analyzer.batch.records",
}

__all__ = [
    "DEFAULT_MEMORY_MB",
    "DEFAULT_TIMEOUT",
    "SUPPORTED_SUFFIXES",
    "BatchRun",
    "FileError",
    "FileOutcome",
    "analyze_folder",
    "find_resumes",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'analyzer.batch' has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
