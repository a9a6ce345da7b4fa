"""A two-hundred-and-fourth round, from the first look at a new batch of hold-outs (in-sample
now):

- a score's model may stand anywhere in its clause: a long bullet names the model first and the
  score it reached twenty words on; a model in another sentence still does not make a machinist's
  precision a model's.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "• Trained a gradient-boosted churn model on three years of subscription records"
     " exported from the billing team, reaching precision of 0.91", "model-evaluation", True),
    ("experience", "• Built a tolerance model for the press shop. Calibrated the spindles of every"
     " lathe in the workshop, holding precision at .01 mm", "model-evaluation", False),
]  # fmt: skip


test_round204_kinds = sentence_test(CASES)
