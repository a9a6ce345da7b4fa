"""A two-hundred-and-eleventh round, from the misses of the open hold-out sets of a new session:

- AWS's Machine Learning Specialty named without the dash of its title, beside AWS or
  certification words, is the certification (and so AWS's machine-learning services);
- a model's "production deployment" is its deployment to production, when a learning word
  shares the clause; a web shop's production deployment is not.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("skills", "Cloud: AWS (certified 2023: Machine Learning Specialty; Cloud Practitioner)",
     "aws-ml-specialty", True),
    ("skills", "Cloud: AWS (certified 2023: Machine Learning Specialty; Cloud Practitioner)",
     "aws-machine-learning", True),
    ("summary", "Statistician whose machine learning specialty is survival analysis",
     "aws-ml-specialty", False),
    ("experience", "• Retrained the fraud classifier weekly and owned its production deployment",
     "model-deployment", True),
    ("experience", "• Coordinated the production deployment of the new checkout pages",
     "model-deployment", False),
]  # fmt: skip


test_round211_kinds = sentence_test(CASES)
