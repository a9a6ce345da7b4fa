"""A forty-third round, from a fresh blind hold-out scored on the code before it (one more stayed
sealed): SageMaker written with a hyphen; calculus as a course of the mathematics machine
learning needs; "ML evaluation" as model evaluation.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("skills", "Keras, Sage-Maker Pipelines, Airflow", "aws-machine-learning", True),
    ("other", "Calculus for Machine Learning, an online class, 2023", "calculus", True),
    ("experience", "Removed dental calculus for patients using ultrasonic scalers", "calculus",
     False),
    ("experience", "Built automated ML evaluation tooling for the ranking team", "model-evaluation",
     True),
]  # fmt: skip


test_round43_kinds = sentence_test(CASES)
