from __future__ import annotations

import pytest

from analyzer import Analyzer


@pytest.fixture(scope="package")
def analyzer() -> Analyzer:
    """One Analyzer (built-in lexicon) for every job test: spaCy and the lexicon load once."""
    return Analyzer()
