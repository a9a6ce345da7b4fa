"""Match stage: spaCy phrase and token patterns from the lexicon -> evidence per skill."""

from analyzer.match.matcher import SkillMatcher
from analyzer.match.nlp import build_pipeline

__all__ = ["SkillMatcher", "build_pipeline"]
