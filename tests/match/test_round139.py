"""A hundred-and-thirty-ninth round, from the misses of two small sets read once on the last
rules (in-sample for those): now evidence, the Kolmogorov-Smirnov test written "K-S test" of
statistics, and a model's error given as a value ("a mean error of 0.1 on the test set") of model
evaluation, with a model's words near it (a machinist's positioning error is not one).

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "• Compared the two samples with K-S tests", "statistics", True),
    ("experience", "• Checked drift with a K-S test on each feature", "statistics", True),
    ("experience", "• Trained a regression model with a mean error of 0.1 on held-out data",
     "model-evaluation", True),
    ("projects", "• LSTM forecaster: error = 0.08 on unseen weeks", "model-evaluation", True),
    ("projects", "• Machined brackets with a positioning error of 0.05 mm", "model-evaluation",
     False),
    ("experience", "• Kept the invoice error rate below 0.5 per batch", "model-evaluation", False),
]  # fmt: skip


test_round139_kinds = sentence_test(CASES)
