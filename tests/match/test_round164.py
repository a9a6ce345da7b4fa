"""A hundred-and-sixty-fourth round, from hold-out batch h954-h961's misses: a model's evaluation
coordinated with its fine-tuning, or named as procedures or a harness for the models; the people a
business serves clustered by their other names (clients, shoppers, households); a line that opens
with a reviewer's role or award names venues ("Top Reviewer, Deep Learning Letters"); a reader
pointed to one's projects on GitHub.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

EVAL = "model-evaluation"
ML = "machine-learning-algorithms"
CASES: list[Case] = [
    ("experience", "• Evaluation and fine-tuning of ASR models for call centres", EVAL, True),
    ("experience", "• Wrote evaluation procedures for the vision models", EVAL, True),
    ("experience", "• Evaluation procedures for suppliers and their pricing models", EVAL, False),
    ("experience", "• Used embeddings to cluster shoppers", "unsupervised-learning", True),
    ("experience", "• Set up Redis clustering for the store", "unsupervised-learning", False),
    ("other", "2021 | Outstanding Reviewer, Machine Learning Letters", ML, False),
    ("other", "Reviewer: Deep Learning Symposium, Data Mining Workshop", "deep-learning", False),
    ("skills", "Backend design (see my projects on GitHub)", "git", False),
    ("projects", "• Kept the project on GitHub with feature branches", "git", True),
]  # fmt: skip


test_round164_kinds = sentence_test(CASES)
