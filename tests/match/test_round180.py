"""A hundred-and-eightieth round, from the misses of a new batch of hold-outs (in-sample): a
share written as one token ("93%+") before the task it scores, a machine a model watches rather
than a model watched, and the large pretrained image encoders as deep learning.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

EVAL = "model-evaluation"
MONITOR = "model-monitoring"
DL = "deep-learning"
CASES: list[Case] = [
    ("experience", "• Reached 93%+ defect detection accuracy on the line-scan images", EVAL, True),
    ("experience", "• Kept ~88% test F1 across three retraining cycles", EVAL, True),
    ("experience", "• Raised first-call resolution to 93%+ across the support team", EVAL, False),
    ("experience", "• CNN models on edge ML boards for equipment monitoring", MONITOR, False),
    ("experience", "• ML inference for machinery monitoring in a paper mill", MONITOR, False),
    ("experience", "• Set up monitoring of the ML classifier's drift in production", MONITOR, True),
    ("projects", "Open-vocabulary segmentation with visual foundation models", DL, True),
]  # fmt: skip


test_round180_kinds = sentence_test(CASES)
