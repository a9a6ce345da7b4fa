"""A two-hundred-and-fifty-sixth round, from the sixteenth session's first three batches:

- a DevOps pipeline is a delivery pipeline (CI/CD), as a deployment or release pipeline is;
- checks of code run in CI (verification, scans, fuzzing) are CI's, as tests in CI are;
- evaluation named as the stage after hyperparameter tuning, in a list of model work, is model
  evaluation, as evaluation after training already was (a database's performance tuning and
  evaluation is not);
- what was validated against models is measured by them: the models are the yardstick, not the
  models evaluated;
- classifying what a video or a vision pipeline sees is a model's work, as classifying images is;
- an employer's name with a remark in square brackets ("Red Hat [Summer Intern]") on a role's line
  is the employer, as with a remark in round brackets.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

EVALUATED = "model-evaluation"
SUPERVISED = "supervised-learning"
FOREST = "• Fit a random forest to churn data"
CASES: list[Case] = [
    ("experience", "• Streamlined the DevOps pipelines of a ticketing web app", "ci-cd", True),
    ("experience", "• Built the DevOps team's cost dashboards in Grafana", "ci-cd", False),
    ("experience", "• Added licence scans and SBOM verification in CI", "ci-cd", True),
    ("experience", "• Ran fuzzing on CI for the parser", "ci-cd", True),
    ("publications", "• Interval coverage in CI estimation for small samples", "ci-cd", False),
    ("projects", "• Churn model: features, hyperparameter tuning, evaluation", EVALUATED, True),
    ("experience", "• SQL performance tuning and evaluation of a billing DB", EVALUATED, False),
    ("experience", f"{FOREST}\n• Validated nets against RTL and power models", EVALUATED, False),
    ("experience", f"{FOREST}\n• Validated ranking and retrieval models on logs", EVALUATED, True),
    ("projects", "• Vision pipeline classifying gait in hallway video", SUPERVISED, True),
    ("experience", "• Classified support tickets by urgency for the help desk", SUPERVISED, False),
    ("experience", "Red Hat [Summer Intern]\nJune 2021 - Dec 2021\nQA tooling", "linux", False),
    ("experience", "GitHub [Remote] | Staff Engineer | 2019 - 2023", "git", False),
    ("experience", "• Packaged the agent for Red Hat [EL 7-9] hosts, 2021", "linux", True),
]  # fmt: skip


test_round256_kinds = sentence_test(CASES)
