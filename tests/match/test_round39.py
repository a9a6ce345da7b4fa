"""A thirty-ninth round, from three fresh blind hold-outs kept sealed through the thirty-eighth
round and answered after their first look: a web framework's app or page serving a classifier
(its model must be a learned one: a Flask app's SQLAlchemy models are tables); a service deployed
after a vision or speech task; "Core ML" written apart as Apple's runtime only beside Apple's
platforms or an app (elsewhere it is the core of the field); an ML workflow, like an ML pipeline,
as MLOps only when it runs in production; evaluation after "training and performance";
processing or parsing at the head of a chain of data verbs.

Its second part, from two more fresh hold-outs kept sealed until the first part was committed:
processing heads a chain only before another data verb (a process, then a comma, is a noun); no,
zero or without labelled data is the opposite of supervised learning; two kinds of model
coordinated before the noun are deployed together; a deep neural architecture is deep learning; RAG
beside prompting is an LLM's.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "A Streamlit page where visitors paste tweets for classification",
     "model-deployment", True),
    ("projects", "Flask site that tags incoming support tickets with the trained classifier",
     "model-deployment", True),
    ("projects", "Built a Flask app with SQLAlchemy models for a bakery", "model-deployment",
     False),
    ("experience", "Streamlit dashboard of the weekly demand forecast model", "model-deployment",
     True),
    ("experience", "Tuned a wake-word detection network, then deployed it as a gRPC service",
     "model-deployment", True),
    ("other", "Completed a course on core ML workflows and statistics", "model-deployment", False),
    ("skills", "Swift, SwiftUI, Core ML, Vision", "model-deployment", True),
    ("projects", "Deepened my grasp of ML workflows on a credit dataset", "mlops", False),
    ("experience", "Automated the ML workflow with Airflow and MLflow", "mlops", True),
    ("projects", "Owned the classifier's training and performance evaluation",
     "model-evaluation", True),
    ("experience", "Led staff training and performance evaluation for the shop", "model-evaluation",
     False),
    ("experience", "Wrote jobs to parse, validate and store meter data", "data-processing", True),
    ("experience", "Processed and validated orders for the shop", "data-processing", False),
    ("experience", "Streamlined the review process, improving data quality", "data-processing",
     False),
    ("projects", "An isolation forest that needs zero labeled training data", "supervised-learning",
     False),
    ("experience", "Built and deployed NLP and ranking models for search", "model-deployment",
     True),
    ("experience", "Deployed the app and trained a model on weekends", "model-deployment", False),
    ("projects", "Gesture reader built on a deep neural architecture", "deep-learning", True),
    ("projects", "Drafts replies to tenants using prompting and RAG", "llm-development", True),
]  # fmt: skip


test_round39_kinds = sentence_test(CASES)
