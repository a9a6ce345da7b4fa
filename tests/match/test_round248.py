"""A two-hundred-and-forty-eighth round, from the thirteenth session's first batches:

- a field one is seeking, looking or keen to deepen is still being learnt, like one a person
  means to deepen their knowledge of; work that deepened something is still work;
- singular value decomposition is also written "single value decomposition", a common misnomer of
  the same factorization.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

KUBERNETES = "kubernetes"
MLOPS = "mlops"
ALGEBRA = "linear-algebra"
CASES: list[Case] = [
    ("summary", "Backend developer seeking to deepen my MLOps practice.", MLOPS, False),
    ("summary", "Keen to deepen hands-on Kubernetes skills next year.", KUBERNETES, False),
    ("experience", "• Deepened the team's use of Kubernetes operators", KUBERNETES, True),
    ("projects", "• Recommender built on single value decomposition of ratings", ALGEBRA, True),
    ("projects", "• Single-value fields decoded from the sensor payloads", ALGEBRA, False),
]  # fmt: skip


test_round248_kinds = sentence_test(CASES)
