"""A hundred-and-ninety-eighth round, from the last batch of hold-outs, read on the final rules
(in-sample now):

- the task's name with its noun in the plural ("anomalies detection", "outliers detection") is
  anomaly detection, an unsupervised task, as the singular always was.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "• Built anomalies detection for the turbine sensor feed",
     "unsupervised-learning", True),
    ("projects", "• Outliers detection on card payments with scikit-learn", "unsupervised-learning",
     True),
    ("experience", "• Reported payment anomalies to the finance lead each week",
     "unsupervised-learning", False),
]  # fmt: skip


test_round198_kinds = sentence_test(CASES)
