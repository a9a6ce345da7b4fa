"""The lexicon and the posting vocabulary as the analyzer loads them: `skill_lexicon`'s loaders,
their problems raised as our `LexiconError`. A light module (no spaCy, no extraction), so the
batch's parent can load the lexicon without the engine."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

import skill_lexicon as lexicon_package
from analyzer.errors import LexiconError
from skill_lexicon import Lexicon
from skill_lexicon.postings import PostingVocabulary, load_postings


def load_lexicon(path: str | os.PathLike[str] | None = None) -> Lexicon:
    """`skill_lexicon.load_lexicon`, its problems raised as the analyzer's `LexiconError` (a
    `SkillgapError`, exit code 11)."""
    with lexicon_errors():
        return lexicon_package.load_lexicon(path)


def load_posting_vocabulary() -> PostingVocabulary:
    """The built-in posting vocabulary (`skill_lexicon.postings`, read once: how job descriptions
    are read, and the experience levels with their salary bands), its problems raised as the
    analyzer's `LexiconError`."""
    with lexicon_errors():
        return load_postings()


@contextmanager
def lexicon_errors() -> Iterator[None]:
    """The lexicon package's errors as the analyzer's `LexiconError`."""
    try:
        yield
    except lexicon_package.LexiconError as error:
        raise LexiconError.of(error) from None
