"""A hundred-and-second round, from the misses of the last seven hold-outs: the accuracy of
learning algorithms compared ("compared the accuracies of four regression algorithms"; a
positioning algorithm's accuracy is software's).

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

EVALUATION = "model-evaluation"

CASES: list[Case] = [
    ("experience", "Compared the accuracies of four regression algorithms on rent data", EVALUATION,
     True),
    ("experience", "Assessed the F1 of two text classification algorithms", EVALUATION,
     True),
    ("experience", "Evaluated the accuracy of GPS positioning algorithms", EVALUATION, False),
]  # fmt: skip


test_round102_kinds = sentence_test(CASES)
