"""A twenty-fourth round, from the general kinds among the errors of the hold-outs scored so far:
a word keeps one sense through a document, so "classification" with no word of models near it is
a model's in a resume that shows machine learning in another place, and stays out of one that
does not; a UK degree's classification is a grade. Then h104-h106, first scored on round 23: a
model hosted on a server is deployed, Hudson (Jenkins' forerunner) is CI, Git Bash is Git, PCA
methods are the method, and a Bayesian search of hyperparameters is no probability theory.

Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from analyzer.match.matcher import SkillMatcher
from tests.builders import resume_from_sections
from tests.match.sentences import Case, Section, sentence_test

ML_ELSEWHERE: Section = (
    "skills", "Skills", "Python, scikit-learn, gradient boosting, PyTorch",
)  # fmt: skip
NO_ML_ELSEWHERE: Section = ("skills", "Skills", "Excel, SAP, payroll, Power BI")


def classification_accepted(matcher: SkillMatcher, parts: list[Section]) -> bool | None:
    """Whether the supervised-learning evidence on a "classification" is accepted (None: none)."""
    evidence = matcher.match(resume_from_sections(parts)).get("supervised-learning", ())
    verdicts = [e.accepted for e in evidence if e.text.lower() == "classification"]
    return any(verdicts) if verdicts else None


@pytest.mark.parametrize(
    ("line", "elsewhere", "expected"),
    [
        ("Automated classification of pump failure modes from vibration logs", ML_ELSEWHERE, True),
        ("Automated classification of pump failure modes from vibration logs", NO_ML_ELSEWHERE,
         False),
        ("Topical Classification of Court Rulings", ML_ELSEWHERE, True),
        ("Interested in classification of incoming parcels", ML_ELSEWHERE, False),
        ("BSc Economics, degree classification: First", ML_ELSEWHERE, False),
    ],
)  # fmt: skip
def test_classification_keeps_the_sense_the_resume_shows(
    builtin_matcher: SkillMatcher, line: str, elsewhere: Section, expected: bool
) -> None:
    parts: list[Section] = [("experience", "Experience", line), elsewhere]
    assert bool(classification_accepted(builtin_matcher, parts)) is expected


def test_the_reason_names_the_skills_that_would_have_vouched(
    builtin_matcher: SkillMatcher,
) -> None:
    parts: list[Section] = [
        ("experience", "Experience", "Automated classification of parcels"),
        NO_ML_ELSEWHERE,
    ]
    evidence = builtin_matcher.match(resume_from_sections(parts))["supervised-learning"]
    (rejected,) = [e for e in evidence if e.text == "classification"]
    assert rejected.reason is not None
    assert rejected.reason.endswith(
        "and no machine-learning-algorithms or deep-learning elsewhere in the resume"
    )


CASES: list[Case] = [
    ("experience", "The churn model is hosted on SageMaker for the retention team",
     "model-deployment", True),
    ("experience", "Site survey model hosted on the client's document portal", "model-deployment",
     False),
    ("skills", "Tools: Maven, Ant, Hudson, Subversion", "ci-cd", True),
    ("experience", "Field trip along the Hudson with the survey crew", "ci-cd", False),
    ("skills", "Tools: VS Code, GitBash, Postman", "git", True),
    ("projects", "Improved PCA methods for background subtraction in traffic video",
     "unsupervised-learning", True),
    ("experience", "Tuned twelve random forest models with an automated Bayesian search method",
     "probability", False),
]  # fmt: skip


test_round24_kinds = sentence_test(CASES)
