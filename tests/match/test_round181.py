"""A hundred-and-eighty-first round, from the first looks at a new batch of hold-outs (in-sample
where a hold-out's miss led to it):

- a section of certifications still to be sat ("Planned Certifications", "Certifications in
  Progress", "Certification Roadmap") lists wishes, not certificates held, as "Learning Goals"
  lists skills still to learn;
- "Differential Eqns" and "Diff Eq", the course titles' short forms, are calculus;
- "model-monitoring" and "Gaussian-process" written as a compound's first part are the phrases
  they join.

Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from analyzer import Analyzer
from analyzer.extract.headings import match_heading
from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("education", "Coursework: Linear Algebra, Diff Eq, Numerical Methods", "calculus", True),
    ("education", "Relevant courses: Differential Eqns and Signals", "calculus", True),
    ("experience", "• Wrote model-monitoring jobs that page on-call when drift rises",
     "model-monitoring", True),
    ("projects", "• Gaussian-process surrogates for tuning the simulator", "probability", True),
]  # fmt: skip


test_round181_kinds = sentence_test(CASES)

RESUME = """Grace Hopper
grace@example.com

Experience
Data Analyst, Example Corp, 2021 - 2024
• Built weekly reports in SQL and Python

{heading}
• AWS Certified Machine Learning - Specialty
• TensorFlow Developer Certificate
"""
CERTIFICATES = {"aws-ml-specialty", "tensorflow-developer"}


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


@pytest.mark.parametrize(
    "heading",
    ["Planned Certifications", "Certifications in Progress", "Certification Roadmap"],
)
def test_certificates_still_to_be_sat_are_not_held(analyzer: Analyzer, heading: str) -> None:
    match = match_heading(heading)
    assert match is not None and match.kind == "interests"
    shown = {
        s.id for s in analyzer.analyze_text(RESUME.format(heading=heading)).skills if s.present
    }
    assert CERTIFICATES.isdisjoint(shown) and {"sql", "python"} <= shown


def test_certificates_under_their_own_heading_are_held(analyzer: Analyzer) -> None:
    text = RESUME.format(heading="Certifications")
    shown = {s.id for s in analyzer.analyze_text(text).skills if s.present}
    assert shown >= CERTIFICATES
