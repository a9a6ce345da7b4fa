"""A ninety-eighth round, from the misses of the hold-outs read so far: the transformer encoders by
name, trained or built on ("a BERT-based tagger", "fine-tuned RoBERTa"), are deep learning as
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
    ("experience", "Trained a BERT-based tagger for invoices", DEEP, True),
    ("experience", "Fine-tuned RoBERTa for intent detection", DEEP, True),
    ("experience", "Worked with Bert Jansen on regional sales", DEEP, False),
    ("experience", "Ran a cluster analysis of store visits", "unsupervised-learning", True),
    ("publications", "Computing dataset statistics for knowledge graphs", "statistics", False),
    ("skills", "Statistics: hypothesis tests, regression", "statistics", True),
    ("experience", "Liaised with the ML department on APIs", ML, False),
    ("experience", "Teaching assistant in the Statistics Department", "statistics", False),
    ("skills", "Only heard of Kubernetes so far", "kubernetes", False),
    ("skills", "Kubernetes, Helm", "kubernetes", True),
    ("skills", "Diploma in Physics and Informatics.", DATA, False),
    ("skills", "ETL: Informatica PowerCenter, SSIS", DATA, True),
    ("experience", "Stormwater monitoring dashboards with inference", "model-monitoring", False),
]  # fmt: skip


test_round98_kinds = sentence_test(CASES)
