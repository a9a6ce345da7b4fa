"""A hundred-and-seventy-seventh round, from the rules that alone stand behind more false
positives than true ones over the open hold-outs (in-sample): gesture recognition names no
supervised method (hand tracking is often done by rules); a model validated is a learned one only
beside model words or where machine learning shows elsewhere; data that is the means of an
annotation ("annotation of gene functions using observational data") was not prepared.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

EVALUATION = "model-evaluation"
CASES: list[Case] = [
    ("projects", "• Gesture recognition for a robot arm from flex sensors", "supervised-learning",
     False),
    ("experience", "• Ran pilot plant tests to validate models of the distillation column",
     EVALUATION, False),
    ("experience", "• Validated model predictions against held-out labels", EVALUATION, True),
    ("experience", "• Validated models of churn\n• Machine learning with XGBoost", EVALUATION,
     True),
    ("publications", "• Annotation of protein families using public data", "data-processing",
     False),
    ("experience", "• Annotation of the street image dataset for the detector", "data-processing",
     True),
]  # fmt: skip


test_round177_kinds = sentence_test(CASES)
