"""A hundred-and-thirty-sixth round, from the misses of the seven open sets of a third batch of
eight (in-sample for those): now evidence, a drift monitor that triggers a model's tuning of model
monitoring, and NixOS, Gentoo and Manjaro of Linux; no longer evidence, Vertex the
sales-tax engine, named beside a shop's payment processor, as Google Cloud.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "• Built a drift monitor on the intent classifier's inputs", "model-monitoring",
     True),
    ("experience", "• Added a drift monitor whose alerts trigger LoRA fine-tuning of the speech "
     "model", "model-monitoring", True),
    ("experience", "• Installed a drift monitor on the GPS base station", "model-monitoring",
     False),
    ("skills", "OS: NixOS, macOS", "linux", True),
    ("skills", "Distributions: Gentoo, Manjaro", "linux", True),
    ("experience", "• Integrated Vertex tax calculation into the checkout", "gcp", False),
    ("skills", "Payments: Stripe, CyberSource, Vertex", "gcp", False),
    ("skills", "GCP: BigQuery, Vertex, GKE", "gcp", True),
]  # fmt: skip


test_round136_kinds = sentence_test(CASES)
