"""A forty-fourth round, from three fresh blind hold-outs scored on the code before it: a slash
glued to one of the names it separates; the prefix of "(un)supervised" written apart; k-folds;
checks of data quality as work on data; a model's stages listed without "and" before monitoring;
a site's repository named after a finished sentence is a link's text; the tallies a web site or a
text shows are not statistics; a role still to be reached ("my goal is to become ...") is a wish.

Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from analyzer.match.matcher import SkillMatcher
from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "Image models written in JAX, then TensorFlow/ Keras", "tensorflow", True),
    ("skills", "Frameworks: JAX /Keras", "keras", True),
    ("skills", "Clouds: AWS/ GCP", "aws", True),
    ("experience", "Studied (un)supervised learning for retail baskets", "unsupervised-learning",
     True),
    ("experience", "Compared semi/un/supervised learning on sensor logs",
     "unsupervised-learning", True),
    ("experience", "Worked (un)supervised on weekend shifts", "unsupervised-learning", False),
    ("skills", "Methods: stratified K-Folds, grid search", "model-evaluation", True),
    ("experience", "Ran data quality checks on every nightly ingest", "data-processing", True),
    ("experience", "Owned data quality control for the claims warehouse", "data-processing",
     True),
    ("experience", "Model building, serving, monitoring for the credit team", "model-monitoring",
     True),
    ("experience", "Built models, monitoring dashboards and alerts for ops", "model-monitoring",
     False),
    ("projects", "Speech tagger that runs offline on phones. GitHub repository", "git", False),
    ("projects", "Moved the team's code into one GitHub repository", "git", True),
    ("projects", "Word frequency analysis and other text statistics of the lyrics", "statistics",
     False),
    ("experience", "Reported website statistics to the marketing team with regression analysis",
     "statistics", True),
    ("summary", "Long-term goal of becoming a researcher in deep learning", "deep-learning",
     False),
    ("summary", "Aiming to become an MLOps engineer after the bootcamp", "mlops", False),
    ("experience", "Refactored the service to become compatible with Kubernetes", "kubernetes",
     True),
]  # fmt: skip


test_round44_kinds = sentence_test(CASES)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("tensorflow/ keras", ["tensorflow", "/", "keras"]),
        ("aws /gcp", ["aws", "/", "gcp"]),
        ("c++/ java", ["c++", "/", "java"]),
        ("and/or 24/7", ["and/or", "24/7"]),
    ],
)
def test_a_glued_slash_is_split_off(
    builtin_matcher: SkillMatcher, text: str, tokens: list[str]
) -> None:
    assert [t.text for t in builtin_matcher.nlp.make_doc(text)] == tokens
