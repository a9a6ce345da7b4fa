"""A two-hundred-and-sixth round, from the first look at a new batch of hold-outs (in-sample
now):

- "productionized" shows MLOps when what went to production is a model's work (or in a skills
  list); a web service or a report productionized is software engineering;
- Naive Bayes hyphenated ("Naive-Bayes") is the classifier, as the spaced name already was.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "• Productionized the legacy invoicing service in Go", "mlops", False),
    ("experience", "• Productionized the churn models the data scientists had prototyped", "mlops",
     True),
    ("skills", "Strengths: productionizing, code review, mentoring", "mlops", True),
    ("projects", "• Tagged support tickets with a Naive-Bayes baseline", "supervised-learning",
     True),
]  # fmt: skip


test_round206_kinds = sentence_test(CASES)
