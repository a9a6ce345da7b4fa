"""A two-hundred-and-twenty-sixth round, from the first look at a new batch of hold-out sets:

- variables engineered or derived for a model or a multivariate analysis are features made from
  data; a shell's or a deployment's variables are not.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "• Engineered 60 lagged ratio variables for the churn model",
     "data-processing", True),
    ("experience", "• Derived 40 jet-shape variables for a multivariate fit of the decay",
     "data-processing", True),
    ("experience", "• Derived the environment variables for the model's deploy scripts",
     "data-processing", False),
    ("experience", "• Derived twelve state variables for the gearbox simulation",
     "data-processing", False),
]  # fmt: skip


test_round226_kinds = sentence_test(CASES)
