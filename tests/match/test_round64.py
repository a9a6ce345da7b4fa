"""A sixty-fourth round, from the first look at CVs in Swedish, Norwegian, Danish, Finnish,
Hungarian, Romanian and Dutch (their headings are in `tests/extract/test_headings_languages.py`):
the field's names there (machine, deep, supervised and unsupervised learning, neural networks,
classifiers, statistics guarded as in English, probability, linear algebra, calculus), and
classification, clustering and a model's accuracy with the words of models and methods in those
languages as their context.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "Byggde en pipeline för maskininlärning på lagerdata",
     "machine-learning-algorithms", True),
    ("experience", "Koulutin koneoppimismalleja ennustamaan kysyntää",
     "machine-learning-algorithms", True),
    ("skills", "Gépi tanulás, Python, SQL", "machine-learning-algorithms", True),
    ("experience", "Am antrenat rețele neuronale pentru recunoașterea vorbirii", "deep-learning",
     True),
    ("experience", "Trente et képosztályozó hálózat a raktári fotókhoz", "supervised-learning",
     True),
    ("experience", "Klassificering av fakturor för ekonomiavdelningen", "supervised-learning",
     False),
    ("experience", "Klusterointi ja luokittelu asiakasdatalle menetelmänä", "unsupervised-learning",
     True),
    ("education", "Kurssit: todennäköisyyslaskenta, lineaarialgebra", "probability", True),
    ("education", "Kurssit: todennäköisyyslaskenta, lineaarialgebra", "linear-algebra", True),
    ("education", "Tárgyak: matematikai analízis, valószínűségszámítás", "probability", True),
    ("experience", "Statisztika a heti értékesítési jelentésekhez", "statistics", False),
    ("skills", "Statisztika, R, SPSS", "statistics", True),
    ("projects", "Modellen nådde en noggrannhet på 91% på testdata", "model-evaluation", True),
]  # fmt: skip


test_round64_kinds = sentence_test(CASES)
