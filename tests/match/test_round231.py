"""A two-hundred-and-thirty-first round, in-sample, from the undisputed misses over all the open
hold-out sets once the session's search budget had run out:

- probability as a course after its code written as one word ("CS109 Probability") is the
  subject studied, as it is after a code written apart ("STAT 110 Probability"); a year or a word
  before it is no course code.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("summary", "Courses taken online: EE126 Probability for Engineers, CS61A Programming",
     "probability", True),
    ("summary", "Courses taken online: CS70: Probability, WR101 Essay Writing",
     "probability", True),
    ("summary", "Raised in 2019 the probability of on-time delivery for the depot",
     "probability", False),
]  # fmt: skip


test_round231_kinds = sentence_test(CASES)
