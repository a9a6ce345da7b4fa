"""A two-hundred-and-thirtieth round, from the undisputed misses of the session's sixth to
eighth batches of hold-outs:

- clusters detected, identified or found in data (points, customers, samples) are clustering; a
  computing cluster found in a data centre is not;
- the ingestion of metadata, spreadsheets or CSV files into a database is data ingestion;
- data classified by its sensitivity to decide what is encrypted or who may read it is
  security work, not a classifier;
- text paraphrased through a language model (an external or hosted one too) is generated text.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "• Detected dense clusters of customers by basket contents",
     "unsupervised-learning", True),
    ("projects", "Finding Clusters in Census Data", "unsupervised-learning", True),
    ("experience", "• Identified clusters of the nodes failing in the data centre",
     "unsupervised-learning", False),
    ("experience", "• Built a metadata ingestion service in Go", "data-processing", True),
    ("experience", "• Reduced nutrient ingestion in the trial cohort", "data-processing", False),
    ("experience", "• Modeled the vault so that sensitivity classification decides which "
     "fields we encrypt", "supervised-learning", False),
    ("experience", "• Trained a gradient-boosted classification model for loan defaults",
     "supervised-learning", True),
    ("projects", "• A CLI that runs paraphrasing jobs through a hosted LLM for support macros",
     "generative-ai", True),
    ("experience", "• Paraphrasing of legal clauses with a junior counsel", "generative-ai", False),
]  # fmt: skip


test_round230_kinds = sentence_test(CASES)
