"""A hundred-and-forty-second round, from the misses of new hold-outs: a share counted on a unit
only a model's output is scored by ("95% character accuracy", "64% entity F1") is a model's
result; data verbs chained before a count of records ("cleaned and joined 50,000 records") are
data processing; the libraries that score language models by name (FMEval, lighteval) are model
evaluation; W&B beside the infrastructure models run on at scale is MLOps; and an observability
tool listed beside the name of the field ("Grafana, Kubernetes, AI/LLM") is a stack, not a model
watched.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "• Built a handwriting reader for parish registers with 93.4% character accuracy",
     "model-evaluation", True),
    ("publications", "• Reached 71.2% entity F1 on a clinical notes benchmark", "model-evaluation",
     True),
    ("experience", "• Kept 99% document accuracy across the filing backlog", "model-evaluation",
     False),
    ("experience", "• Cleaned and joined over 50,000 loan records with dplyr", "data-processing",
     True),
    ("experience", "• Cleaned and painted 40 rooms a week", "data-processing", False),
    ("skills", "Evaluation: FMEval, lighteval", "model-evaluation", True),
    ("skills", "• Cluster tools: Kubernetes, Ray, W&B", "mlops", True),
    ("skills", "• Research tools: LaTeX, W&B, Matplotlib", "mlops", False),
    ("experience", "• Stack: React, Redis, Grafana, Kubernetes, AI/LLM", "model-monitoring", False),
    ("experience", "• Grafana dashboards of inference latency for the ranking service",
     "model-monitoring", True),
]  # fmt: skip


test_round142_kinds = sentence_test(CASES)
