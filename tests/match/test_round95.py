"""A ninety-fifth round, from the misses of the hold-outs read so far: how fast a model answers
("halved inference latency", "real-time inference") shows a model served, not MLOps as a practice;
a bug bash is a hunt for bugs, not the shell; and the calculus courses of Spanish and Portuguese
curricula ("Cálculo II", "Cálculo Vetorial") are calculus.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "Halved the inference latency of a CNN model", "model-deployment", True),
    ("experience", "Halved the inference latency of a CNN model", "mlops", False),
    ("experience", "Tuned a detector to run real-time inference at the edge", "mlops", False),
    ("experience", "Served the model behind a FastAPI endpoint", "mlops", True),
    ("experience", "Organised a bug bash before each release", "linux", False),
    ("experience", "Hosted a bug-bash for the mobile app", "linux", False),
    ("experience", "Wrote bash scripts for nightly backups", "linux", True),
    ("education", "2019-1: Cálculo II e Álgebra Linear", "calculus", True),
    ("education", "2018-2: Cálculo Vetorial, Física I", "calculus", True),
    ("education", "Curso de Cálculo Avanzado, 2015", "calculus", True),
    ("experience", "Cálculo de custos e orçamentos de obras", "calculus", False),
]  # fmt: skip


test_round95_kinds = sentence_test(CASES)
