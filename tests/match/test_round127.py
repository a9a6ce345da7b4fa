"""A hundred-and-twenty-seventh round, from the misses of seven hold-outs read once on the code of
the hundred-and-twenty-sixth round (h782-h785, h787-h789; in-sample now). Now evidence: a feature
matrix or feature vectors extracted from data. No longer evidence: a student who helps teach a
course (an "undergraduate monitor") as model monitoring; OpenAI or Anthropic in a list of talks
or papers, where a talk was given, as LLM development.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "Extracted a feature matrix from the vibration data for the fault model",
     "data-processing", True),
    ("projects", "Computed feature vectors from the sensor logs before clustering",
     "data-processing", True),
    ("experience", "Built a feature matrix of release dates for the product roadmap",
     "data-processing", False),
    ("experience", "Undergraduate Monitor, Probability and Statistical Inference",
     "model-monitoring", False),
    ("experience", "Teaching monitor for Linear Models and Inference", "model-monitoring", False),
    ("experience", "Monitored model inference latency with Prometheus", "model-monitoring", True),
    ("publications", "2019 Meta AI Research\n2018 OpenAI\n2018 Google Brain", "llm-development",
     False),
    ("publications", "Fine-tuning OpenAI models for legal retrieval", "llm-development", True),
    ("publications", "Prompt injection attacks on GPT agents", "llm-development", True),
]  # fmt: skip


test_round127_kinds = sentence_test(CASES)
