"""A two-hundred-and-twenty-fifth round, from the first look at a new batch of hold-out sets:

- a skill or an exam marked "(planned)" or "(not yet ...)" is still to come, for every skill, not
  only for certifications;
- a parenthesis that opens with "planned" or "scheduled" and goes on describes work, and the
  skill beside it stays shown.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("certifications", "• AWS Certified Cloud Practitioner (planned)", "aws", False),
    ("skills", "Docker, Kubernetes (not yet used at work), Git", "kubernetes", False),
    ("skills", "Docker, Kubernetes (not yet used at work), Git", "docker", True),
    ("experience", "• Moved the nightly ETL to AWS Glue (planned by the data team in 2023)",
     "aws", True),
    ("experience", "• Ran the Airflow DAGs on Kubernetes (scheduled hourly)", "kubernetes", True),
]  # fmt: skip


test_round225_kinds = sentence_test(CASES)
