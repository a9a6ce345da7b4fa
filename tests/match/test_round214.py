"""A two-hundred-and-fourteenth round, from the misses of the open hold-out sets of a new session:

- approximate inference, and the intractable distributions it approximates, are probability
  (an intractable problem of scheduling is not);
- anomaly detection coordinated with another detection task before the noun they share
  ("anomaly and intrusion detection") is anomaly detection, as the task named alone is.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("summary", "My thesis studies ways of approximating intractable distributions over functions",
     "probability", True),
    ("experience", "• Sped up approximate inference for a hierarchical topic model",
     "probability", True),
    ("experience", "• Split an intractable scheduling problem into weekly rosters",
     "probability", False),
    ("experience", "• Led anomaly and intrusion detection on network traffic for the SOC team",
     "unsupervised-learning", True),
    ("experience", "• Built outlier/novelty detection for sensor streams with isolation scores",
     "unsupervised-learning", True),
]  # fmt: skip


test_round214_kinds = sentence_test(CASES)
