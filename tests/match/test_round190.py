"""A hundred-and-ninetieth round, from the first looks at new hold-outs (in-sample):

- a GPT model that was trained on something ("GPT2 trained on song lyrics") is a language model
  made, not a product used;
- the economist's Gini, of incomes and their inequality, is no model's score even beside models.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "• Sonnet writer: GPT2 retrained on a century of verse", "llm-development", True),
    ("experience", "• Trained the sales staff on GPT-4 for drafting emails", "llm-development",
     False),
    ("education", "• Thesis: regression models and the Gini coefficient of regional wages",
     "model-evaluation", False),
    ("experience", "• Credit scorecards validated by Gini and KS on the holdout month",
     "model-evaluation", True),
]  # fmt: skip


test_round190_kinds = sentence_test(CASES)
