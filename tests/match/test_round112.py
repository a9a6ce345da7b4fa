"""A hundred-and-twelfth round, from the first looks at seven of eight fresh hold-outs
(h582-h589): vision-language(-action) models are deep learning, PetaLinux is Linux, and SQL Server's
services spelled out let an "(SSIS)" that stands for other words be told apart; "my interest is
in" or "is about" states an interest, as "my interests are" did. No longer evidence:
Lambda's GPU cloud (Lambda Labs) as AWS, nearest neighbours looked up in a vector index ("kNN
retrieval") as supervised learning, a warehouse table's clustering listed with its partitioning as
unsupervised learning.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "Rented GPUs on Lambda Labs to train a speech model", "aws", False),
    ("experience", "Moved the nightly exports to AWS Lambda functions", "aws", True),
    ("experience", "Served answers from a kNN index of document embeddings", "supervised-learning",
     False),
    ("experience", "Ran approximate kNN search over product vectors", "supervised-learning", False),
    ("experience", "Trained a kNN classifier on labelled sensor windows", "supervised-learning",
     True),
    ("experience", "Cut scan costs with clustering, partitioning and cached views in BigQuery",
     "unsupervised-learning", False),
    ("experience", "Segmented shoppers with clustering, then profiled each segment",
     "unsupervised-learning", True),
    ("projects", "Built a Secure Signal Injection System (SSIS) for the radio lab", "sql", False),
    ("experience", "Loaded the ledgers nightly with SQL Server Integration Services (SSIS)", "sql",
     True),
    ("research", "Pruned visual tokens of vision-language-action models for robot arms",
     "deep-learning", True),
    ("research", "Benchmarked visual language models on chart questions", "deep-learning", True),
    ("skills", "Embedded: Yocto, PetaLinux, Zephyr", "linux", True),
    ("summary", "My main interest is in graph neural networks for chemistry", "deep-learning",
     False),
    ("summary", "Lately my interest is about diffusion transformers", "deep-learning", False),
]  # fmt: skip


test_round112_kinds = sentence_test(CASES)
