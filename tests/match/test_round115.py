"""A hundred-and-fifteenth round, from the first looks at seven of eight fresh hold-outs
(h606-h613). No longer evidence: NVIDIA's DGX Spark (a desktop AI computer) as Apache Spark; the
state of Kansas after a town ("Kansas City, KS"), whose next line's model words a wrapped line
joined to it, as the Kolmogorov-Smirnov statistic; the Deep Learning Indaba and its local
IndabaX meetings (an indaba is a gathering), as deep learning, as a summit or a meetup is not.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "Local agents | Python, Ollama, DGX Spark", "data-processing", False),
    ("projects", "Log pipeline | Python, Kafka, Spark", "data-processing", True),
    ("experience", "Data Engineer\nOverland Park, KS\nScored churn models nightly for the CRM",
     "model-evaluation", False),
    ("skills", "Scorecards: KS, Gini, PSI", "model-evaluation", True),
    ("awards", "Travel grant, Deep Learning Indaba 2023", "deep-learning", False),
    ("experience", "Spoke at IndabaX Ghana on deep learning for crop yields", "deep-learning",
     True),
]  # fmt: skip


test_round115_kinds = sentence_test(CASES)
