"""A seventy-fifth round, from the first looks at the session's last two hold-outs:

- the classical eliminations and factorizations of linear algebra by their names (Gaussian and
  Gauss-Jordan elimination, LU, QR and Cholesky decompositions);
- a model's accuracy and recall named together are its evaluation, as precision and recall
  already were.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("education", "Numerics: Gauss-Jordan elimination, Newton steps", "linear-algebra", True),
    ("projects", "A sparse solver with LU factorization in Rust", "linear-algebra", True),
    ("projects", "Cholesky decomposition for covariance sampling", "linear-algebra", True),
    ("projects", "Scored the spam filter on accuracy and recall", "model-evaluation", True),
    ("experience", "Improved billing accuracy for the finance team", "model-evaluation", False),
]  # fmt: skip


test_round75_kinds = sentence_test(CASES)
