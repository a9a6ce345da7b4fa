"""spaCy's token `Matcher`, run only on the stretches of a Doc where its patterns can match.

spaCy's `Matcher` starts every pattern at every token and tests each state's predicates there (the
`IN` sets are Python calls): with the lexicon's ~50 token patterns that was half of all matching
time, though a resume holds a few dozen places where one could match. Every pattern has tokens
that must occur exactly once (an *anchor*: "deploy" in "deploy ... model"), and a match is no
longer than its pattern allows around it. So `WindowedMatcher` finds, per Doc, where each pattern's
rarest anchor occurs (a superset test on LOWER and LEMMA), takes the window each occurrence
allows, merges overlapping windows and runs the same `Matcher` on those spans only.

The result is exactly `Matcher(doc)`'s, in the same order: a match lies inside the window of its
own anchor, so inside one merged span; spaCy's states advance independently of each other, so a
span yields its matches in the order the whole Doc does, and every window ends one token after the
longest match it can hold, so a match is emitted at the same token as on the whole Doc. A pattern
with no anchor or with an unbounded run nothing bounds (`*`, or `+` on any token) makes its
occurrences' windows reach the Doc's ends; one without anchors makes the whole Doc one span.

Each span is matched only with the patterns whose windows made it (most spans: one of ~100): the
others cannot match there, and since each state's fate depends on its own pattern alone, a
`Matcher` of some of the patterns, added in the same order, yields the whole one's matches of
those patterns in the same order. spaCy starts every pattern at every token of a span, so this
cut the `Matcher`'s work on the dev resumes about thirtyfold. Such matchers are built when first
needed (a few hundredths of a millisecond a pattern) and kept, at most `KEPT_MATCHERS` of them.
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
KEPT_MATCHERS = 1024
"""Matchers of some of the patterns kept for reuse (then all dropped, to start again)."""
REMEMBERED_TEXTS = 10_000
"""Texts (hashes) whose verdict under the anchors' regular expressions is remembered."""


@dataclass(frozen=True, slots=True)
class _Test:
    """A test a token must pass to match a pattern token (or a superset of it): its LOWER or
    LEMMA is one of `values` (hashes), or matches `regex`. `common` when a value is a stop word or
    punctuation: such a token is a poor anchor, found on every line."""

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


def _steps(pattern: Sequence[Mapping[str, Any]]) -> tuple[_Step, ...]:
    return tuple(_Step(*_counts(token.get("OP")), _test(token)) for token in pattern)


def _anchors(steps: Sequence[_Step]) -> list[_Test]:
    """The tests of the tokens every match has exactly once, the best kind first: on values that
    are not common, on values, then regular expressions (the slowest to look for)."""
    once = [s.test for s in steps if (s.fewest, s.most) == (1, 1) and s.test is not None]
    rare = [t for t in once if t.regex is None and not t.common]
    return rare or [t for t in once if t.regex is None] or once


