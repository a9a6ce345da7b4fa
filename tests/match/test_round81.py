"""An eighty-first round, from the remaining misses in other languages of the session's hold-outs:
models compared in French, Spanish, Portuguese, Italian and German are evaluated, beside a word
of learning or of its measures (a dealer's car models compared are not).

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "Nous avons comparé trois modèles de ML sur le F1", "model-evaluation", True),
    ("projects", "Comparación de modelos de clasificación", "model-evaluation", True),
    ("projects", "Confronto tra modelli di machine learning", "model-evaluation", True),
    ("experience", "Comparar modelos de coches en el concesionario", "model-evaluation", False),
]  # fmt: skip


test_round81_kinds = sentence_test(CASES)
