"""A hundred-and-forty-fifth round, from three small hold-outs read once on the hundred-and-forty-
fourth round's rules: ML services integrated into an app are used, not deployed; an engineer's
physical model validated against a finite-element solver is no learned model evaluated; features
engineered for a network are feature engineering; and a monitor, the device, is not monitoring
(the verb after "to" still is).

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("summary", "Backend engineer integrating AI/ML services into payment and CRM products.",
     "model-deployment", False),
    ("experience", "• Served the fraud classifier as an ML service behind a FastAPI endpoint",
     "model-deployment", True),
    ("projects", "• Validated a reduced-order bracket model against FEA results within 3% accuracy",
     "model-evaluation", False),
    ("projects", "• Validated the trained model on a held-out set of 2,000 scans",
     "model-evaluation", True),
    ("experience", "• Guided a pretrained CNN with engineered image features", "data-processing",
     True),
    ("experience", "• Built a battery-powered acoustic monitor with onboard inference",
     "model-monitoring", False),
    ("experience", "• Wrote scoring jobs to monitor the LLM's accuracy and latency after release",
     "model-monitoring", True),
]  # fmt: skip


test_round145_kinds = sentence_test(CASES)
