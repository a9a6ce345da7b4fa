"""A hundred-and-twenty-second round, from the misses of seven fresh hold-outs (h745-h748,
h750-h752) after their first look (in-sample). Now evidence: Amazon Athena named alone, beside
the data stores and query engines it is listed with; sources ingested into a structured
knowledge base or database (their parsing).

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("skills", "Query engines: Trino, Athena, BigQuery", "aws", True),
    ("experience", "Built patient intake forms for Athena clinics", "aws", False),
    ("projects", "Parsed lab notebooks into a structured knowledge base for the group",
     "data-processing", True),
    ("projects", "Turned the club's paper forms into a structured database", "data-processing",
     True),
    ("experience", "Wrote a structured knowledge base article on onboarding", "data-processing",
     False),
]  # fmt: skip


test_round122_kinds = sentence_test(CASES)
