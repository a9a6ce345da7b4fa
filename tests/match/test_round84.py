"""An eighty-fourth round, from the second batch of the session's hold-outs:

- neural networks compared are learners compared; neural renderers compared are not;
- a clustering of servers, nodes or processing power is not the learning method;
- a GLM or a regression fitted to predict a target is a learner in itself (one fitted to
  estimate an effect is the statistician's).

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "A comparison of two neural networks for spam", "model-evaluation", True),
    ("experience", "Compared neural and classic renderers for a blog", "model-evaluation", False),
    ("experience", "Set up clustering of servers for analytics", "unsupervised-learning", False),
    ("projects", "Fitted GLMs to predict claim counts", "supervised-learning", True),
    ("experience", "Ran a regression to estimate the wage gap", "supervised-learning", False),
]  # fmt: skip


test_round84_kinds = sentence_test(CASES)
