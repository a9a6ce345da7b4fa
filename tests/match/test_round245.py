"""A two-hundred-and-forty-fifth round, from the twelfth session's third batch:

- GitHub's products listed in its parenthesis may open with an abbreviated "including" ("GitHub
  (incl. Actions)"): Actions among them is still CI/CD;
- "OracleDB", Oracle Database's name run together (as its drivers are named), is SQL;
- the naive Bayes classifier named by its adjective ("a naive Bayesian model") and the
  decision-tree family named with "ML" or "algorithms" ("tree-based ML") are supervised learning;
- a bash beside the words of festivities ("the Bash gala", "a Bash guild") is a party, not the
  shell ("third-party Bash installers" still are).

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CICD = "ci-cd"
SQL = "sql"
SUPERVISED = "supervised-learning"
LINUX = "linux"
CASES: list[Case] = [
    ("skills", "DevOps: Docker, GitHub (incl. Actions, Packages), Make", CICD, True),
    ("skills", "Collaboration: GitHub (inc. Actions)", CICD, True),
    ("skills", "Collaboration: GitHub (incl. Issues, Pages)", CICD, False),
    ("experience", "• Rebuilt the billing service on Express and OracleDB", SQL, True),
    ("projects", "• Sorted support tickets with a naive Bayesian model", SUPERVISED, True),
    ("skills", "Modelling: Tree-based ML, survival curves", SUPERVISED, True),
    ("projects", "• Scored loan defaults with tree-based algorithms", SUPERVISED, True),
    ("experience", "• Organised the Bash guild's spring fair", LINUX, False),
    ("experience", "• Ran the charity Bash gala for 300 guests", LINUX, False),
    ("experience", "• Scheduled Bash jobs that rotate the party logs", LINUX, True),
    ("experience", "• Audited the third-party Bash installers", LINUX, True),
]  # fmt: skip


test_round245_kinds = sentence_test(CASES)
