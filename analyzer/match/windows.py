"""spaCy's token `Matcher`, run only on the stretches of a Doc where its patterns can match.

spaCy's `Matcher` starts every pattern at every token and tests each state's predicates there (the
`IN` sets are Python calls): with the lexicon's hundreds of token patterns that would be most of
matching, though a resume holds a few dozen places where one could match. Every pattern has tokens
that must occur exactly once (an *anchor*: "deploy" in "deploy ... model"), and a match is no
longer than its pattern allows around it. So `WindowedMatcher` finds, per Doc, where each pattern's
rarest anchor occurs (a superset test on LOWER and LEMMA) and takes the window each occurrence
allows; each key has its own `Matcher` (of the patterns added with it), run on the merged windows
of that key's patterns only. A pattern with no anchor, or with an unbounded run nothing bounds
(`*`, or `+` on any token), makes its occurrences' windows reach the Doc's ends; one without
anchors makes the whole Doc its window.

The matches are exactly the whole Doc's: a match lies inside the window of its own anchor, so
inside one merged span of its key, and a span ends a token past the longest match it can hold, so
spaCy sees there what it sees on the whole Doc. They are given in text order (by start, then end,
then the order the keys were added), not in the order spaCy emits them, which hangs on how its
states advance. One `Matcher` a key, rather than one for whichever patterns a span happens to
hold, keeps the matchers few and built once: on resumes the sets of patterns met in a span were
too many to keep, and building their matchers took half of the windowed matching.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab

_COUNTS = {"?": (0, 1), "*": (0, None), "+": (1, None)}
_RANGE = re.compile(r"\{(\d*)(,?)(\d*)\}")
_ATTRIBUTES = ("LOWER", "LEMMA")  # the columns of `_columns`, in this order
REMEMBERED_TEXTS = 10_000
"""Texts (hashes) whose verdict under the anchors' regular expressions is remembered."""


@dataclass(frozen=True, slots=True, eq=False)
class _Test:
    """A test a token must pass to match a pattern token (or a superset of it): its LOWER or
    LEMMA is one of `values` (hashes), or matches `regex`. `common` when a value is a stop word or
    punctuation: such a token is a poor anchor, found on every line. Compared by identity (so
    hashed fast): a `WindowedMatcher` keeps one of each (`_interned`)."""

    column: int
    values: frozenset[int] = frozenset()
    regex: re.Pattern[str] | None = None
    common: bool = False


@dataclass(frozen=True, slots=True)
class _Step:
    """One token of a pattern: how many tokens it matches and what they must pass (None: any)."""

    fewest: int
    most: int | None
    test: _Test | None


def _counts(op: str | None) -> tuple[int, int | None]:
    if op is None:
        return 1, 1
    if op in _COUNTS:
        return _COUNTS[op]
    ranged = _RANGE.fullmatch(op)
    if ranged is None:
        return 0, None  # "!" (a negation) or an operator we do not know: anything
    low, comma, high = ranged.groups()
    if not comma:
        return int(low), int(low)
    return int(low or 0), int(high) if high else None


def _test(token: Mapping[str, Any]) -> _Test | None:
    """The first LOWER or LEMMA condition of a pattern token that any match must pass (None: one
    we cannot tell, which any token may pass)."""
    op = token.get("OP")
    if op is not None and op not in _COUNTS and not _RANGE.fullmatch(op):
        return None  # a negated token passes what its conditions reject
    for column, attribute in enumerate(_ATTRIBUTES):
        value = token.get(attribute)
        listed = [value] if isinstance(value, str) else None
        if isinstance(value, Mapping):
            if isinstance(value.get("REGEX"), str):
                return _Test(column, regex=re.compile(value["REGEX"]))
            listed = value.get("IN")
        if isinstance(listed, Sequence) and all(isinstance(v, str) for v in listed):
            common = any(v in STOP_WORDS or not v.isalnum() for v in listed)
            return _Test(column, frozenset(get_string_id(v) for v in listed), common=common)
    return None


def _steps(
    pattern: Sequence[Mapping[str, Any]], tests: dict[tuple[object, ...], _Test]
) -> tuple[_Step, ...]:
    """The pattern's steps, with the same test for the same condition (kept in `tests`)."""
    return tuple(
        _Step(*_counts(token.get("OP")), _interned(_test(token), tests)) for token in pattern
    )


def _interned(test: _Test | None, tests: dict[tuple[object, ...], _Test]) -> _Test | None:
    if test is None:
        return None
    regex = test.regex.pattern if test.regex else None
    return tests.setdefault((test.column, test.values, regex, test.common), test)


def _anchors(steps: Sequence[_Step]) -> list[_Test]:
    """The tests of the tokens every match has exactly once, the best kind first: on values that
    are not common, on values, then regular expressions (the slowest to look for)."""
    once = [s.test for s in steps if (s.fewest, s.most) == (1, 1) and s.test is not None]
    rare = [t for t in once if t.regex is None and not t.common]
    return rare or [t for t in once if t.regex is None] or once


