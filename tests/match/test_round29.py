"""A twenty-ninth round, from the general kinds among the errors of h127-h130, first scored on
the twenty-eighth: deep learning alone no longer shows the machine-learning methods (see
`test_round13.py`); GraphRAG is retrieval-augmented generation; the noun classes of a grammar are
not a classifier's; "Unsupervised" beside a task learnt without labels (segmentation, perception,
retrieval) is the setting; documents parsed are data processed; a model's deployment to
production, the noun, is a deployment.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "Prototyped a GraphRAG assistant over the policy wiki", "generative-ai", True),
    ("experience", "Prototyped a GraphRAG assistant over the policy wiki", "llm-development",
     True),
    ("publications", "The typology of noun classifiers in Bantu languages", "supervised-learning",
     False),
    ("experience", "Studied nominal classification systems across Oceanic languages",
     "supervised-learning", False),
    ("experience", "Trained a text classifier for support tickets", "supervised-learning", True),
    ("publications", "Unsupervised Scene Segmentation from Driving Video", "unsupervised-learning",
     True),
    ("experience", "Unsupervised visits for older residents", "unsupervised-learning", False),
    ("experience", "Wrote a Go service to parse scanned documents into JSON", "data-processing",
     True),
    ("experience", "Parsed the client's requirements into user stories", "data-processing", False),
    ("experience", "Trained the fraud classifier and owned its deployment to production",
     "model-deployment", True),
    ("experience", "Coordinated the web shop's deployment to production", "model-deployment",
     False),
]  # fmt: skip


test_round29_kinds = sentence_test(CASES)
