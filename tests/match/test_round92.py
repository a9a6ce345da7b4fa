"""A ninety-second round, from the misses of eight more hold-outs: Google Cloud's certifications
by their names (the associate one alone is also a job title); matrix methods as linear algebra; a
CI environment; prompt structures; a model's detection or recognition rate (an inspection line's
is not); a worker's legal classification is not a classifier's; a footnote's mark glued to a
tool's name ("Git\u2020") leaves the tool; and "GitHub Repo:" over its address is a link's label.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

EVALUATION = "model-evaluation"

CASES: list[Case] = [
    ("certifications", "Google Associate Cloud Engineer (2024)", "gcp", True),
    ("certifications", "Professional Cloud Architect, Google", "gcp", True),
    ("experience", "Associate Cloud Engineer at a pizza chain", "gcp", False),
    ("education", "Courses: Matrix Methods, Signals", "linear-algebra", True),
    ("experience", "Set up the CI environment for the mobile team", "ci-cd", True),
    ("experience", "Wrote prompt structures for a support agent", "prompt-engineering", True),
    ("experience", "A neural network with a 96% detection rate on test scans", EVALUATION, True),
    ("experience", "Kept a 97% detection rate on the inspection line", EVALUATION, False),
    ("experience", "Advised on worker classification rules", "supervised-learning", False),
    ("skills", "Python\u2021, Git\u2020", "git", True),
    ("skills", "GitHub Repo:", "git", False),
]  # fmt: skip


test_round92_kinds = sentence_test(CASES)
