"""What matching needs of every phrase of a lexicon, worked out only for the phrases a text needs.

Tokenizing a lexicon's ~1,500-3,000 phrases (aliases, exclusions, cues) for its phrase matchers was
most of building a `SkillMatcher` (spaCy meets each word for the first time: a lexeme, the affix
rules, about 65 us a phrase), though one resume can hold a few dozen of them. Two exact shortcuts:

- `PendingPhrases`: a phrase matched on LOWER matches where the text holds its tokens' lower-case
  forms one after the other. Token texts concatenate to the text without its whitespace, and
  lower-casing text that `lower_preserving_length` has lowered changes each character on its own,
  so the phrase, lower-cased and without whitespace, is then a substring of the text lower-cased
  and without whitespace. A phrase is compiled when a text passes that test, before the text is
  matched; a phrase no text has held is never tokenized, and matches are the same.
- `TermIndex`: whether a word is a *term* (a lower-case alphabetic token of a phrase) is asked for
  the plural words of a resume ("LLMs"). A token of a phrase is a substring of it that is not
  preceded or followed by a letter, unless one of the tokenizer's special cases split two letters
  apart ("cannot" -> "can", "not") or the letter is a Chinese character, a kana or a Korean
  syllable (each is a token); so only the phrases holding the word so (or, for a piece of such a
  special case, anywhere) are tokenized to answer, once per phrase and per word.

`tests/match/test_ondemand.py` checks both against compiling everything (the same matches, the same
terms as `analyzer.match.nlp.lexicon_terms`).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from typing import Any, Generic, TypeVar

import numpy as np
from spacy.attrs import ORTH
from spacy.tokens import Doc

from analyzer.match.nlp import CHARACTER_TOKEN, lower_preserving_length

T = TypeVar("T")

GRAM = 3
"""Characters of the pieces of a phrase looked up among the text's (at once, with numpy)."""
HASH_BITS = 20
"""Grams are looked up in a table of 2**20 flags by a hash (a collision only lets a phrase through
to the exact test)."""
ALL_DUE_AFTER = 20
"""Texts after which every phrase still waiting falls due: the test costs up to about a
millisecond a text, compiling what is left a tenth of a second once, so a long-lived matcher (a
batch worker, a service) stops paying the test while one analysis never compiles the rest."""
REMEMBERED_WORDS = 8192
"""Words whose answer `TermIndex` remembers (resumes repeat their plurals)."""


def squashed(lowered: str) -> str:
    """Lower-cased text without whitespace: what a LOWER phrase match leaves of both sides. Give
    it text that `lower_preserving_length` lowered."""
    return "".join(lowered.lower().split())


