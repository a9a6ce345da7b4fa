"""A fortieth round, from two fresh blind hold-outs of portfolio sites' resume data, answered
after their first look while two more stayed sealed: Monte Carlo written as one word, as Italian
writes the place (so a word of the method must be near); an API or endpoint for a learned model;
what a model is measured against ("benchmarked the heuristics against the supervised models").

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "Ran Montecarlo simulations of portfolio returns", "probability", True),
    ("experience", "Opened a cafe in Montecarlo in 2019", "probability", False),
    ("experience", "Wrote REST APIs for the trained churn models", "model-deployment", True),
    ("experience", "Exposed endpoints for ML models used by the support team", "model-deployment",
     True),
    ("experience", "Designed APIs for product models in the car catalogue", "model-deployment",
     False),
    ("experience", "Benchmarked classical heuristics against supervised ML models on recall",
     "model-evaluation", True),
    ("projects", "Compared our regression approach versus gradient boosting models",
     "model-evaluation", True),
    ("experience", "Tested the new fare rules against pricing models of rivals",
     "model-evaluation", False),
    ("experience", "Benchmarked office chairs against competitor models", "model-evaluation",
     False),
]  # fmt: skip


test_round40_kinds = sentence_test(CASES)
