"""A hundred-and-nineteenth round, from the misses of the read-once and sealed hold-outs
(h733-h736; h705, h713, h721, h729), after their one reading. Now evidence: data management
listed as one of the data stages before its cleaning ("data management and cleaning"); prompt
design written with another object of the work after a slash ("prompt/context design"); PCA that
builds a basis from images after denoising them. No longer evidence: Google's ML Kit (ready-made
vision and text APIs a mobile app calls) as machine learning, as Apple's Core ML was not.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "Handled data management and cleaning for the survey team", "data-processing",
     True),
    ("experience", "Data management for the survey team", "data-processing", False),
    ("skills", "LLM work: retrieval, prompt/context design", "prompt-engineering", True),
    ("skills", "Design: prompt/response cards for the museum", "prompt-engineering", False),
    ("projects", "Used denoising followed by PCA to build a basis for telescope images",
     "unsupervised-learning", True),
    ("experience", "Reviewed the PCA rota for the care home", "unsupervised-learning", False),
    ("skills", "Mobile: Kotlin, Jetpack Compose, ML Kit, Firebase", "machine-learning-algorithms",
     False),
    ("skills", "ML: scikit-learn, XGBoost", "machine-learning-algorithms", True),
]  # fmt: skip


test_round119_kinds = sentence_test(CASES)