class WindowedMatcher:
    """A spaCy `Matcher` (same `add`, same matches) that only looks where matches can be."""

    def __init__(self, vocab: Vocab) -> None:
        self._vocab = vocab
        self._matcher = Matcher(vocab)
        self._patterns: list[tuple[tuple[_Step, ...], list[_Test]]] = []
        self._added: list[tuple[str, list[dict[str, Any]]]] = []  # each pattern with its key
        self._subsets: dict[tuple[int, ...], Matcher] = {}  # patterns (indexes) -> their Matcher
        self._by_value: tuple[dict[int, list[_Test]], ...] = ({}, {})  # anchors, per column
        self._regexes: tuple[dict[_Test, None], ...] = ({}, {})  # anchors, per column
        self._either: list[re.Pattern[str] | None] = [None, None]  # any of a column's regexes
        self._verdicts: tuple[dict[int, bool], ...] = ({}, {})  # text (hash) -> `_either`'s
        self._anchored_by: dict[_Test, list[int]] = {}  # an anchor -> the patterns it anchors
        self._unanchored = False  # a pattern without anchors: the whole Doc is its window

    def add(self, key: str, patterns: list[list[dict[str, Any]]]) -> None:
        self._matcher.add(key, patterns)
        self._subsets.clear()
        for pattern in patterns:
            self._added.append((key, pattern))
            steps = _steps(pattern)
            anchors = _anchors(steps)
            self._unanchored = self._unanchored or not anchors
            for test in dict.fromkeys(anchors):
                self._anchored_by.setdefault(test, []).append(len(self._patterns))
                if test.regex is not None:
                    self._regexes[test.column][test] = None
                for value in test.values:
                    self._by_value[test.column].setdefault(value, []).append(test)
            self._patterns.append((steps, anchors))
        for column, regexes in enumerate(self._regexes):
            either = "|".join(f"(?:{t.regex.pattern})" for t in regexes if t.regex)
            self._either[column] = re.compile(either) if either else None
            self._verdicts[column].clear()

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(match id, start, end) of every match, as `Matcher(doc)` gives them."""
        if not self._patterns or not len(doc):
            return []
        tokens = _Tokens(doc)
        self._find_anchors(tokens)
        matches: list[tuple[int, int, int]] = []
        for start, end, patterns in self._spans(tokens):
            found = self._matcher_of(patterns)(doc[start:end])
            matches.extend((key, start + first, start + last) for key, first, last in found)
        return matches

    def _matcher_of(self, patterns: tuple[int, ...]) -> Matcher:
        """A `Matcher` of the patterns at these indexes (ascending), added in the same order."""
        if len(patterns) == len(self._patterns):
            return self._matcher
        matcher = self._subsets.get(patterns)
        if matcher is None:
            if len(self._subsets) >= KEPT_MATCHERS:
                self._subsets.clear()
            matcher = self._subsets[patterns] = Matcher(self._vocab, validate=False)
            for index in patterns:  # validated when added to the whole `Matcher`
                key, pattern = self._added[index]
                matcher.add(key, [pattern])
        return matcher

    def _find_anchors(self, tokens: _Tokens) -> None:
        """Where every anchor test passes, all at once (one look at each column). The regular
        expressions are tried together, once per text: whether any of them matches a text is
        remembered by its hash (at most `REMEMBERED_TEXTS`), then each is tried on the few."""
        for column, values in enumerate(tokens.columns):
            tests = self._by_value[column]
            hashes = values.tolist()
            for position, value in enumerate(hashes):
                for test in tests.get(value, ()):
                    tokens.passing.setdefault(test, []).append(position)
            either = self._either[column]
            if either is None:
                continue
            verdicts, strings = self._verdicts[column], tokens.strings
            if len(verdicts) > REMEMBERED_TEXTS:
                verdicts.clear()
            candidates = []
            for position, value in enumerate(hashes):
                verdict = verdicts.get(value)
                if verdict is None:
                    verdict = verdicts[value] = either.search(strings[value]) is not None
                if verdict:
                    candidates.append((position, strings[value]))
            for test in self._regexes[column]:
                assert test.regex is not None
                search = test.regex.search
                tokens.passing[test] = [i for i, text in candidates if search(text)]

    def _spans(self, tokens: _Tokens) -> list[tuple[int, int, tuple[int, ...]]]:
        """The merged windows of every pattern's anchor occurrences, in order, each with the
        indexes of the patterns whose windows it holds."""
        if self._unanchored:
            return [(0, tokens.length, tuple(range(len(self._patterns))))]
        windows: list[tuple[int, int, int]] = []
        found = {i for test, at in tokens.passing.items() if at for i in self._anchored_by[test]}
        for index in found:  # the others lack an anchor: no windows
            steps, anchors = self._patterns[index]
            rarest = min(anchors, key=lambda test: len(tokens.passing.get(test, ())))
            anchor = next(i for i, step in enumerate(steps) if step.test == rarest)
            for position in tokens.passing.get(rarest, ()):
                start = _reach_back(steps[:anchor], position, tokens)
                end = _reach_forward(steps[anchor + 1 :], position + 1, tokens)
                # a window ends a token past the longest match
                windows.append((start, min(tokens.length, end + 1), index))
        windows.sort()
        merged: list[tuple[int, int, set[int]]] = []
        for start, end, index in windows:
            if merged and start <= merged[-1][1]:
                first, last, patterns = merged[-1]
                merged[-1] = (first, max(last, end), patterns)
                patterns.add(index)
            else:
                merged.append((start, end, {index}))
        return [(start, end, tuple(sorted(patterns))) for start, end, patterns in merged]


class _Tokens:
    """One Doc's LOWER and LEMMA columns and the positions where tests pass (found on demand)."""

    def __init__(self, doc: Doc) -> None:
        self.columns = doc.to_array(list(_ATTRIBUTES)).T
        self.length = len(doc)
        self.passing: dict[_Test, list[int]] = {}
        self.strings = doc.vocab.strings
        self._found: dict[tuple[int, re.Pattern[str]], tuple[list[tuple[int, str]], Any]] = {}

    def positions(self, test: _Test) -> list[int]:
        if test not in self.passing:
            values = self.columns[test.column]
            if test.regex is None:
                keys = np.fromiter(test.values, np.uint64, len(test.values))
                self.passing[test] = np.flatnonzero(np.isin(values, keys)).tolist()
            else:
                self.passing[test] = self.matching(test, test.regex)
        return self.passing[test]

    def matching(self, test: _Test, candidates: re.Pattern[str]) -> list[int]:
        """Positions whose text in `test`'s column matches its regex, looked for among the
        distinct texts `candidates` (a superset of it) finds."""
        assert test.regex is not None
        if (test.column, candidates) not in self._found:
            values = self.columns[test.column]
            distinct, inverse = np.unique(values, return_inverse=True)
            texts = [self.strings[value] for value in distinct.tolist()]
            found = [(i, text) for i, text in enumerate(texts) if candidates.search(text)]
            self._found[test.column, candidates] = found, inverse
        candidates_found, inverse = self._found[test.column, candidates]
        kept = [i for i, text in candidates_found if test.regex.search(text)]
        return np.flatnonzero(np.isin(inverse, kept)).tolist() if kept else []


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
