"""A hundred-and-twenty-fifth round, from the misses of five hold-outs read once after the
hundred-and-twenty-fourth round (h769-h773; in-sample now). Now evidence: data cleanliness (and
"cleanness") as data cleaning. No longer evidence: the earth scientist's simulations (climate,
weather, ocean, earth-system and hydrological models) as learned models, whose metrics a package
evaluates.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "Led data cleanliness checks for the claims warehouse", "data-processing", True),
    ("experience", "Owned data cleanness efforts across the sales tables", "data-processing", True),
    ("publications",
     "A Python package for evaluating climate model drought metrics, J. Open Source Softw.",
     "model-evaluation", False),
    ("projects", "Evaluated gradient-boosted models on held-out metrics", "model-evaluation",
     True),
]  # fmt: skip


test_round125_kinds = sentence_test(CASES)
