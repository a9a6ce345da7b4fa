"""A hundred-and-eighteenth round, from the first looks at seven of eight fresh hold-outs
(h725-h732). Now evidence: a share scored on one of the field's public benchmark datasets
("99.3% (MNIST)", "94% on CIFAR-10"), as model evaluation; Kendall's tau and Cohen's kappa
written with their Greek letters, and raters' agreement by its statistics' names, as statistics.
No longer evidence: theoretical models compared with data, as model evaluation (a physicist's
model is derived, not learned). (The round's other change, headings written in lower case, is
tested with the sections.)

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "Digit recognizer: 99.3% (MNIST), 88% (KMNIST)", "model-evaluation", True),
    ("projects", "Image tagger, 94% on CIFAR-10", "model-evaluation", True),
    ("experience", "Cut shipping costs 12% on glue and tape", "model-evaluation", False),
    ("experience", "Compared theoretical models with simulated detector data", "model-evaluation",
     False),
    ("experience", "Compared three classifiers against a baseline", "model-evaluation", True),
    ("skills", "Statistical Evaluation (Kendall τ, Cohen's κ)", "statistics", True),
    ("experience", "Measured inter-rater reliability of the three annotators", "statistics",
     True),
]  # fmt: skip


test_round118_kinds = sentence_test(CASES)
