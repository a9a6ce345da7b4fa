"""A hundred-and-forty-ninth round, from written probes (no hold-out): a dbt model or a Rails model
is a table or a SQL transformation, not a learned model, wherever it is deployed or validated;
counted rows joined or aggregated are data processing ("joined, filtered and aggregated 200M
rows"), while files merged are a clerk's.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "• Deployed dbt models to production every night", "model-deployment", False),
    ("experience", "• Deployed the churn model to production behind a FastAPI endpoint",
     "model-deployment", True),
    ("experience", "• Joined, filtered and aggregated 200M rows of events in BigQuery",
     "data-processing", True),
    ("experience", "• Merged 40 files into one binder for the court", "data-processing", False),
]  # fmt: skip


test_round149_kinds = sentence_test(CASES)
