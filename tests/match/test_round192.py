"""A hundred-and-ninety-second round, from the first looks at new hold-outs (in-sample):

- a perfect score ("100% accuracy") is a model's only beside a word of models, in a project too:
  couriers, clerks and pharmacists fill orders with 100% accuracy; other shares keep their rules.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "• Sorted parcels for the night route with 100% accuracy over two summers",
     "model-evaluation", False),
    ("projects", "• Leaf disease classifier: 100% accuracy on the held-out test photos",
     "model-evaluation", True),
    ("projects", "• Spam filter for the club's inbox, 97% precision", "model-evaluation", True),
]  # fmt: skip


test_round192_kinds = sentence_test(CASES)
