"""A hundred-and-forty-sixth round, from the misses left in this session's hold-outs: machine
learning coordinated with deep learning ("Machine/Deep Learning", "machine and deep learning
models") is machine learning too, as "supervised and unsupervised models" are both.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "• Machine/deep learning for single-cell and imaging data",
     "machine-learning-algorithms", True),
    ("experience", "• Built machine & deep learning models for crop yield",
     "machine-learning-algorithms", True),
    ("skills", "Machine and Deep Learning: PyTorch, Keras", "machine-learning-algorithms", True),
    ("experience", "• Serviced the packing machine and deep fryer", "machine-learning-algorithms",
     False),
]  # fmt: skip


test_round146_kinds = sentence_test(CASES)
