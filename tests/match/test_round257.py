"""A two-hundred-and-fifty-seventh round, from the sixteenth session's fourth batch: Kedro and
Flyte run a data team's pipelines as much as models', so they show MLOps only beside the words of
model work or of other MLOps tools.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "• Rebuilt the weekly sales reporting pipeline with Kedro", "mlops", False),
    ("skills", "Orchestration: Flyte, Airflow, dbt", "mlops", False),
    ("experience", "• Moved the fraud model's training jobs onto Flyte", "mlops", True),
    ("skills", "MLOps: Kedro, MLflow, model registry", "mlops", True),
]  # fmt: skip


test_round257_kinds = sentence_test(CASES)
