"""A hundred-and-seventy-fourth round, from a new batch of hold-outs: AWS's services by their full
names are AWS; sparse matrices and matrix products are linear algebra; a method evaluated across
datasets is a model evaluated.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

ALGEBRA = "linear-algebra"
EVALUATION = "model-evaluation"
CASES: list[Case] = [
    ("experience", "• Ran the render farm on Amazon Elastic Compute Cloud", "aws", True),
    ("experience", "• Backups kept in Amazon Simple Storage Service", "aws", True),
    ("experience", "• Reordered sparse matrices to cut fill-in", ALGEBRA, True),
    ("experience", "• Tiled matrix multiplication kernels in CUDA", ALGEBRA, True),
    ("experience", "• Evaluated the detector across three public datasets", EVALUATION, True),
    ("experience", "• Forecast model validation cut the error by 40%", EVALUATION, True),
]  # fmt: skip


test_round174_kinds = sentence_test(CASES)
