"""A ninety-third round, from the misses of eight more hold-outs: a token pattern does not run
over a column of three or more short items, which are joined as a wrapped phrase is ("Flask"
over "Computer Vision" over "Model Compression" is three items, not a Flask app serving a
model); a sentence wrapped across lines, or a title wrapped once, still matches.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

DEPLOYMENT = "model-deployment"

CASES: list[Case] = [
    ("experience", "Focus:\nPyTorch\nStreamlit\nData Plots\nModel Evaluation", DEPLOYMENT, False),
    ("experience", "Flask\nComputer Vision\nModel Compression", DEPLOYMENT, False),
    ("projects", "A Streamlit page for photos\nand the trained classifier", DEPLOYMENT, True),
    ("projects", "Wrapped a FastAPI\nservice around the classifier", DEPLOYMENT, True),
]  # fmt: skip


test_round93_kinds = sentence_test(CASES)
