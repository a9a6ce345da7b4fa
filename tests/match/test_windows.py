"""`WindowedMatcher` gives exactly what spaCy's `Matcher` gives on the whole Doc, in text order."""

from __future__ import annotations

import random
from typing import Any

import pytest
from spacy.language import Language
from spacy.matcher import Matcher

from analyzer.match import build_pipeline
from analyzer.match.windows import WindowedMatcher

PATTERNS: dict[str, list[dict[str, Any]]] = {
    "deployed-model": [
        {"LEMMA": "deploy"},
        {"LOWER": {"NOT_IN": [".", ";", ","]}, "OP": "{0,3}"},
        {"LEMMA": {"IN": ["model", "classifier"]}},
    ],
    "model-deployed": [
        {"LEMMA": {"IN": ["model", "classifier"]}},
        {"IS_PUNCT": False, "OP": "{0,3}"},
        {"LEMMA": "deploy"},
    ],
    "metric-pair": [  # an unbounded run bounded by what it may hold
        {"LOWER": {"IN": ["precision", "recall", "f1"]}},
        {"LOWER": {"IN": [",", "/", "and"]}, "OP": "+"},
        {"LOWER": {"IN": ["precision", "recall", "f1"]}},
    ],
    "gpt-version": [{"LOWER": {"REGEX": r"^gpt-?\d"}}],  # only a regular expression
    "percent": [{"LIKE_NUM": True}, {"LOWER": "%"}, {"LOWER": "+", "OP": "?"}],
    "in-production": [{"LOWER": "in"}, {"LOWER": "production"}],  # a common word and a rare one
    "led-anything": [{"LEMMA": "lead"}, {"OP": "*"}, {"LOWER": "team"}],  # unbounded, any token
    "trailing-optional": [{"LOWER": "tuned"}, {"LOWER": {"IN": ["llms", "models"]}, "OP": "?"}],
    "deploy-model": [{"LEMMA": "deploy"}, {"LEMMA": {"IN": ["model", "classifier"]}}],
}
"""With "deployed-model", a pattern whose matches can start and end where that one's do
("deploy model"): the same span's matches come in the order their keys were added."""
NO_ANCHOR: dict[str, list[dict[str, Any]]] = {
    "any-number": [{"LIKE_NUM": True}, {"IS_PUNCT": True, "OP": "?"}],
}
WORDS = [
    "deployed",
    "deploy",
    "models",
    "model",
    "classifier",
    "to",
    "in",
    "production",
    "precision",
    "recall",
    "f1",
    "and",
    ",",
    "/",
    ".",
    ";",
    "gpt-4",
    "gpt4",
    "GPT-3.5",
    "chatgpt",
    "95",
    "%",
    "+",
    "led",
    "lead",
    "the",
    "a",
    "team",
    "tuned",
    "llms",
    "of",
    "we",
    "with",
    "python",
    "data",
]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline()


def in_text_order(
    matches: list[tuple[int, int, int]], keys: list[str], nlp: Language
) -> list[tuple[int, int, int]]:
    """The whole Doc's matches by start, then end, then the order their keys were added."""
    order = {nlp.vocab.strings[key]: i for i, key in enumerate(keys)}
    return sorted(matches, key=lambda match: (match[1], match[2], order[match[0]]))


def both(
    nlp: Language, patterns: dict[str, list[dict[str, Any]]]
) -> tuple[Matcher, WindowedMatcher]:
    plain, windowed = Matcher(nlp.vocab), WindowedMatcher(nlp.vocab)
    for key, pattern in patterns.items():
        plain.add(key, [pattern])
        windowed.add(key, [pattern])
    return plain, windowed


@pytest.mark.parametrize("patterns", [PATTERNS, {**PATTERNS, **NO_ANCHOR}])
def test_same_matches_as_the_whole_doc_in_text_order(
    nlp: Language, patterns: dict[str, list[dict[str, Any]]]
) -> None:
    plain, windowed = both(nlp, patterns)
    rng = random.Random(8)
    matched = 0
    for _ in range(300):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 60))).lower()
        doc = nlp(text)
        expected = in_text_order(plain(doc), list(patterns), nlp)
        assert windowed(doc) == expected, text
        matched += len(expected)
    assert matched > 300  # the texts exercise the patterns


def test_a_key_with_several_patterns_matches_as_in_the_whole_doc(nlp: Language) -> None:
    """A key's patterns are matched together, each where its own anchors allow; a span two of
    them match is given once."""
    plain, windowed = Matcher(nlp.vocab), WindowedMatcher(nlp.vocab)
    keys = sorted(PATTERNS)
    pairs = [keys[i : i + 2] for i in range(0, len(keys), 2)]
    for pair in pairs:
        for matcher in (plain, windowed):
            matcher.add("+".join(pair), [PATTERNS[key] for key in pair])
    rng = random.Random(9)
    matched = 0
    for _ in range(200):
        doc = nlp(" ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 60))).lower())
        expected = in_text_order(plain(doc), ["+".join(pair) for pair in pairs], nlp)
        assert windowed(doc) == expected, doc.text
        matched += len(expected)
    assert matched > 200


def test_finds_matches_at_both_ends_and_only_where_anchors_are(nlp: Language) -> None:
    plain, windowed = both(nlp, PATTERNS)
    doc = nlp("deployed the model . nothing here at all . precision , recall and f1 in production")
    found = [(nlp.vocab.strings[key], doc[start:end].text) for key, start, end in windowed(doc)]
    assert ("deployed-model", "deployed the model") in found
    assert ("metric-pair", "recall and f1") in found
    assert ("in-production", "in production") in found
    assert windowed(doc) == in_text_order(plain(doc), list(PATTERNS), nlp)
    assert [start for _, start, _ in windowed(doc)] == sorted(start for _, start, _ in plain(doc))
    assert windowed(nlp("")) == []
