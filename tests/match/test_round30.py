"""A thirtieth, one-rule round, from the errors of h124-h126 (first scored on the twenty-ninth): a
tool marked "(Learning)" in a list is being learnt, not used, and the mark stays with its tool.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("skills", "Containers: Docker, Kubernetes (Learning)", "kubernetes", False),
    ("skills", "Containers: Kubernetes (Learning), Docker", "docker", True),
    ("skills", "Frameworks: PyTorch (deep learning), Keras", "pytorch", True),
    ("experience", "Served forecasts from FastAPI on AWS (learning) and GCP", "gcp", True),
    ("experience", "Served forecasts from FastAPI on AWS (learning) and GCP", "aws", False),
]  # fmt: skip


test_round30_kinds = sentence_test(CASES)
