"""A two-hundred-and-tenth round, from the misses of the first open hold-out sets of a new
session:

- data collated (brought together from its sources and put in order) is data processing, as
  data merged or aggregated is; a printer collating pages is not.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "• Collated the raw survey data of four regional offices into one table",
     "data-processing", True),
    ("experience", "• Automated the morning report by collating data pulled from two billing APIs",
     "data-processing", True),
    ("experience", "• Collated and bound the printed course packs for 300 students",
     "data-processing", False),
]  # fmt: skip


test_round210_kinds = sentence_test(CASES)
