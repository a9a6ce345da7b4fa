"""A two-hundredth round, from the first look at a new batch of hold-outs (in-sample now):

- unsupervised and supervised learning coordinated in that order ("unsupervised and supervised
  fraud detection") is supervised learning, as the other order always was;
- a person "serving as" something after a model's name serves in a role, no model served; and a
  laboratory's animal models of a disease are not learned ones.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "• Benchmarked unsupervised and supervised fraud detection on card data",
     "supervised-learning", True),
    ("projects", "• Unsupervised/supervised anomaly scoring of sensor data", "supervised-learning",
     True),
    ("experience", "• Unsupervised clustering of support tickets; supervised the two interns",
     "supervised-learning", False),
    ("experience", "• Built the outbreak model, serving as the lab's only statistician",
     "model-deployment", False),
    ("experience", "• Trained a mouse model of sepsis and ran its drug trials",
     "machine-learning-algorithms", False),
    ("experience", "• Built the outbreak model, serving it through a REST endpoint",
     "model-deployment", True),
]  # fmt: skip


test_round200_kinds = sentence_test(CASES)
