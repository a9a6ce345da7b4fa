"""A hundred-and-fifty-eighth round, from written probes (no hold-out): text categorisation is
text classification by its other name. (Networks made "to detect" or "to recognize" were tried as
supervised learning and left: on three hold-outs labellers had not counted cells detected or faces
identified by a network as such.)

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "• Text categorisation of support tickets with a fine-tuned DistilBERT",
     "supervised-learning", True),
    ("experience", "• Trained a network to recognize tumour margins", "supervised-learning",
     False),
]  # fmt: skip


test_round158_kinds = sentence_test(CASES)
