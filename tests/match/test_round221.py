"""A two-hundred-and-twenty-first round, from the first look at a new batch of hold-out sets:

- AI put to writing or generating content ("used AI tools to draft the ad copy") is generative
  AI, whoever made it; AI put to detecting or ranking is not said to be;
- a service's availability above its baseline is operations: an uptime or an SLA beside the
  baseline takes it from model evaluation.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "• Used AI tools to draft weekly newsletter copy for three brands",
     "generative-ai", True),
    ("experience", "• Set up an AI assistant to generate alt text for the catalogue",
     "generative-ai", True),
    ("experience", "• Added AI models to flag duplicate invoices for the finance team",
     "generative-ai", False),
    ("experience", "• Held 99.95% uptime on the payments API, beating its 99.5% baseline",
     "model-evaluation", False),
    ("projects", "• The GRU tagger outperformed the CRF baseline by 3 F1 points",
     "model-evaluation", True),
]  # fmt: skip


test_round221_kinds = sentence_test(CASES)
