"""A hundred-and-sixty-third round, from hold-out batch h946-h953's misses: a share written with
its plus before the sign ("80+% accuracy"); prompts enhanced, rewritten, optimised (British
spelling) and kept in versioned libraries; and a skill "currently" or "actively upskilling" in is
still being learnt.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

PROMPTS = "prompt-engineering"
CASES: list[Case] = [
    ("experience", "• Tuned the churn models to 80+% accuracy", "model-evaluation", True),
    ("experience", "• Built a prompt enhancement service for the assistant", PROMPTS, True),
    ("experience", "• Prompt optimisation and versioning for three LLM features", PROMPTS, True),
    ("experience", "• Kept a prompt library for the GPT-4 workflows", PROMPTS, True),
    ("summary", "Data analyst, currently upskilling in MLOps and Kubeflow", "mlops", False),
    ("summary", "Actively upskilling in PyTorch through evening courses", "pytorch", False),
    ("experience", "• Led the analysts' upskilling in Python and SQL", "python", True),
]  # fmt: skip


test_round163_kinds = sentence_test(CASES)
