"""Near-miss matching with scikit-learn: character 3-gram TF-IDF of a term against lexicon aliases.

Used for terms in skills sections that no alias matched exactly ("Tensorflw", "Kubernets",
"Postgre SQL"). Like scispacy's candidate generator, it returns the alias and the similarity behind
each candidate, so the evidence says how close it was.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

MIN_TERM_CHARS = 4
"""Shorter terms ("Go", "R", "C#") are too ambiguous to match approximately."""
MAX_LENGTH_RATIO = 1.25
"""A near miss is about as long as its alias: "Windows" is not a misspelt "Windows Azure"."""


@dataclass(frozen=True, slots=True)
class NearMiss:
    skill_id: str
    alias: str
    similarity: float


class FuzzyMatcher:
    """Finds the closest alias of a term, when it is close enough."""

    def __init__(self, aliases: Iterable[tuple[str, str]], threshold: float) -> None:
        """`aliases` are (skill id, alias) pairs; `threshold` is the cosine similarity required."""
        pairs = sorted({(a, s) for s, a in aliases if len(a.replace(" ", "")) >= MIN_TERM_CHARS})
        self._aliases = [a for a, _ in pairs]
        self._skills = [s for _, s in pairs]
        self._known = set(self._aliases)
        self._threshold = threshold

    @cached_property
    def _index(self) -> tuple[Any, Any]:
        """The fitted vectorizer and the alias matrix, built on first use: importing scikit-learn
        takes longer than everything else at start-up, and many resumes need no near miss."""
        from sklearn.feature_extraction.text import TfidfVectorizer

        vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 3), lowercase=True)
        return vectorizer, vectorizer.fit_transform(self._aliases)

    def best(self, terms: list[str]) -> list[NearMiss | None]:
        """For each term, the nearest alias at or above the threshold (None otherwise, and None
        for a term that is itself an alias: that is an exact match, not a near miss)."""
        terms_to_check = [t for t in terms if t not in self._known]
        if not self._aliases or not terms_to_check:
            return [None] * len(terms)
        vectorizer, matrix = self._index
        similarities = vectorizer.transform(terms) @ matrix.T
        found: list[NearMiss | None] = []
        for row, term in enumerate(terms):
            scores = similarities.getrow(row).toarray().ravel()
            best = int(scores.argmax())
            similarity = float(scores[best])
            alias = self._aliases[best]
            if term in self._known or similarity < self._threshold or not _alike(term, alias):
                found.append(None)
            else:
                found.append(NearMiss(self._skills[best], alias, round(similarity, 3)))
        return found


def _alike(term: str, alias: str) -> bool:
    """Misspellings keep the words, their first letters and about the length ("Kubernets",
    "Tensorflw"); other words that share a long part do not ("QA engineering" vs "data
    engineering", "Microsoft Word" vs "Microsoft Azure")."""
    term_words, alias_words = term.lower().split(), alias.lower().split()
    if len(term_words) != len(alias_words):
        return False
    if any(t[0] != a[0] for t, a in zip(term_words, alias_words, strict=True)):
        return False
    longer, shorter = max(len(term), len(alias)), min(len(term), len(alias))
    return longer <= MAX_LENGTH_RATIO * shorter
