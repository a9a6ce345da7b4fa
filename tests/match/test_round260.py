"""A two-hundred-and-sixtieth round, from the nineteenth session's third batch:

- a model, then the next clause saying it is served or exposed through a web framework or an
  API, is a model deployed; serving in a role ("served as the release captain") or a service
  that is no model is not.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

DEPLOYED = "model-deployment"
CASES: list[Case] = [
    ("projects", "• GRU model for product review sentiment, served via FastAPI", DEPLOYED, True),
    ("projects", "• Churn classifier trained weekly; exposed through a REST API", DEPLOYED, True),
    ("projects", "• Image CNN for leaf disease, then served with Flask on a VM", DEPLOYED, True),
    ("experience", "• Built a pricing model, served as the release captain", DEPLOYED, False),
    ("projects", "• Ticket booking service for a cinema, served via FastAPI", DEPLOYED, False),
]  # fmt: skip


test_round260_kinds = sentence_test(CASES)
