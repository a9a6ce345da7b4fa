"""A fifty-second round, from two blind hold-outs first scored on the fifty-first round's code
(custom JSON CV data, template-engine pages): language models' public benchmarks by name.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "Our coding agent resolved 48% of SWE-bench Verified tasks", "model-evaluation",
     True),
    ("publications", "Scaling chat models, scored on MT-Bench and GPQA", "model-evaluation", True),
]  # fmt: skip


test_round52_kinds = sentence_test(CASES)