class WindowedMatcher:
    """A spaCy `Matcher` (same `add`, same matches, in text order) that only looks where matches
    can be."""

    def __init__(self, vocab: Vocab) -> None:
        self._vocab = vocab
        self._keys: list[_Key] = []  # in the order they were added
        self._tests: dict[tuple[object, ...], _Test] = {}  # one of each test (`_interned`)
        self._by_value: tuple[dict[int, list[_Test]], ...] = ({}, {})  # anchors, per column
        self._regexes: tuple[dict[_Test, None], ...] = ({}, {})  # anchors, per column
        self._either: list[re.Pattern[str] | None] = [None, None]  # any of a column's regexes
        self._passed: tuple[dict[int, tuple[_Test, ...]], ...] = ({}, {})  # text -> its anchors
        self._anchored_by: dict[_Test, list[int]] = {}  # an anchor -> the keys it anchors
        self._unanchored: list[int] = []  # keys with a pattern without anchors: always tried

    def add(self, key: str, patterns: list[list[dict[str, Any]]]) -> None:
        matcher = Matcher(self._vocab)
        matcher.add(key, patterns)
        added = _Key(matcher, tuple(_Anchored.of(_steps(p, self._tests)) for p in patterns))
        index = len(self._keys)
        self._keys.append(added)
        if any(not anchored.anchors for anchored in added.patterns):
            self._unanchored.append(index)
        for test in {t: None for anchored in added.patterns for t in anchored.anchors}:
            self._anchored_by.setdefault(test, []).append(index)
            if test.regex is not None:
                self._regexes[test.column][test] = None
            for value in test.values:
                self._by_value[test.column].setdefault(value, []).append(test)
        for column, regexes in enumerate(self._regexes):
            either = "|".join(f"(?:{t.regex.pattern})" for t in regexes if t.regex)
            self._either[column] = re.compile(either) if either else None
            self._passed[column].clear()

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(match id, start, end) of every match `Matcher(doc)` gives, once, in text order."""
        if not self._keys or not len(doc):
            return []
        tokens = _Tokens(doc)
        self._find_anchors(tokens)
        passing = tokens.passing
        tried = {i for test in passing for i in self._anchored_by[test]}
        found: dict[tuple[int, int, int], int] = {}  # match -> its key's index
        for index in sorted(tried.union(self._unanchored)):
            key = self._keys[index]
            for start, end in key.spans(tokens):
                for match_id, first, last in key.matcher(doc[start:end]):
                    found.setdefault((match_id, start + first, start + last), index)
        return sorted(found, key=lambda match: (match[1], match[2], found[match]))

    def _find_anchors(self, tokens: _Tokens) -> None:
        """Where every anchor test passes, all at once: which anchors a text passes is worked out
        once per distinct text of a column and remembered by its hash (at most
        `REMEMBERED_TEXTS`), then only the positions of texts that pass one are visited."""
        for column in range(len(_ATTRIBUTES)):
            remembered = self._passed[column]
            if len(remembered) > REMEMBERED_TEXTS:
                remembered.clear()
            distinct, inverse = tokens.distinct(column)
            passed: dict[int, tuple[_Test, ...]] = {}  # index in `distinct` -> anchors passed
            for index, value in enumerate(distinct.tolist()):
                tests = remembered.get(value)
                if tests is None:
                    tests = remembered[value] = self._anchors_passed(column, value, tokens)
                if tests:
                    passed[index] = tests
            if not passed:
                continue
            positions = np.flatnonzero(np.isin(inverse, list(passed)))
            for position, index in zip(
                positions.tolist(), inverse[positions].tolist(), strict=True
            ):
                for test in passed[index]:
                    tokens.passing.setdefault(test, []).append(position)

    def _anchors_passed(self, column: int, value: int, tokens: _Tokens) -> tuple[_Test, ...]:
        """The anchor tests on `column` that a token with this text (hash) passes. The regular
        expressions are tried together first, and one by one only when one of them matches."""
        tests = tuple(self._by_value[column].get(value, ()))
        either = self._either[column]
        if either is None:
            return tests
        text = tokens.strings[value]
        if either.search(text) is None:
            return tests
        return tests + tuple(t for t in self._regexes[column] if t.regex and t.regex.search(text))


@dataclass(frozen=True, slots=True)
class _Key:
    """A key's `Matcher` and its patterns."""

    matcher: Matcher
    patterns: tuple[_Anchored, ...]

    def spans(self, tokens: _Tokens) -> list[tuple[int, int]]:
        """The merged windows of the patterns' rarest anchors' occurrences, in order."""
        windows = sorted(w for anchored in self.patterns for w in anchored.windows(tokens))
        merged: list[tuple[int, int]] = []
        for start, end in windows:
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
        return merged


