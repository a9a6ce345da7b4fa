"""A ninety-eighth round, from the misses of the hold-outs read so far: the transformer encoders by
name, trained or built on ("a BERT-based NER model", "fine-tuned RoBERTa"), are deep learning as
well as language models (Bert the colleague is not); cluster analysis is clustering. No longer
evidence: a dataset's or a corpus's statistics (tallies), a skill's name before "department" or
"division" (a team's name), a tool only heard of, a near miss of Informatica ("Informatics", a
degree's) or Informatica in a skills list with no word of data integration near, and a river's or
a stormwater system's monitoring.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

DEEP = "deep-learning"
DATA = "data-processing"
ML = "machine-learning-algorithms"

CASES: list[Case] = [
    ("experience", "Trained a BERT-based NER model for invoices", DEEP, True),
    ("experience", "Fine-tuned RoBERTa for intent detection", DEEP, True),
    ("experience", "Worked with Bert Jansen on regional sales", DEEP, False),
    ("experience", "Performed cluster analysis on customer data", "unsupervised-learning", True),
    ("publications", "Distributed computation of RDF dataset statistics", "statistics", False),
    ("skills", "Statistics: hypothesis tests, regression", "statistics", True),
    ("experience", "Built APIs shared between the UI and ML departments", ML, False),
    ("experience", "Teaching assistant in the Statistics Department", "statistics", False),
    ("skills", "Heard about Kubernetes.", "kubernetes", False),
    ("skills", "Kubernetes, Helm", "kubernetes", True),
    ("skills", "Degree in Applied Mathematics and Informatics.", DATA, False),
    ("skills", "ETL: Informatica PowerCenter, SSIS", DATA, True),
    ("experience", "Stormwater monitoring data for inference", "model-monitoring", False),
]  # fmt: skip


test_round98_kinds = sentence_test(CASES)
