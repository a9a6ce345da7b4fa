"""A token pattern's word that the tokenizer cuts ("zero-shot", "ci/cd") is matched as the run of
its tokens, in a variant pattern of its own, with the token's other values kept."""

from __future__ import annotations

from typing import Any

from spacy.matcher import Matcher

from analyzer.match import build_pipeline
from analyzer.match.nlp import written_apart

NLP = build_pipeline()


def split(word: str) -> list[str]:
    return [t.text for t in NLP.make_doc(word)]


def matches(pattern: list[dict[str, Any]], text: str) -> list[str]:
    matcher = Matcher(NLP.vocab)
    matcher.add("rule", written_apart(pattern, split))
    doc = NLP(text.lower())
    return sorted(doc[start:end].text for _, start, end in matcher(doc, as_spans=False))


SCORE = [
    {"LIKE_NUM": True},
    {"LOWER": "%"},
    {"LOWER": {"IN": ["test", "zero-shot"]}},
    {"LOWER": {"IN": ["accuracy", "f1-score"]}},
]


def test_a_pattern_without_such_words_is_left_as_written() -> None:
    pattern = [{"LEMMA": "deploy"}, {"LOWER": {"NOT_IN": ["."]}, "OP": "{0,3}"}]
    assert written_apart(pattern, split) == [pattern]


def test_each_word_written_apart_gets_a_variant_and_the_others_stay() -> None:
    assert matches(SCORE, "92% test accuracy") == ["92% test accuracy"]
    assert matches(SCORE, "92% zero-shot accuracy") == ["92% zero-shot accuracy"]
    assert matches(SCORE, "92% zero-shot f1-score") == ["92% zero-shot f1-score"]
    assert matches(SCORE, "92% zero shot accuracy") == []


def test_a_token_of_such_words_only_is_left_out_where_it_may_be() -> None:
    pattern = [{"LOWER": "in-house", "OP": "?"}, {"LOWER": "models"}]
    assert written_apart(pattern, split) == [
        [{"LOWER": "models"}],
        [{"LOWER": "in"}, {"LOWER": "-"}, {"LOWER": "house"}, {"LOWER": "models"}],
    ]
    assert written_apart([{"LOWER": "ci/cd"}], split) == [
        [{"LOWER": "ci"}, {"LOWER": "/"}, {"LOWER": "cd"}]
    ]


def test_a_repeated_token_holds_the_run_among_its_other_values() -> None:
    chain = [
        {"LEMMA": "clean"},
        {"LOWER": {"IN": [",", "and", "pre-processed"]}, "OP": "{1,4}"},
        {"LEMMA": "datum"},
    ]
    assert matches(chain, "cleaned, pre-processed and merged data") == []
    assert matches(chain, "cleaned, pre-processed data") == ["cleaned, pre-processed data"]
    assert matches(chain, "cleaned and data") == ["cleaned and data"]


def test_negated_tokens_and_values_stay_as_written() -> None:
    negated = [{"LOWER": "x"}, {"LOWER": "co-op", "OP": "!"}]
    excluded = [{"LOWER": "x"}, {"LOWER": {"NOT_IN": ["co-op"]}}]
    assert written_apart(negated, split) == [negated]
    assert written_apart(excluded, split) == [excluded]
