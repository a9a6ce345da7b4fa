"""Job descriptions: read a posting into a `JobTarget` (what it asks for, at which level).

`Analyzer.read_job()` is the front door; `JobReader` does the reading, `JobTarget` is the result.
"""

from analyzer.job.reader import JobReader, load_saved_job, posting_lexicon
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
)

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
