"""A hundredth round, from the misses of the last eight hold-outs: a model containerized to be
served ("Containerized the ranking models with Docker"; a pricing model is not a learned one), the
deployment of a model named by a hyphenated adjective ("real-time"), threat modelling (no model
evaluated), new tools looked at rather than models measured ("evaluate emerging LLM tools"), a
shop's revenue statistics, statistics beside probabilistic models in a course's title, and data
integration ("integrated data from three CRMs").

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

DEPLOYMENT = "model-deployment"
EVALUATION = "model-evaluation"
DATA = "data-processing"

CASES: list[Case] = [
    ("experience", "Containerized the ranking models with Docker", DEPLOYMENT, True),
    ("experience", "Model containerisation for the forecasting service", DEPLOYMENT, True),
    ("experience", "Containerized the pricing model for finance", DEPLOYMENT, False),
    ("experience", "Led deployment of low-latency fraud detection models", DEPLOYMENT, True),
    ("experience", "Ran threat modelling and testing for the payments API", EVALUATION, False),
    ("experience", "Evaluated emerging LLM tools for the sales team", EVALUATION, False),
    ("experience", "Benchmarked open LLMs on reasoning tasks", EVALUATION, True),
    ("experience", "Plotted weekly revenue statistics for a sales analysis dashboard", "statistics",
     False),
    ("experience", "Tutor: Stochastic Processes and Statistics", "statistics", True),
    ("skills", "Data Integration, Tableau, Excel", DATA, True),
    ("experience", "Integrated messy billing data from three CRMs", DATA, True),
    ("experience", "Integrated the data team into the product group", DATA, False),
]  # fmt: skip


test_round100_kinds = sentence_test(CASES)
