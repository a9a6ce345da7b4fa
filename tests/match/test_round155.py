"""A hundred-and-fifty-fifth round, from the first looks at eight more hold-outs (seven open, one
sealed): a model named by its task and hosted somewhere ("a U-Net segmentation hosted on Cloud
Run") is deployed, as a model named by its noun was; "generative AIs" in the plural are
generative AI.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "• Plant disease classification hosted on Cloud Run", "model-deployment", True),
    ("projects", "• Portfolio site hosted on Netlify", "model-deployment", False),
    ("experience", "• Fine-tuned open generative AIs to write in our brand voice",
     "generative-ai", True),
]  # fmt: skip


test_round155_kinds = sentence_test(CASES)
