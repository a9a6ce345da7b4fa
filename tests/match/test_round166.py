"""A hundred-and-sixty-sixth round, from written probes of wishes and certifications (no
hold-out): an exam or a certificate still to be taken ("Planning to take the AWS certification",
"plan to pursue"), learning aimed at ("aiming to learn"), and a certification being pursued or
enrolled in, named before it (`cues.pending` held only phrases in the bracket after it).

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

AWS_ML = "aws-ml-specialty"
GCP_ML = "gcp-professional-ml-engineer"
ML = "machine-learning-algorithms"
CASES: list[Case] = [
    ("summary", "Planning to take the AWS Solutions Architect exam next year", "aws", False),
    ("summary", "Aiming to learn Kubernetes this spring", "kubernetes", False),
    ("certifications", "Currently pursuing AWS Certified ML - Specialty", AWS_ML, False),
    ("certifications", "Enrolled in Google Cloud Professional ML Engineer", GCP_ML, False),
    ("certifications", "AWS Certified Machine Learning - Specialty (2023)", AWS_ML, True),
    ("education", "Pursuing M.S. in Machine Learning, Carnegie Mellon", ML, True),
]  # fmt: skip


test_round166_kinds = sentence_test(CASES)
