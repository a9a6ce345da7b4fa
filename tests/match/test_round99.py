"""A ninety-ninth round, from the misses of the last eight hold-outs: a missing quantity imputed
("impute the missing mortality rates"; imputed rent in a tax return is not), data processing in
French ("traitement de données"), prompt architecture, PCA beside a deep-learning framework, and
Python's commonest misspelling ("Phyton").

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

DATA = "data-processing"

CASES: list[Case] = [
    ("experience", "Impute the missing mortality rates per county", DATA, True),
    ("experience", "Calculated imputed rent for tax returns", DATA, False),
    ("experience", "Développement d'algorithmes de traitement de données", DATA, True),
    ("experience", "Designed the agents' prompt architecture", "prompt-engineering", True),
    ("experience", "Used PCA and a custom loss in Keras", "unsupervised-learning", True),
    ("experience", "Hired a PCA for the ward's night shifts", "unsupervised-learning", False),
    ("experience", "Shell scripting, Phyton, Ansible", "python", True),
]  # fmt: skip


test_round99_kinds = sentence_test(CASES)
