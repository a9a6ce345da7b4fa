"""A two-hundred-and-ninth round, from the data-processing misses over all the open hold-outs
(in-sample; every pair it moved was disputed):

- data migrated between systems and data enriched with more of it are data processing; a
  person's knowledge enriched is not.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "• Led the data migration from the old ticketing tool to Zendesk",
     "data-processing", True),
    ("experience", "• Enriched the click logs with account tiers before loading them",
     "data-processing", True),
    ("skills", "Data enrichment, schema design, Looker", "data-processing", True),
    ("experience", "• The exchange year enriched my understanding of data ethics",
     "data-processing", False),
]  # fmt: skip


test_round209_kinds = sentence_test(CASES)
