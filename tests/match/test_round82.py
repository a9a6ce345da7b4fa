"""An eighty-second round, from the remaining misses of the session's hold-outs:

- a learned policy deployed is reinforcement learning's model deployed, beside a word of
  reinforcement learning (a security policy deployed is not);
- a dataset named by the one it comes from ("a CelebA-based dataset") is still a dataset
  processed.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "Deployed the trained SAC policy on a robot arm", "model-deployment", True),
    ("experience", "Deployed new password policies across the fleet", "model-deployment", False),
    ("projects", "Cleaned and curated a CelebA-based dataset of faces", "data-processing", True),
    ("projects", "Rode a carbon-based bike to the lab", "data-processing", False),
]  # fmt: skip


test_round82_kinds = sentence_test(CASES)
