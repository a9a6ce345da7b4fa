"""A hundred-and-sixty-ninth round, from written probes of skills written apart or hyphenated (no
hold-out): "Tensor-flow" is TensorFlow as "Tensor Flow" was, and both, written apart, need a
learning word, a skills list or deep learning elsewhere in the resume, since an engineer's tensor
flows in pipes too.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("skills", "Frameworks: Keras, Tensor-flow", "tensorflow", True),
    ("experience", "• Built CNN models in Tensor Flow", "tensorflow", True),
    ("experience", "• Tensor flow analysis of fluid in steel pipes", "tensorflow", False),
    ("experience", "• Tensor-flow analysis in structural engineering", "tensorflow", False),
]  # fmt: skip


test_round169_kinds = sentence_test(CASES)
