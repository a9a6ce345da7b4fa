"""A hundred-and-thirty-third round, from the misses of the seven open sets of a new batch of
eight (in-sample for those): now evidence of model evaluation, a metric only models are scored by
set against a baseline ("the hit rate beside a naive baseline"), the error between predicted and
true values, and a model's stages listed in brackets ("Model (Predictions, Evaluation)"); a
cache's hit rate is not one.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "• A gradient-boosted model picks each week's winners; a dashboard shows the hit "
     "rate beside a naive baseline.", "model-evaluation", True),
    ("experience", "• Reported recall against a random baseline for each alert rule",
     "model-evaluation", True),
    ("projects", "• Precision vs. a majority-class baseline on held-out weeks", "model-evaluation",
     True),
    ("experience", "• Raised the cache hit rate over the baseline by 20% across the CDN",
     "model-evaluation", False),
    ("experience", "• Tracked weekly sales against the baseline", "model-evaluation", False),
    ("experience", "• Measured the error between the predicted ranking and the true ranking of "
     "each user", "model-evaluation", True),
    ("projects", "• Mapped the difference between predicted and observed crop yields",
     "model-evaluation", True),
    ("experience", "• Settled the difference between the two vendors' invoices",
     "model-evaluation", False),
    ("projects", "• Contributions: EDA, Model (Predictions, Evaluation, Tuning)",
     "model-evaluation", True),
    ("experience", "• Built a 3D model (design, evaluation, printing) of the bracket",
     "model-evaluation", False),
]  # fmt: skip


test_round133_kinds = sentence_test(CASES)
