"""A two-hundred-and-fortieth round, from the misses of the eleventh session's open hold-outs:

- a machine-learning system deployed with the verbs of running it coordinated after the deployment
  ("trained, deployed, and monitored machine learning apps") is model deployment, and so is one
  written with a hyphen ("machine-learning services") or called a controller; an e-learning
  platform deployed and supported is not;
- a pipeline made to mine, pull or move data is a data pipeline, but not a sales pipeline grown or
  one that moves containers.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

DEPLOY = "model-deployment"
DATA = "data-processing"
CASES: list[Case] = [
    ("experience", "• Trained, deployed, and monitored machine learning apps", DEPLOY, True),
    ("experience", "• Deploy and monitor deep-learning services for claims", DEPLOY, True),
    ("experience", "• Deployed machine-learning services on two clouds", DEPLOY, True),
    ("experience", "• Deployed machine learning controllers for the chiller plant", DEPLOY, True),
    ("experience", "• Deployed and supported the e-learning platform for schools", DEPLOY, False),
    ("experience", "• Wrote pipelines to steadily mine product review data", DATA, True),
    ("experience", "• Wrote a pipeline that pulls and loads billing data every night", DATA, True),
    ("experience", "• Grew the sales pipeline to record revenue in the region", DATA, False),
    ("experience", "• Ran a pipeline that moves containers from the port to the yard", DATA, False),
]  # fmt: skip


test_round240_kinds = sentence_test(CASES)
