"""A two-hundred-and-thirty-sixth round, from the first three batches of the tenth session on this
machine:

- a system deployed for a learnt task ("deployed an API for image classification", "a cloud API
  service for uploads, object detection and reporting") serves a model, in a resume that shows
  machine learning elsewhere; without it, a service for detection or prediction may run rules or
  someone else's forecast.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "• Trained a CNN on chest X-rays\n• Built and deployed an API for pneumonia "
     "classification", "model-deployment", True),
    ("projects", "• Fitted gradient-boosted trees to two years of loan data\n• Deployed a web app "
     "for loan default prediction", "model-deployment", True),
    ("experience", "• Trained YOLO detectors on drone footage\n• Deployed a cloud API service for "
     "uploads, object detection and reporting", "model-deployment", True),
    ("experience", "• Deployed a monitoring service for intrusion detection", "model-deployment",
     False),
    ("projects", "• Deployed a small web app for weather predictions from the national service",
     "model-deployment", False),
]  # fmt: skip


test_round236_kinds = sentence_test(CASES)
