"""A forty-first round, from the two hold-outs kept sealed through the fortieth and answered
after it: XGBoost written with a hyphen or a space ("XG-Boost"); the work on data named as a noun
before what data it is ("annotation of large image datasets"; not the processing of personal data
that privacy law speaks of); the deployment of a system or project named by its learnt task, said
as a noun ("deployment of the demand forecasting project").

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "Fraud scoring with an XG-Boost model", "supervised-learning", True),
    ("projects", "Churn scores computed with XG Boost on call logs", "machine-learning-algorithms",
     True),
    ("experience", "Handled annotation of large image datasets for the vision team",
     "data-processing", True),
    ("experience", "Annotation of the street-scene dataset with bounding boxes", "data-processing",
     True),
    ("experience", "Normalization of the raw lab data across four hospitals", "data-processing",
     True),
    ("experience", "Ensured lawful processing of personal data under GDPR", "data-processing",
     False),
    ("experience", "Oversaw the cleaning of the office and data room", "data-processing", False),
    ("projects", "Deployment of the demand forecasting project with Docker and AWS",
     "model-deployment", True),
    ("experience", "Handled deployment of the school app project", "model-deployment", False),
    ("experience", "Deployment of a fire detection system in the warehouse", "model-deployment",
     False),
]  # fmt: skip


test_round41_kinds = sentence_test(CASES)
