"""The built-in lexicon through the real matcher, built once for every vocabulary test."""

from __future__ import annotations

import pytest

from analyzer.match.matcher import SkillMatcher
from analyzer.match.nlp import build_pipeline
from skill_lexicon import load_lexicon


@pytest.fixture(scope="session")
def builtin_matcher() -> SkillMatcher:
    return SkillMatcher(load_lexicon(), build_pipeline())
