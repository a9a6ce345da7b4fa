"""An eighty-eighth round, from the sixth batch of the session's hold-outs:

- an employer written after "@" or "at" ("ML intern @ Hugging Face") is no tool used, as OpenAI
  and Anthropic were already;
- "CI" beside "Git" is continuous integration;
- a CNN beside what it recognises or the digit sets it is tried on is the network.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "Speech intern @ Hugging Face, 2023", "llm-development", False),
    ("experience", "Data engineer at Hugging Face, Paris", "llm-development", False),
    ("projects", "Fine-tuned models with Hugging Face Transformers", "llm-development", True),
    ("experience", "Set up Git CI for the monorepo", "ci-cd", True),
    ("publications", "CI of the effect: 0.2 to 0.4", "ci-cd", False),
    ("projects", "A small CNN for handwriting recognition", "deep-learning", True),
    ("experience", "Producer on CNN's morning show", "deep-learning", False),
]  # fmt: skip


test_round88_kinds = sentence_test(CASES)
