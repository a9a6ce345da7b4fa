"""A hundred-and-ninety-third round, from the first looks at new hold-outs (in-sample):

- a database that is not relational ("non-relational databases") is the NoSQL kind, not SQL;
- models made to predict something ("flood models that predict river levels") are learned ones,
  so their evaluation is model evaluation.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("other", "• Talk: choosing between non-relational databases for a chat backend",
     "sql", False),
    ("other", "• Talk: moving a shop's orders to a relational database", "sql", True),
    ("education", "Thesis: an evaluation of flood models that predict river levels from rain",
     "model-evaluation", True),
    ("education", "Thesis: an evaluation of flood models of river levels and rain",
     "model-evaluation", False),
]  # fmt: skip


test_round193_kinds = sentence_test(CASES)
