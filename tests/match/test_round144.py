"""A hundred-and-forty-fourth round, from the misses of hold-outs: an application deployed that
runs on a learned model named after it ("deploy applications powered by machine learning (ML)
models") is the model's deployment, a campaign driven by a pricing model is not; "production ML"
is MLOps; a language model put to generating text ("local LLMs to generate game narrative") is
generative AI, one put to summarising is left out; differential-algebraic equations are calculus.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("summary", "I build and deploy web services powered by deep learning (DL) models.",
     "model-deployment", True),
    ("experience", "• Shipped a search feature backed by our ranking models", "model-deployment",
     True),
    ("experience", "• Launched a campaign driven by the pricing model", "model-deployment", False),
    ("experience", "• Deployed a kiosk app powered by the museum's 3D models", "model-deployment",
     False),
    ("summary", "Data scientist with six years of experience building production ML.", "mlops",
     True),
    ("projects", "• Used local LLMs to generate quest dialogue for a tabletop game",
     "generative-ai", True),
    ("projects", "• Wrote a bot that uses large language models to draft release notes",
     "generative-ai", True),
    ("experience", "• Used a domain-specific language to generate test code", "generative-ai",
     False),
    ("publications", "Index reduction for systems of differential-algebraic equations", "calculus",
     True),
]  # fmt: skip


test_round144_kinds = sentence_test(CASES)
