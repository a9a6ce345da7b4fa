"""A two-hundred-and-thirty-fifth round, from the fifth to the seventh batches of the ninth
session on this machine:

- a dataset or a corpus built, created, constructed, compiled or assembled is data prepared, and
  so is its construction or creation named as the work; dashboards built on a dataset are not;
- data as the first half of a compound adjective ("clean, data-driven dashboards") is no data
  cleaned;
- models named by the learned task they do (recognition, segmentation) are learned models, and a
  model's training named as the work ("Model Training & Tuning") is machine learning;
- k-means++ is k-means with its seeding of the centres (clustering);
- a meta-analysis pools studies' estimates (statistics).

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "• Built a dataset of 30k hand-labelled receipts for the OCR team",
     "data-processing", True),
    ("projects", "Compiled a parallel corpus of court rulings in two languages",
     "data-processing", True),
    ("skills", "Research: dataset construction, annotation guidelines", "data-processing", True),
    ("experience", "• Built dashboards on the sales dataset in Tableau", "data-processing", False),
    ("summary", "I design clean, data-driven dashboards for each client", "data-processing",
     False),
    ("experience", "• Tuned face recognition models for the door cameras",
     "machine-learning-algorithms", True),
    ("projects", "Kept the lesion segmentation models current with new scans",
     "machine-learning-algorithms", True),
    ("projects", "ResNet-50 Model Training & Tuning", "machine-learning-algorithms", True),
    ("experience", "• Led financial model training for the new analysts",
     "machine-learning-algorithms", False),
    ("projects", "Palette extractor in Rust (k-means++ seeding)", "unsupervised-learning", True),
    ("experience", "• Ran a meta-analysis of 40 sleep trials", "statistics", True),
]  # fmt: skip


test_round235_kinds = sentence_test(CASES)
