"""A hundred-and-fifty-seventh round, from written probes (no hold-out): a learned model turned
into a service ("turned the notebook model into a microservice") is deployed, as one offered as a
service was; a model integrated into a dashboard is put inside a product; a recurrent network or
a boosting library's name vouches for the model integrated.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "• Turned the notebook model into a microservice for the pricing team",
     "model-deployment", True),
    ("experience", "• Integrated the LSTM forecaster into the production dashboard",
     "model-deployment", True),
    ("experience", "• Integrated the budget model into the finance dashboard", "model-deployment",
     False),
    ("experience", "• Turned the spare room into a service desk", "model-deployment", False),
]  # fmt: skip


test_round157_kinds = sentence_test(CASES)
