"""A hundred-and-fourth round, from the false positives of every hold-out since h227: algorithms
compared are model evaluation only when they are learning algorithms (a cipher's or an
optimiser's algorithms compared are software's), and a time series analysed is no statistics by
itself (as often an ML model's forecasting; ARIMA and its kin, and time-series models, still
are). The sixteenth round had kept "time series analysis", which the labellers since have left
out more often than not.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

EVALUATION = "model-evaluation"

CASES: list[Case] = [
    ("experience", "Compared two signature algorithms for speed on embedded boards", EVALUATION,
     False),
    ("experience", "Compared three ranking models against the click baseline", EVALUATION, True),
    ("experience", "Compared the F1 of four text classification algorithms", EVALUATION, True),
    ("skills", "ML: Time-Series Analysis, Transformers, NLP", "statistics", False),
    ("experience", "Fitted SARIMA models to monthly rainfall", "statistics", True),
]  # fmt: skip


test_round104_kinds = sentence_test(CASES)
