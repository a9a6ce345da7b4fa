"""A sixty-fifth round, from the residue of this session's third hold-outs (researchers' CV
pages):

- models trained are learned ones ("retrained the intent models"), not across a preposition
  ("trained new hires on the models"), not the data a training needs ("the data required to
  train models") and not a 3D, data or business model, which machine learning now excludes with
  the shared list as deployment does;
- a Bayesian posterior worked with ("posterior inference", "sampling the posterior
  distribution", "a variational posterior") is probability (the anatomy's posterior is not);
- R's dplyr, tidyr and tidyverse are data processing, as pandas is.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "Helped retrain the call-centre intent models every quarter",
     "machine-learning-algorithms", True),
    ("experience", "Trained new hires on the pricing models of the product line",
     "machine-learning-algorithms", False),
    ("projects", "Trained 3D models for a racing game's garage", "machine-learning-algorithms",
     False),
    ("experience", "Documented the data required to train models for the analysts",
     "machine-learning-algorithms", False),
    ("publications", "Fast posterior inference for hierarchical count models", "probability",
     True),
    ("publications", "Amortised variational posterior for sparse regression", "probability",
     True),
    ("experience", "Assisted in repairs of the posterior cruciate ligament", "probability", False),
    ("skills", "R (dplyr, tidyr), SQL", "data-processing", True),
]  # fmt: skip


test_round65_kinds = sentence_test(CASES)
