"""A hundred-and-ninety-fifth round, from the first looks at new hold-outs (in-sample):

- SAS beside a disk's words (SSDs, drives, SCSI) is the disk interface, even beside "analysis";
- "upskilling on" is a skill still being learnt, as "currently upskilling" was;
- a wish or a negation reaches the examples listed in brackets after what it names ("upskilling on
  cloud tooling (Kubernetes, Helm and Docker)": every item), not a parenthesis closed before them.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "• Ran failure analysis on returned SAS drives for the storage line",
     "statistics", False),
    ("experience", "• Loan-book risk analysis with SAS macros and SQL", "statistics", True),
    ("summary", "Upskilling on Jenkins pipelines this quarter.", "ci-cd", False),
    ("summary", "Currently upskilling on cloud tooling (Kubernetes, Helm and Docker).", "docker",
     False),
    ("summary", "No experience with container orchestration tools (Argo, Helm, Nomad, Kubernetes).",
     "kubernetes", False),
    ("summary", "Currently learning Go (slowly) and ran our clusters (Helm, Kubernetes).",
     "kubernetes", True),
    ("summary", "Interested in MLOps; shipped the team's services in containers (Docker, Helm).",
     "docker", True),
]  # fmt: skip


test_round195_kinds = sentence_test(CASES)