def _gram_codes(text: str) -> np.ndarray[Any, np.dtype[np.uint64]]:
    """Every run of `GRAM` characters of `text` as one number (code points take 21 bits)."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    codes = codes.astype(np.uint64)
    if len(codes) < GRAM:
        return np.zeros(0, np.uint64)
    return (codes[:-2] << np.uint64(42)) | (codes[1:-1] << np.uint64(21)) | codes[2:]


class PendingPhrases(Generic[T]):
    """Phrases waiting to be compiled, each with what to compile (`T`), until a text could hold
    them (see the module's docstring). Not thread-safe: the matcher's lock serialises it."""

    def __init__(self) -> None:
        self._waiting: dict[str, list[T]] = {}
        self._rank: dict[str, int] = {}  # the order keys were added in
        self._short: list[str] = []  # keys shorter than a gram: tested with `in` every time
        self._keys: list[str] = []  # the others
        self._grams = np.zeros(0, np.intp)  # the hash of every gram of every key in `_keys`
        self._owner = np.zeros(0, np.intp)  # the index in `_keys` of each of `_grams`
        self._changed = False
        self._texts = 0  # texts `due` has been shown
        self._seen = np.zeros(1 << HASH_BITS, bool)  # the hashes of one text's grams, in turn

    def __len__(self) -> int:
        return sum(map(len, self._waiting.values()))

    def add(self, lowered_phrase: str, item: T) -> None:
        """Keep `item` until a text holds `lowered_phrase` (lowered by
        `lower_preserving_length`)."""
        key = squashed(lowered_phrase)
        if key not in self._waiting:
            self._waiting[key] = []
            self._rank[key] = len(self._rank)
            (self._short if len(key) < GRAM else self._keys).append(key)
            self._changed = True
        self._waiting[key].append(item)

    def due(self, lowered_text: str) -> list[T]:
        """The items whose phrase `lowered_text` (lowered by `lower_preserving_length`) could
        hold, by phrase in the order the phrases were first added; they are forgotten, the rest
        keep waiting. After `ALL_DUE_AFTER` texts, all of them are due."""
        if not self._waiting:
            return []
        self._texts += 1
        if self._texts > ALL_DUE_AFTER:
            everything = [item for items in self._waiting.values() for item in items]
            self._waiting.clear()
            self._short, self._keys, self._changed = [], [], True
            return everything
        text = squashed(lowered_text)
        held = [i for i in self._passing(text) if self._keys[i] in text]
        found = [self._keys[i] for i in held] + [k for k in self._short if k in text]
        if not found:
            return []
        if held:
            self._forget(held)
        self._short = [k for k in self._short if k not in set(found)]
        found.sort(key=self._rank.__getitem__)
        return [item for key in found for item in self._waiting.pop(key)]

    def _forget(self, indexes: list[int]) -> None:
        """Drop the keys at `indexes` (and their grams)."""
        gone = np.zeros(len(self._keys), bool)
        gone[indexes] = True
        self._keys = [key for key, out in zip(self._keys, gone.tolist(), strict=True) if not out]
        if not self._changed:
            renumbered = np.cumsum(~gone) - 1
            kept = ~gone[self._owner]
            self._grams, self._owner = self._grams[kept], renumbered[self._owner[kept]]

    def _passing(self, text: str) -> list[int]:
        """Indexes of the keys all of whose grams occur in `text`: a cheap test, all keys at
        once with numpy, before `in` on the few that pass."""
        if self._changed:
            self._grams, self._owner = _key_grams(self._keys)
            self._changed = False
        if not self._keys:
            return []
        grams = _hashed(_gram_codes(text))
        self._seen[grams] = True
        missing = np.bincount(self._owner[~self._seen[self._grams]], minlength=len(self._keys))
        self._seen[grams] = False
        return np.flatnonzero(missing == 0).tolist()


def _key_grams(
    keys: list[str],
) -> tuple[np.ndarray[Any, np.dtype[np.intp]], np.ndarray[Any, np.dtype[np.intp]]]:
    """The hash of every gram of every key (keys are `GRAM` characters long at least), and whose
    it is: the grams of all keys written one after the other that lie within one key."""
    if not keys:
        return np.zeros(0, np.intp), np.zeros(0, np.intp)
    owner = np.repeat(np.arange(len(keys)), [len(key) for key in keys])
    within = owner[: 1 - GRAM] == owner[GRAM - 1 :]
    return _hashed(_gram_codes("".join(keys))[within]), owner[: 1 - GRAM][within]


def _hashed(codes: np.ndarray[Any, np.dtype[np.uint64]]) -> np.ndarray[Any, np.dtype[np.intp]]:
    """Fibonacci hashing of gram codes to `HASH_BITS` bits (the product wraps, as meant)."""
    return ((codes * np.uint64(0x9E3779B97F4A7C15)) >> np.uint64(64 - HASH_BITS)).astype(np.intp)


class TermIndex:
    """`word in index`: whether `word` is a lower-case alphabetic token of one of `phrases`
    (`tokenize`d as matching does), found by tokenizing only the phrases that could hold it."""

    def __init__(
        self,
        phrases: Iterable[str],
        tokenize: Callable[[str], Doc],
        special_cases: Mapping[str, Iterable[Mapping[Any, Any]]],
    ) -> None:
        self._phrases = list(dict.fromkeys(phrases))
        self._tokenize = tokenize
        lowered = [lower_preserving_length(p).lower() for p in self._phrases]
        self._joined = "\n".join(lowered)
        self._starts: list[int] = []
        offset = 0
        for text in lowered:
            self._starts.append(offset)
            offset += len(text) + 1
        self._tokens: dict[int, frozenset[str]] = {}
        self._split_pieces = _letters_split_apart(special_cases)
        self._contains = lru_cache(maxsize=REMEMBERED_WORDS)(self._find)

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and bool(word) and self._contains(word)

    def _find(self, word: str) -> bool:
        anywhere = word in self._split_pieces
        joined, end = self._joined, len(word)
        checked: set[int] = set()
        for found in re.finditer(re.escape(word), joined):
            start = found.start()
            if not anywhere and (
                (start > 0 and _one_token(joined[start - 1], word[0]))
                or (start + end < len(joined) and _one_token(word[-1], joined[start + end]))
            ):
                continue
            index = bisect.bisect_right(self._starts, start) - 1
            if index in checked:
                continue
            checked.add(index)
            if word in self._alphabetic_tokens(index):
                return True
        return False

    def _alphabetic_tokens(self, index: int) -> frozenset[str]:
        tokens = self._tokens.get(index)
        if tokens is None:
            doc = self._tokenize(self._phrases[index])
            tokens = self._tokens[index] = frozenset(t.lower_ for t in doc if t.is_alpha)
        return tokens


def _one_token(before: str, after: str) -> bool:
    """Whether two neighbouring characters of a phrase stand in one token: two letters, unless one
    is a Chinese character, a kana or a Korean syllable (a token of its own:
    `nlp.CHARACTER_TOKEN`)."""
    return (
        before.isalpha()
        and after.isalpha()
        and not CHARACTER_TOKEN.match(before)
        and not CHARACTER_TOKEN.match(after)
    )


def _letters_split_apart(
    special_cases: Mapping[str, Iterable[Mapping[Any, Any]]],
) -> frozenset[str]:
    """The lower-cased pieces of the tokenizer's special cases that split two letters apart
    ("cannot" -> "can", "not"; "gonna" -> "gon", "na")."""
    pieces: set[str] = set()
    for tokens in special_cases.values():
        texts = [str(token.get(ORTH, token.get("ORTH", ""))) for token in tokens]
        for before, after in itertools.pairwise(texts):
            if before[-1:].isalpha() and after[:1].isalpha():
                pieces.update((before.lower(), after.lower()))
    return frozenset(pieces)
