"""A ninety-fourth round, from the misses of the last eight hold-outs: a share with what the task
finds or sorts before it ("93% fraud detection accuracy", "91% intent classification accuracy"),
and a range of shares ("84%-86% precision") is cut so its last share meets its metric ("97%
overall accuracy" in a stock count still is not a model's).

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

EVALUATION = "model-evaluation"

CASES: list[Case] = [
    ("experience", "An LSTM model at 93% fraud detection accuracy", EVALUATION, True),
    ("experience", "Trained a BERT model to 91% intent classification accuracy", EVALUATION, True),
    ("experience", "A classifier with 84%-86% precision", EVALUATION, True),
    ("experience", "Kept 97% overall accuracy in monthly stock counts", EVALUATION, False),
]  # fmt: skip


test_round94_kinds = sentence_test(CASES)
