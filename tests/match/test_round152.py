"""A hundred-and-fifty-second round, from written probes (no hold-out): a dashboard or an alert
named before the model whose quality it shows ("dashboards of model latency and accuracy") is
model monitoring, as one named after it was; a model trained on labelled or annotated data is
supervised learning (people trained on labelled things are not).

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "• Built dashboards of model latency and accuracy in production",
     "model-monitoring", True),
    ("experience", "• Set up alerts on the classifier's precision", "model-monitoring", True),
    ("experience", "• Built dashboards for data model performance in Power BI",
     "model-monitoring", False),
    ("projects", "• Trained a crack detector on 5k labelled images", "supervised-learning", True),
    ("projects", "• Fine-tuned a named-entity tagger on annotated clinical notes",
     "supervised-learning", True),
    ("experience", "• Trained new staff on labelled shelving and stock rotation",
     "supervised-learning", False),
]  # fmt: skip


test_round152_kinds = sentence_test(CASES)
