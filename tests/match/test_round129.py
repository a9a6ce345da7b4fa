"""A hundred-and-twenty-ninth round, from the misses of seven hold-outs read once on the code of
the hundred-and-twenty-eighth round (h798-h801, h803-h805; in-sample now). Now evidence:
statistical theory as statistics; a transformer encoder beside the language task it is put to
(NLP, detection, sentiment, tagging) as deep learning.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("publications", "Bayesian and Statistical Theory of Rare Events in Networks", "statistics",
     True),
    ("education", "Coursework: Statistical Theory I and II", "statistics", True),
    ("experience", "Built a toxic-comment filter with scikit-learn, NLP and BERT for moderators",
     "deep-learning", True),
    ("experience", "Used RoBERTa for sentiment scoring of support tickets", "deep-learning",
     True),
    ("skills", "LLMs: GPT-4, Claude, BERT", "deep-learning", False),
]  # fmt: skip


test_round129_kinds = sentence_test(CASES)
