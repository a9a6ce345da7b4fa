"""A hundred-and-seventy-third round, from a new batch of hold-outs: the k-nearest-neighbour method
however written is supervised learning; a model built to predict is a supervised learner in a
resume that shows machine or deep learning elsewhere; a classification scheme drawn up by rules is
a taxonomy, not a model.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

SUPERVISED = "supervised-learning"
CASES: list[Case] = [
    ("skills", "• Methods: K-Nearest Neighbour, random forests", SUPERVISED, True),
    ("experience", "• Imputed sensor gaps with k nearest neighbors", SUPERVISED, True),
    ("experience", "• Wrote models to predict late deliveries\n• Machine learning in scikit-learn",
     SUPERVISED, True),
    ("experience", "• Wrote models to predict late deliveries in Excel", SUPERVISED, False),
    ("experience", "• Drew up a classification scheme for archives\n• Machine learning in PyTorch",
     SUPERVISED, False),
]  # fmt: skip


test_round173_kinds = sentence_test(CASES)
