"""A hundred-and-fifth round, from the first look at eight more hold-outs (h526-h533): a tool
named after a skills list's label ("Version Control: GitHub") is the tool, not a link's text;
statistical process control is statistics; a feature "engineered" as a verb, and data analysis
pipelines, are data processing; the calculus of probabilities is no calculus, and a living
thing's taxonomic classification no supervised learning.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("skills", "Version Control: GitHub", "git", True),
    ("skills", "Hosting: GitLab", "git", True),
    # a project's link keeps its reading
    ("projects", "Weather Station: GitHub", "git", False),
    ("experience", "Ran statistical process control on the bottling line", "statistics", True),
    ("experience", "Feature engineered lag and holiday signals for demand forecasts",
     "data-processing", True),
    ("experience", "Wrote data analysis pipelines for the lab's cytometry runs", "data-processing",
     True),
    ("education", "Courses: Probability Calculus, Number Theory", "calculus", False),
    ("education", "Courses: Multivariable Calculus, Number Theory", "calculus", True),
    ("publications", "Taxonomic classification of ground beetles from wing shape models",
     "supervised-learning", False),
]  # fmt: skip


test_round105_kinds = sentence_test(CASES)
