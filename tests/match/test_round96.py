"""A ninety-sixth round, from the misses of the hold-outs read so far: a comparison with a baseline
counts when the baseline ends its clause ("compared to the baseline."), not an analyst's baseline
trends or playbook; students supervised are a mentor's work, not the learning setting; an
early-career researcher's scheme is not the container registry; accuracy in Chinese; and neural
networks in the German cases.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

EVALUATION = "model-evaluation"
SUPERVISED = "supervised-learning"

CASES: list[Case] = [
    ("experience", "Halved on-call steps compared to the baseline runbook.", EVALUATION, False),
    ("experience", "Compared baseline sales figures in SQL", EVALUATION, False),
    ("experience", "Raised the F1 by 5 points compared to the baseline.", EVALUATION, True),
    ("skills", "Mentoring. Supervised PhD and MSc students", SUPERVISED, False),
    ("skills", "ML: Supervised, Unsupervised", SUPERVISED, True),
    ("skills", "Grants: ECR funding round, 2023", "aws", False),
    ("skills", "Docker, AWS ECR, ECS", "aws", True),
    ("projects", "评测集 准确率 88%", EVALUATION, True),
    ("experience", "Spracherkennung mit künstlichen neuronalen Netzen", "deep-learning", True),
]  # fmt: skip


test_round96_kinds = sentence_test(CASES)
