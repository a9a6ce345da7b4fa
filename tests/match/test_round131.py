"""A hundred-and-thirty-first round, from the misses left on all 122 hold-outs since the rebuild
on the rules of the hundred-and-thirtieth (in-sample for all of them). Now evidence: models
evaluated with their describing words coordinated ("evaluated regression and Gaussian-process
models"); a recommendation system deployed; a Hugging Face Space (one of Hugging Face's Spaces)
as a model deployed.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "Evaluated ranking and retrieval models for the search team",
     "model-evaluation", True),
    ("experience", "Evaluated the vendor tool and trained models for the search team",
     "model-evaluation", False),
    ("experience", "Evaluated staffing and rota models for the ward", "model-evaluation", False),
    ("experience", "Developing and deploying Recommendation-System for the online shop",
     "model-deployment", True),
    ("projects", "Demo: a live Hugging Face Space for the captioning model", "model-deployment",
     True),
]  # fmt: skip


test_round131_kinds = sentence_test(CASES)
