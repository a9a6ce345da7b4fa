"""A forty-sixth round, from a fresh blind hold-out of JSON Resume files scored on the code before
it (two more stayed sealed): a context word or a cue no longer reaches into another labelled row
of a list; support vector regression; analytics pipelines; a learned system's metrics named by its
task; an evaluation of models named in a list.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("skills", "Monitoring: Grafana, Kibana\nGenAI: LLM agents, vector search", "model-monitoring",
     False),
    ("skills", "Grafana dashboards for LLM latency and token spend", "model-monitoring", True),
    ("projects", "Forecast wind output with SVR on lagged features", "supervised-learning",
     True),
    ("education", "B.E. in Mechanical Engineering, SVR Institute, 2016", "supervised-learning",
     False),
    ("experience", "Maintained analytics pipelines that load 2M events per hour",
     "data-processing", True),
    ("projects", "Scripts that compute recommender system metrics for each release",
     "model-evaluation", True),
    ("projects", "Side-by-side evaluation of lasso regression, random forest and KNN models",
     "model-evaluation", True),
    ("experience", "Evaluation of suppliers, contracts and staffing models for the clinic",
     "model-evaluation", False),
]  # fmt: skip


test_round46_kinds = sentence_test(CASES)
