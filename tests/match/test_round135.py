"""A hundred-and-thirty-fifth round, from the misses of the seven open sets of a second batch of
eight (in-sample for those): now evidence, "Dockerization" of Docker, "Stats" as a degree's or a
skills list's subject of statistics, "unsupervised" beside the generative models that learn
without labels (GANs, diffusion), and a true or false positive rate with its value ("TPR = 0.7")
of model evaluation; no longer evidence, an LLM's or ChatGPT's help refused ("no LLM
assistance").

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "• Led the Dockerization of four legacy services", "docker", True),
    ("education", "BA, Economics and Stats, University of Leeds, 2019", "statistics", True),
    ("skills", "Stats, SQL, Excel", "statistics", True),
    ("experience", "• Kept player stats for the college football team", "statistics", False),
    ("skills", "Monitoring: Grafana, node stats", "statistics", False),
    ("experience", "• Unsupervised image synthesis for defect data with GANs",
     "unsupervised-learning", True),
    ("experience", "• Worked unsupervised on weekend shifts at the front desk",
     "unsupervised-learning", False),
    ("projects", "• Fraud detector: TPR = 0.82 at FPR = 0.01 on held-out transactions",
     "model-evaluation", True),
    ("projects", "• A ray tracer written from scratch in C (no LLM assistance)", "llm-development",
     False),
    ("projects", "• Wrote the parser by hand, no ChatGPT", "generative-ai", False),
    ("projects", "• A chatbot that answers course questions with an LLM", "llm-development", True),
]  # fmt: skip


test_round135_kinds = sentence_test(CASES)
