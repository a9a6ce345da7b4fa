"""A hundred-and-fortieth round, from written probes of the field's vocabulary (no hold-out): a
live model's outputs watched for drift ("alerts when the prediction distribution shifted") are
now evidence of model monitoring; a study of robustness under distribution shift is not.
("Error analysis" was tried and left out: a numerical analyst's is of measurements.)

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "• Set up alerts when the model's prediction distribution shifted",
     "model-monitoring", True),
    ("experience", "• Paged the on-call team whenever score distributions drifted",
     "model-monitoring", True),
    ("publications", "Robustness of vision models under distribution shift", "model-monitoring",
     False),
    ("skills", "Numerical modeling and error analysis", "model-evaluation", False),
]  # fmt: skip


test_round140_kinds = sentence_test(CASES)
