"""A two-hundred-and-fifth round, from the first look at a new batch of hold-outs (in-sample
now):

- a marketer's SQL is a sales-qualified lead ("MQL/SQL", "MQL-to-SQL conversion"), not the query
  language; SQL beside it in the same list is still the language.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("skills", "Demand generation: ABM, MQL/SQL handoff, HubSpot workflows", "sql", False),
    ("experience", "• Raised MQL-to-SQL conversion by 18% with a new nurture track", "sql", False),
    ("skills", "Tools: SQL, Looker, MQL and SQL pipeline reports", "sql", True),
]  # fmt: skip


test_round205_kinds = sentence_test(CASES)
