"""A ninety-ninth round, from the misses of the last eight hold-outs: a missing quantity imputed
("impute the missing sensor readings"; imputed rent in a tax return is not), data processing in
French ("traitement de données"), prompt architecture, PCA beside a deep-learning framework, and
Python's commonest misspelling ("Phyton").

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

DATA = "data-processing"

CASES: list[Case] = [
    ("experience", "Imputed the missing sensor readings", DATA, True),
    ("experience", "Calculated imputed rent for tax returns", DATA, False),
    ("experience", "Conception d'outils de traitement de données", DATA, True),
    ("experience", "Designed the agents' prompt architecture", "prompt-engineering", True),
    ("experience", "Used PCA with a custom loss in Keras", "unsupervised-learning", True),
    ("experience", "Hired a PCA for the ward's night shifts", "unsupervised-learning", False),
    ("experience", "Phyton, Bash, SQL", "python", True),
]  # fmt: skip


test_round99_kinds = sentence_test(CASES)
