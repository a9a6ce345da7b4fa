"""Near-miss matching: character 3-gram TF-IDF cosine similarity of a term against lexicon aliases.

Used for terms in skills sections that no alias matched exactly ("Tensorflw", "Kubernets",
"Postgre SQL"). Like scispacy's candidate generator, it returns the alias and the similarity behind
each candidate, so the evidence says how close it was.

The vectors are scikit-learn's `TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 3))`, computed
here in plain Python over an inverted index: a few hundred aliases and a dozen terms per resume do
not need sparse matrices, and importing scikit-learn (1.5-1.7 s) cost more than the rest of a cold
`skillgap analyze` together. `tests/match/test_fuzzy.py` checks the similarities against
scikit-learn's own.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import lru_cache

MIN_TERM_CHARS = 4
"""Shorter terms ("Go", "R", "C#") are too ambiguous to match approximately."""
MAX_LENGTH_RATIO = 1.25
"""A near miss is about as long as its alias: "Windows" is not a misspelt "Windows Azure"."""
NGRAM = 3
REMEMBERED_TERMS = 4096
"""Terms whose nearest alias is remembered: the same ones recur from resume to resume."""

_WHITESPACE_RUNS = re.compile(r"\s\s+")
_JOINERS = re.compile(r"[\s-]+")
_WORD = re.compile(r"\S+")
MIN_JOINED_CHARS = 6
"""The shortest alias that a term written apart or hyphenated ("Tensor Flow") is read as."""
MIN_RETYPED_CHARS = 8
"""The shortest one-word alias that a term with one letter mistyped ("TensorFlor") is read as,
however its similarity fell: the aliases that share most of its 3-grams ("tensorflow hub",
"tensorflowjs") make those 3-grams rarer and the mistyped one weigh more."""


@dataclass(frozen=True, slots=True)
class NearMiss:
    skill_id: str
    alias: str
    similarity: float


class FuzzyMatcher:
    """Finds the closest alias of a term, when it is close enough."""

    def __init__(
        self,
        aliases: Iterable[tuple[str, str]],
        threshold: float,
        ambiguous: Collection[str] = (),
    ) -> None:
        """`aliases` are (skill id, alias) pairs; `threshold` is the cosine similarity required.
        The `ambiguous` aliases (those a context rule guards: "redshift", "airflow") are not read
        into terms written apart ("Red Shift", "Air Flow" are other things)."""
        pairs = sorted({(a, s) for s, a in aliases if len(a.replace(" ", "")) >= MIN_TERM_CHARS})
        self._aliases = [a for a, _ in pairs]
        self._skills = [s for _, s in pairs]
        self._known = set(self._aliases)
        self._threshold = threshold
        counts = [Counter(char_ngrams(alias)) for alias in self._aliases]
        documents = Counter(gram for grams in counts for gram in grams)
        # smooth idf, as scikit-learn's default: ln((1 + n) / (1 + df)) + 1
        self._idf = {
            gram: math.log((1 + len(counts)) / (1 + df)) + 1 for gram, df in documents.items()
        }
        self._remembered = lru_cache(maxsize=REMEMBERED_TERMS)(self._nearest)
        self._joined: dict[str, int] = {}
        """An alias without its spaces and hyphens -> its first index: a term written with
        others ("Tensor Flow", "Light GBM") is that alias."""
        for index, alias in enumerate(self._aliases):
            joined = _join(alias)
            if len(joined) >= MIN_JOINED_CHARS and alias not in ambiguous:
                self._joined.setdefault(joined, index)
        self._postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for index, grams in enumerate(counts):
            for gram, weight in _unit_vector(grams, self._idf).items():
                self._postings[gram].append((index, weight))

    def best(self, terms: list[str]) -> list[NearMiss | None]:
        """For each term, the nearest alias at or above the threshold (None otherwise, and None
        for a term that is itself an alias: that is an exact match, not a near miss). Terms come
        as written: their case counts (see `_alike`)."""
        return [None if term.lower() in self._known else self._remembered(term) for term in terms]

    def _nearest(self, term: str) -> NearMiss | None:
        scores: dict[int, float] = defaultdict(float)
        for gram, weight in _unit_vector(Counter(char_ngrams(term)), self._idf).items():
            for index, alias_weight in self._postings[gram]:
                scores[index] += weight * alias_weight
        joined = self._joined.get(_join(term))
        if joined is not None:  # the alias with other spaces or hyphens: as near as can be
            return NearMiss(self._skills[joined], self._aliases[joined], round(scores[joined], 3))
        if not scores:
            return None
        # the first alias (in sorted order) among the most similar, as numpy's argmax picks
        best = min(scores, key=lambda index: (-scores[index], index))
        similarity, alias = scores[best], self._aliases[best]
        if not _alike(term, alias):
            return None
        if similarity < self._threshold and not _one_letter_mistyped(term.lower(), alias):
            return None
        return NearMiss(self._skills[best], alias, round(similarity, 3))


def char_ngrams(text: str) -> list[str]:
    """scikit-learn's `char_wb` 3-grams of the lower-cased text: within words padded by a space."""
    grams: list[str] = []
    for word in _WHITESPACE_RUNS.sub(" ", text.lower()).split():
        padded = f" {word} "
        grams.extend(padded[i : i + NGRAM] for i in range(max(len(padded) - NGRAM + 1, 1)))
    return grams


def _join(text: str) -> str:
    """`text` lower-cased without its spaces and hyphens."""
    return _JOINERS.sub("", text.lower())


def _unit_vector(counts: Counter[str], idf: dict[str, float]) -> dict[str, float]:
    """Term frequency times idf over the known n-grams, scaled to unit length (l2)."""
    weights = {gram: count * idf[gram] for gram, count in counts.items() if gram in idf}
    norm = math.sqrt(sum(w * w for w in weights.values()))
    return {gram: w / norm for gram, w in weights.items()} if norm else {}


def _one_letter_mistyped(term: str, alias: str) -> bool:
    """`term` is `alias` with one letter typed as another, in a word of at least
    `MIN_RETYPED_CHARS` letters ("tensorflor", "kubernetez", "supervized learning"; never a
    word's first: `_alike` is asked first). A shorter word mistyped is too often another word
    ("data mixing" is not "data mining")."""
    if len(term) != len(alias):
        return False
    wrong = [i for i, (a, b) in enumerate(zip(term, alias, strict=True)) if a != b]
    if len(wrong) != 1:
        return False
    return any(
        start <= wrong[0] < end and end - start >= MIN_RETYPED_CHARS
        for start, end in (m.span() for m in _WORD.finditer(alias))
    )


def _alike(term: str, alias: str) -> bool:
    """Misspellings keep the words, their first letters and about the length ("Kubernets",
    "Tensorflw"); other words that share a long part do not ("QA engineering" vs "data
    engineering", "Microsoft Word" vs "Microsoft Azure"). A term in capitals is a name or an
    acronym more often than a misspelt word, so only a long alias is read into it ("SHELXL", a
    crystallographer's program, is not "shell"; "TENSORFLW" is TensorFlow)."""
    if term.isupper() and len(alias) < MIN_RETYPED_CHARS:
        return False
    term_words, alias_words = term.lower().split(), alias.lower().split()
    if len(term_words) != len(alias_words):
        return False
    if any(t[0] != a[0] for t, a in zip(term_words, alias_words, strict=True)):
        return False
    longer, shorter = max(len(term), len(alias)), min(len(term), len(alias))
    return longer <= MAX_LENGTH_RATIO * shorter
