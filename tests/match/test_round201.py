"""A two-hundred-and-first round, from the first look at a new batch of hold-outs (in-sample
now):

- a learned model integrated into a microservice, an API or a server is deployed, as one
  integrated into an app or a platform was;
- AWS's machine learning certification retold as "Certified Machine Learning Specialist" under
  AWS's name is that certification; the same words from another body are not.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "• Integrated the trained churn classifiers into two Go microservices",
     "model-deployment", True),
    ("experience", "• Embedded the fraud model in the payments API after training it on 2M rows",
     "model-deployment", True),
    ("experience", "• Integrated the budget model into the finance team's reporting server",
     "model-deployment", False),
    ("certifications", "• Amazon Web Services – Certified Machine Learning Specialist (2023)",
     "aws-ml-specialty", True),
    ("certifications", "• Amazon Web Services – Certified Machine Learning Specialist (2023)",
     "aws-machine-learning", True),
    ("certifications", "• DataSkills Institute – Certified Machine Learning Specialist (2023)",
     "aws-ml-specialty", False),
]  # fmt: skip


test_round201_kinds = sentence_test(CASES)
