"""A hundred-and-twenty-third round, from the misses of seven fresh hold-outs (h753-h756,
h758-h760) after their first look (in-sample). Now evidence: a dataset curated, whatever
describes it; a model built, then deployed somewhere in the next sentence of its line. No longer
evidence: Good Clinical Practice, the research-ethics training (CITI's and ICH's GCP courses), as
Google Cloud. (The near-miss matcher reads one mistyped letter of a long alias as it: see
`tests/match/test_fuzzy.py`.)

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "Curated a bilingual clinical notes corpus of 40,000 documents",
     "data-processing", True),
    ("experience", "Curated the gallery's collection of Dutch prints", "data-processing", False),
    ("projects",
     "Built a gradient-boosted model to predict bed occupancy. Deployed on the hospital's servers",
     "model-deployment", True),
    ("experience", "Designed a new staffing model for the ward. Deployed to three sites",
     "model-deployment", False),
    ("certifications", "CITI - GCP Social and Behavioral Research Best Practices", "gcp", False),
    ("certifications", "ICH GCP training, 2021", "gcp", False),
    ("skills", "Cloud: GCP, AWS", "gcp", True),
]  # fmt: skip


test_round123_kinds = sentence_test(CASES)
