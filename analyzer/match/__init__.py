"""Match stage: spaCy phrase and token patterns from the lexicon -> evidence per skill."""

from analyzer.match.spacy_import import import_spacy

import_spacy()  # before any module of this package imports spaCy: without spaCy's command line

from analyzer.match.matcher import SkillMatcher  # noqa: E402
from analyzer.match.nlp import build_pipeline  # noqa: E402

__all__ = ["SkillMatcher", "build_pipeline"]
