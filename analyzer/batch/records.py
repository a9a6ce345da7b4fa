"""The records a batch run passes around: what a worker sends back, and what the caller gets."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analyzer.errors import AnalysisTimeoutError, SkillgapError, WorkerCrashedError

TRANSIENT_CODES = frozenset(
    {AnalysisTimeoutError.code, WorkerCrashedError.code, SkillgapError.code}
)
"""Failures that may not happen again (a time limit, a dead worker, a bug): never cached."""


@dataclass(frozen=True, slots=True)
class FileError:
    """Why one file has no result: a stable code from `analyzer.errors` and a message."""

    code: str
    message: str

    @classmethod
    def of(cls, error: SkillgapError) -> FileError:
        """The error's code and message, without the leading "path: " (outputs name the file)."""
        message = str(error)
        prefix = f"{error.path}: "
        if error.path and message.startswith(prefix):
            message = message[len(prefix) :]
        return cls(error.code, message)

    @property
    def transient(self) -> bool:
        """True for failures a re-run may not repeat; these are not stored."""
        return self.code in TRANSIENT_CODES

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the analysis of one file produced: the JSON report (plus any rendered reports), or
    the error. This is what crosses process (and Dask) boundaries: plain, picklable data."""

    result: dict[str, Any] | None = None
    error: FileError | None = None
    reports: dict[str, str] = field(default_factory=dict)
    """Format -> the rendered report, for the formats the run asked for (e.g. "html")."""


@dataclass(frozen=True, slots=True)
class FileOutcome:
    """One file of a batch: its JSON report (`result`, the JSON contract) or its `error`."""

    path: Path
    sha256: str
    result: dict[str, Any] | None
    error: FileError | None
    cached: bool
    """True when nothing was analysed for this file in this run: the store (or another file of
    the run with the same content) already had the answer."""
    reports: Mapping[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.result is not None
