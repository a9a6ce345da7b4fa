"""A hundred-and-seventy-second round, from a new batch of hold-outs: a vendor's name in a list of
sponsors is the sponsor's, not a tool used; a learned pipeline behind an API is a model deployed
(and an API "service" around a model still is); raw measurements processed are data processing;
a CNN beside what it predicts is deep learning.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

DEPLOY = "model-deployment"
DATA = "data-processing"
DEEP = "deep-learning"
CASES: list[Case] = [
    ("awards", "• Finalist, city hackathon sponsored by Intel, AWS and NVIDIA", "aws", False),
    ("awards", "• Sponsors: Google Cloud, Azure", "gcp", False),
    ("awards", "• Sponsors: Google Cloud, Azure", "azure", False),
    ("experience", "• Moved the batch jobs to AWS Glue and Lambda", "aws", True),
    ("experience", "• A FastAPI endpoint for the vision pipeline", DEPLOY, True),
    ("experience", "• Wrapped the NLP pipeline in a REST API", DEPLOY, True),
    ("experience", "• API layer over the trained churn classifier", DEPLOY, True),
    ("experience", "• REST API for the data pipeline status page", DEPLOY, False),
    ("experience", "• Cleaned the raw sonar scans before labelling", DATA, True),
    ("experience", "• Cleaned raw EEG recordings before analysis", DATA, True),
    ("experience", "• Processed raw materials orders for the plant", DATA, False),
    ("experience", "• CNN-based yield prediction from drone photos", DEEP, True),
    ("experience", "• CNN-based reporting on the elections", DEEP, False),
]  # fmt: skip


test_round172_kinds = sentence_test(CASES)
