"""A two-hundred-and-third round, from the first look at a new batch of hold-outs (in-sample
now):

- a harmful-language task named the other way round ("detection of abusive speech") is a
  labelled text task, as "hate speech detection" already was;
- "Analytics/ML" and "BI/ML" name machine learning as the consumer of data work, as "analytics
  and ML" already did;
- "data cleanup" is data cleaning's noun.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "Detection of abusive or hateful comments on a village forum, 2023",
     "supervised-learning", True),
    ("projects", "Identification of toxic tweets in three dialects", "supervised-learning", True),
    ("projects", "Cyberbullying detection for a school messaging app", "supervised-learning", True),
    ("projects", "Detection of offensive odours in a sewage plant", "supervised-learning", False),
    ("projects", "Schema tests for Analytics/ML\nAdded freshness checks to warehouse tables.",
     "machine-learning-algorithms", False),
    ("experience", "Published curated marts for BI/ML dashboards and reports",
     "machine-learning-algorithms", False),
    ("experience", "Built ML models that rank loan applicants",
     "machine-learning-algorithms", True),
    ("skills", "Data science: plotting, data cleanup, notebooks", "data-processing", True),
    ("experience", "Organised the annual office clean-up day", "data-processing", False),
]  # fmt: skip


test_round203_kinds = sentence_test(CASES)
