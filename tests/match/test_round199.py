"""A hundred-and-ninety-ninth round, from the first look at a new batch of hold-outs (in-sample
now):

- a network of sensors, radios or computers, deployed, is no model deployed ("deployed a LoRa
  sensor network"), while a described learned network still is;
- inference, prediction and integration are stages of a model's life coordinated with its
  deployment ("the deployment, inference and monitoring of the vision models");
- MLflow, SageMaker, Vertex AI and BentoML named before a deployment make it a model's, as they
  did after one ("deployed with MLflow");
- a model served behind Flask or FastAPI is the noun: modelling software written in Flask is no
  model served;
- ML as what an infrastructure engineer serves ("installed Kubeflow for ML engineers", "storage
  benchmarks for ML") is no machine learning done, as ML teams named as consumers never were.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "• Deployed a small solar-powered LoRa sensor network on Raspberry Pi boards",
     "model-deployment", False),
    ("experience", "• Deployed a small solar-powered LoRa sensor network on Raspberry Pi boards",
     "mlops", False),
    ("experience", "• Deployed a compact two-layer graph attention network behind the fraud API",
     "model-deployment", True),
    ("experience", "• Owned the deployment, inference and monitoring of the vision models",
     "model-deployment", True),
    ("experience", "• Led deployment, integration and monitoring of churn classifiers",
     "model-deployment", True),
    ("projects", "• MLflow + Docker deployment of the pricing service", "model-deployment", True),
    ("experience", "• Kubeflow deployment on the shared research cluster", "model-deployment",
     False),
    ("experience", "• Wrote route modelling software in Python Flask for the depot planners",
     "model-deployment", False),
    ("experience", "• Wrote route modelling software in Python Flask for the depot planners",
     "mlops", False),
    ("experience", "• Served the ticket-routing models through Flask", "model-deployment", True),
    ("experience", "• Stood up a Slurm cluster and JupyterHub for ML researchers",
     "machine-learning-algorithms", False),
    ("experience", "• Tuned NVMe ML storage tiers and backups", "machine-learning-algorithms",
     False),
    ("experience", "• Trained ML ranking models for the search page", "machine-learning-algorithms",
     True),
]  # fmt: skip


test_round199_kinds = sentence_test(CASES)