@dataclass(frozen=True, slots=True)
class _Anchored:
    """A pattern's steps and anchors, with where each anchor stands in the steps and, when the
    steps before or after it are all bounded, how far a match can reach back or forward from it
    (then no Doc needs looking at to know)."""

    steps: tuple[_Step, ...]
    anchors: tuple[_Test, ...]
    at: Mapping[_Test, int]  # an anchor -> its step's index
    back: Mapping[_Test, int | None]  # an anchor -> the most tokens a match holds before it
    forward: Mapping[_Test, int | None]  # ... and after it

    @classmethod
    def of(cls, steps: tuple[_Step, ...]) -> _Anchored:
        anchors = tuple(dict.fromkeys(_anchors(steps)))
        at = {test: next(i for i, s in enumerate(steps) if s.test == test) for test in anchors}
        back = {test: _most(steps[:i]) for test, i in at.items()}
        forward = {test: _most(steps[i + 1 :]) for test, i in at.items()}
        return cls(steps, anchors, at, back, forward)

    def windows(self, tokens: _Tokens) -> list[tuple[int, int]]:
        """(start, end) of the window of each occurrence of the rarest anchor: from the earliest
        token a match can start at to one past the furthest it can end at. Without anchors, the
        whole Doc."""
        if not self.anchors:
            return [(0, tokens.length)]
        anchor, positions = None, None
        for test in self.anchors:
            found = tokens.passing.get(test)
            if found is None:
                return []  # an anchor the Doc lacks: no match
            if positions is None or len(found) < len(positions):
                anchor, positions = test, found
        assert anchor is not None and positions is not None
        back, forward, at = self.back[anchor], self.forward[anchor], self.at[anchor]
        windows = []
        for position in positions:
            if back is None:
                start = _reach_back(self.steps[:at], position, tokens)
            else:
                start = max(0, position - back)
            if forward is None:
                end = _reach_forward(self.steps[at + 1 :], position + 1, tokens)
            else:
                end = position + 1 + forward
            windows.append((start, min(tokens.length, end + 1)))
        return windows


def _most(steps: Sequence[_Step]) -> int | None:
    """The most tokens these steps can match (None: unbounded)."""
    most = 0
    for step in steps:
        if step.most is None:
            return None
        most += step.most
    return most


class _Tokens:
    """One Doc's LOWER and LEMMA columns and the positions where tests pass (found on demand)."""

    def __init__(self, doc: Doc) -> None:
        self.columns = doc.to_array(list(_ATTRIBUTES)).T
        self.length = len(doc)
        self.passing: dict[_Test, list[int]] = {}
        self.strings = doc.vocab.strings
        self._distinct: dict[int, tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]] = {}

    def distinct(self, column: int) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
        """The column's distinct texts (hashes) and, for each position, its text's index among
        them (`np.unique`, worked out once a column)."""
        if column not in self._distinct:
            self._distinct[column] = np.unique(self.columns[column], return_inverse=True)
        return self._distinct[column]

    def positions(self, test: _Test) -> list[int]:
        if test not in self.passing:
            if test.regex is None:
                keys = np.fromiter(test.values, np.uint64, len(test.values))
                found = np.isin(self.columns[test.column], keys)
            else:  # tried once for each distinct text
                regex = test.regex
                distinct, inverse = self.distinct(test.column)
                kept = [
                    i
                    for i, value in enumerate(distinct.tolist())
                    if regex.search(self.strings[value])
                ]
                found = np.isin(inverse, kept)
            self.passing[test] = np.flatnonzero(found).tolist()
        return self.passing[test]


def _reach_forward(steps: Sequence[_Step], start: int, tokens: _Tokens) -> int:
    """The furthest end a match's `steps` can reach when they begin at `start`."""
    low = high = start
    for step in steps:
        if step.most is not None:
            low, high = low + step.fewest, high + step.most
        elif step.test is None:
            return tokens.length
        else:  # a run of tokens passing the test, beginning anywhere in [low, high]
            passing = set(tokens.positions(step.test))
            furthest = high
            for begin in range(low, high + 1):
                end = begin
                while end in passing:
                    end += 1
                furthest = max(furthest, end)
            low, high = low + step.fewest, furthest
    return high


def _reach_back(steps: Sequence[_Step], end: int, tokens: _Tokens) -> int:
    """The earliest start a match's `steps` can reach when they end just before `end`."""
    low = high = end
    for step in reversed(steps):
        if step.most is not None:
            low, high = low - step.most, high - step.fewest
        elif step.test is None:
            return 0
        else:  # a run of tokens passing the test, ending anywhere in [low, high]
            passing = set(tokens.positions(step.test))
            earliest = low
            for finish in range(low, high + 1):
                begin = finish
                while begin - 1 in passing:
                    begin -= 1
                earliest = min(earliest, begin)
            low, high = earliest, high - step.fewest
    return max(0, low)
