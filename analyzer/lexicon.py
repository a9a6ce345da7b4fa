"""The lexicon as the analyzer loads it: `skill_lexicon`'s loader, its problems raised as our
`LexiconError`. A light module (no spaCy, no extraction), so the batch's parent can load the
lexicon without the engine."""

from __future__ import annotations

import os

import skill_lexicon as lexicon_package
from analyzer.errors import LexiconError
from skill_lexicon import Lexicon


def load_lexicon(path: str | os.PathLike[str] | None = None) -> Lexicon:
    """`skill_lexicon.load_lexicon`, its problems raised as the analyzer's `LexiconError` (a
    `SkillgapError`, exit code 11)."""
    try:
        return lexicon_package.load_lexicon(path)
    except lexicon_package.LexiconError as error:
        raise LexiconError.of(error) from None
