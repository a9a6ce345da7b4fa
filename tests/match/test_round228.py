"""A two-hundred-and-twenty-eighth round, from an in-sample look at the undisputed misses over all
the open hold-out sets, once the session's search budget had run out:

- an analysis that infers from a sample is statistics' by name, alone or among its siblings
  (descriptive, exploratory, predictive); inferential reasoning taught is not an analysis;
- a model's metric, then the share it reached after a comma, is a model's score; a clerk's
  accuracy is not.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "• Ran descriptive and inferential analyses of clinic surveys",
     "statistics", True),
    ("experience", "• Inferential analysis of the 2024 household panel", "statistics", True),
    ("experience", "• Led inferential reasoning workshops for primary teachers",
     "statistics", False),
    ("projects", "• The CNN's accuracy rose over 12 epochs, reaching 96.3% on held-out leaves",
     "model-evaluation", True),
    ("experience", "• Invoice accuracy improved for the finance team, reaching 99%",
     "model-evaluation", False),
]  # fmt: skip


test_round228_kinds = sentence_test(CASES)
