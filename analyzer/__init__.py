"""skillgap: resume skill-gap analysis for machine-learning-engineering jobs.

The public API: `Analyzer` (load once, analyse many), `analyze_resume()` (one call), the result
types, and the errors. Everything else is an implementation detail.

Names are loaded on first use (PEP 562), so `import analyzer` and the CLI's `--help` do not pay
for spaCy and pdfminer.six until an analysis needs them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analyzer.lazy import lazy_names

if TYPE_CHECKING:
    from analyzer.config import AnalyzerConfig
    from analyzer.engine import Analyzer, analyze_resume
    from analyzer.errors import SkillgapError
    from analyzer.job.record import JobTarget
    from analyzer.types import (
        SCHEMA_VERSION,
        AnalysisResult,
        Evidence,
        Gap,
        LearningStep,
        Score,
        SkillAssessment,
    )
    from analyzer.version import __version__

_HOMES = {
    "AnalyzerConfig": "analyzer.config",
    "Analyzer": "analyzer.engine",
    "__version__": "analyzer.version",
    "analyze_resume": "analyzer.engine",
    "SkillgapError": "analyzer.errors",
    "JobTarget": "analyzer.job.record",
    "SCHEMA_VERSION": "analyzer.types",
    "AnalysisResult": "analyzer.types",
    "Evidence": "analyzer.types",
    "Gap": "analyzer.types",
    "LearningStep": "analyzer.types",
    "Score": "analyzer.types",
    "SkillAssessment": "analyzer.types",
}

__all__ = [
    "SCHEMA_VERSION",
    "AnalysisResult",
    "Analyzer",
    "AnalyzerConfig",
    "Evidence",
    "Gap",
    "JobTarget",
    "LearningStep",
    "Score",
    "SkillAssessment",
    "SkillgapError",
    "__version__",
    "analyze_resume",
]


__getattr__, __dir__ = lazy_names(__name__, _HOMES, __all__)
