"""A two-hundred-and-forty-sixth round, from the twelfth session's fifth and sixth batches:

- an AWS Cloud Club is a student club the vendor sponsors: belonging to one, or leading it, shows
  no use of AWS (as its scholarships and conferences show none), though the services named beside
  it still do;
- a learnt task evaluated on a benchmark or a dataset ("evaluated link prediction on a public
  benchmark") is model evaluation;
- a Monte Carlo simulator is the method, as a Monte Carlo simulation is.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

AWS = "aws"
EVALUATION = "model-evaluation"
PROBABILITY = "probability"
CASES: list[Case] = [
    ("experience", "Societies: Robotics Society, AWS Cloud Club, Chess Club", AWS, False),
    ("experience", "• Vice-president of the campus AWS Club", AWS, False),
    ("experience", "• Led the AWS Cloud Club; taught members Lambda and DynamoDB", AWS, True),
    ("experience", "• Evaluated link prediction on a public citation benchmark", EVALUATION, True),
    ("projects", "• Benchmarked polyp segmentation on two endoscopy datasets", EVALUATION, True),
    ("projects", "• A 10,000-run Monte Carlo league simulator in Python", PROBABILITY, True),
]  # fmt: skip


test_round246_kinds = sentence_test(CASES)
