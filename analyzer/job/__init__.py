"""Job descriptions: read a posting into a `JobTarget` (what it asks for, at which level).

`Analyzer.read_job()` is the front door; `JobReader` does the reading, `JobTarget` is the result.
Names load on first use (PEP 562): the record and its renderers need no spaCy, the reader does.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from analyzer.job.reader import JobReader, posting_lexicon
    from analyzer.job.record import (
        AnyOf,
        JobEvidence,
        JobSection,
        JobSource,
        JobTarget,
        NotAsked,
        Requirement,
        SeniorityWord,
        UnlistedTerm,
        YearsAsked,
        load_saved_job,
    )

_READER = ("JobReader", "posting_lexicon")

__all__ = [
    "AnyOf",
    "JobEvidence",
    "JobReader",
    "JobSection",
    "JobSource",
    "JobTarget",
    "NotAsked",
    "Requirement",
    "SeniorityWord",
    "UnlistedTerm",
    "YearsAsked",
    "load_saved_job",
    "posting_lexicon",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module 'analyzer.job' has no attribute {name!r}")
    home = "analyzer.job.reader" if name in _READER else "analyzer.job.record"
    value = getattr(import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
