"""A twenty-seventh round, from the general kinds among the errors of h115-h116, first scored on
the twenty-sixth: a research group named for a skill ("Reinforcement Learning Group") is a team's
name, and a team's name never reaches into the next line; "91% percent sensitivity" is a result;
models deployed and then monitored are monitored models.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "Postdoctoral fellow, Reinforcement Learning Group, 2019-2021",
     "reinforcement-learning", False),
    ("experience", "Reinforcement Learning Group Lead, 2022-2024", "reinforcement-learning", True),
    ("projects", "Ran the release process and MLOps\nRiver Rowing Team captain, 2020", "mlops",
     True),
    ("experience", "Screening model at 91% percent sensitivity on the audit sample",
     "model-evaluation", True),
    ("experience", "Deployed the models to staging and monitored them weekly", "model-monitoring",
     True),
]  # fmt: skip


test_round27_kinds = sentence_test(CASES)
