"""skillgap: resume skill-gap analysis for machine-learning-engineering jobs.

The public API: `Analyzer` (load once, analyse many), `analyze_resume()` (one call), the result
types, and the errors. Everything else is an implementation detail.
"""

from analyzer.config import AnalyzerConfig
from analyzer.engine import Analyzer, __version__, analyze_resume
from analyzer.errors import SkillgapError
from analyzer.types import (
    SCHEMA_VERSION,
    AnalysisResult,
    Evidence,
    Gap,
    LearningStep,
    Score,
    SkillAssessment,
)

__all__ = [
    "SCHEMA_VERSION",
    "AnalysisResult",
    "Analyzer",
    "AnalyzerConfig",
    "Evidence",
    "Gap",
    "LearningStep",
    "Score",
    "SkillAssessment",
    "SkillgapError",
    "__version__",
    "analyze_resume",
]
