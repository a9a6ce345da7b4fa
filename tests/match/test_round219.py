"""A two-hundred-and-nineteenth round, from the first look at a new batch of hold-out sets:

- a model deployed among other things ("deployed the dashboards, ML models and alerting") is
  deployed as much as one deployed alone, when the field names it just after the list's comma;
  a verb there starts a second clause, whose models were built, not deployed.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "• Deployed the billing dashboards, ML models and alerting for the risk team",
     "model-deployment", True),
    ("experience", "• Helped deploy quoting tools, deep learning models and batch jobs on Azure",
     "model-deployment", True),
    ("experience", "• Deployed the booking website, trained machine learning models for churn",
     "model-deployment", False),
    ("experience", "• Deployed the intranet, and machine learning models were tried much later",
     "model-deployment", False),
]  # fmt: skip


test_round219_kinds = sentence_test(CASES)
