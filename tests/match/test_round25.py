"""A twenty-fifth round, from the general kinds among the errors of h107-h110, first scored on the
twenty-fourth: a token pattern's gap never joins two paragraphs; data modelling is a database's
design, not a model's stage; drift is a model's only beside words of models or data (a
production line's process and a Terraform stack drift too); a lecturer in statistics teaches it;
imputation is data preparation; a team's name runs through its capitalised words ("Google Cloud
Speech Platform team"); training pipelines coordinated with another stage of a model's are MLOps in
production.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "Returns typed errors from a public REST endpoint\n\nForecast Prediction App",
     "model-deployment", False),
    ("skills", "Backend: REST services, data modeling, testing, caching", "model-evaluation",
     False),
    ("experience", "Owned API design, data modelling, and deployment of the billing service",
     "model-deployment", False),
    ("experience", "Owned model training, testing and deployment for the fraud team",
     "model-deployment", True),
    ("experience", "Wrote Terraform modules for forty AWS accounts with drift detection",
     "model-monitoring", False),
    ("experience", "Set up drift detection on the churn model's input features",
     "model-monitoring", True),
    ("experience", "Built SPC charts to monitor process drift on the bottling line",
     "model-monitoring", False),
    ("experience", "Lecturer in Statistics, Lakeside University, 2019-2023", "statistics", True),
    ("experience", "Filled sensor gaps with imputation and interpolation", "data-processing", True),
    ("experience", "Summer intern with the Google Cloud Speech Platform team", "gcp", False),
    ("experience", "Moved the batch jobs to Google Cloud Run", "gcp", True),
    ("experience", "Maintained training/tuning pipelines on SageMaker for six models", "mlops",
     True),
]  # fmt: skip


test_round25_kinds = sentence_test(CASES)
