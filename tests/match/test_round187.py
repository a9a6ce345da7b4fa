"""A hundred-and-eighty-seventh round, from the first looks at new hold-outs (in-sample):

- a "classification" beside trees or a forest is not a model's on that account alone: living trees
  stand near a geographer's land classes, and the learners' trees have their own names ("decision
  tree", "random forest");
- a network of roads, rails, freight or shipping laid out "to predict" something is planned, not
  trained.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "• Orchard Classification Walk: counting the old trees of the city park",
     "supervised-learning", False),
    ("projects", "• Habitat classification of the river forest for the county survey",
     "supervised-learning", False),
    ("projects", "• Crop classification from drone images with a random forest",
     "supervised-learning", True),
    ("experience", "• Mapped the road network to predict which routes pay, with census features",
     "supervised-learning", False),
    ("experience", "• Trained a recurrent network to predict delays on the regional rail lines",
     "supervised-learning", True),
]  # fmt: skip


test_round187_kinds = sentence_test(CASES)
