"""A hundred-and-twenty-sixth round, from the misses of seven hold-outs read once on the code of
the hundred-and-twenty-fifth round (h774-h776, h778-h781; in-sample now). Now evidence: SQL
pipelines; data extraction; features extracted from scans (radiomics); a model's sentence that
ends with ", deployed via an API"; a learning system running in production; a model built "for
scalable deployment"; classifying beside natural-language words. No longer evidence: a degree's
honours classification beside its class; the maximum-likelihood detector of a radio receiver as
statistics.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "Built Python and SQL pipelines feeding the finance dashboards",
     "data-processing", True),
    ("experience", "Data extraction from scanned purchase orders for the billing team",
     "data-processing", True),
    ("experience", "Ran radiomics feature extraction on the CT scans of 300 patients",
     "data-processing", True),
    ("experience",
     "Trained gradient-boosted demand models for 40 stores (weekly, by category), deployed via "
     "an internal API",
     "model-deployment", True),
    ("experience",
     "Built a churn prediction system running in production with machine learning",
     "model-deployment", True),
    ("experience", "Ran the assembly line in production shifts", "model-deployment", False),
    ("projects",
     "Developed a Spanish chatbot using the open Qwen 2 model with NLP, PyTorch, FastAPI, and AWS "
     "for scalable deployment",
     "model-deployment", True),
    ("projects",
     "Used debate transcripts and natural language processing to classify whether each "
     "statement was a claim or a rebuttal",
     "supervised-learning", True),
    ("education", "Classification - 1st class, overall mark 72%", "supervised-learning", False),
    ("education", "Classification: First class honours", "supervised-learning", False),
    ("experience", "Compared a neural receiver with maximum likelihood detection on a fading "
     "channel", "statistics", False),
    ("experience", "Estimated the model's parameters by maximum likelihood", "statistics", True),
]  # fmt: skip


test_round126_kinds = sentence_test(CASES)
