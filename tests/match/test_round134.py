"""A hundred-and-thirty-fourth round, from misses left open in earlier hold-out sets (in-sample
for those) and written probes: now evidence of model deployment, machine learning work deployed
across a coordination ("deployed data science and machine learning projects") and an LLM
application's stages in brackets ("LLM Applications (Development & Deployment)"); no longer
evidence, an e-learning app or a learning app deployed.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "• Built and deployed six data science and machine learning projects for local "
     "charities", "model-deployment", True),
    ("experience", "• Deployed a federated learning pipeline across three hospitals",
     "model-deployment", True),
    ("skills", "LLM Applications (Development & Deployment)", "model-deployment", True),
    ("skills", "ML Apps (Training, Testing, Deployment)", "model-deployment", True),
    ("experience", "• Deployed an e-learning application for 3,000 students", "model-deployment",
     False),
    ("experience", "• Deployed the school's learning app to every classroom tablet",
     "model-deployment", False),
    ("experience", "• Deployed the learning platform and its course catalogue", "mlops", False),
    ("experience", "• Deployed the NLP service on Kubernetes", "model-deployment", True),
]  # fmt: skip


test_round134_kinds = sentence_test(CASES)
