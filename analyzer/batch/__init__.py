"""Batch scoring of a folder of resumes: parallel, isolated per file, incremental, crash-safe.

`analyze_folder()` is the one front door (the `skillgap batch` command wraps it); `outputs` turns
its outcomes into a ranked CSV, JSONL and an HTML summary.

Names are loaded on first use (PEP 562), so importing one light module of the package (the pool,
`spec`) does not load the others: the command starts the readers' fork server before it loads
the rest of the batch.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analyzer.lazy import lazy_names

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


__getattr__, __dir__ = lazy_names(__name__, _HOMES, __all__)
