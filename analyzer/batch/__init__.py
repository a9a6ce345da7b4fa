"""Batch scoring of a folder of resumes: parallel, isolated per file, incremental, crash-safe.

`analyze_folder()` is the one front door (the `skillgap batch` command wraps it); `outputs` turns
its outcomes into a ranked CSV, JSONL and an HTML summary.
"""

from analyzer.batch.discover import SUPPORTED_SUFFIXES, find_resumes
from analyzer.batch.folder import (
    DEFAULT_MEMORY_MB,
    DEFAULT_TIMEOUT,
    BatchRun,
    analyze_folder,
)
from analyzer.batch.records import FileError, FileOutcome

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
