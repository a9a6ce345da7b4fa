"""A two-hundred-and-eighth round, from the first look at a new batch of hold-outs (in-sample
now):

- a share with a learned task named by any object it finds or sorts ("93% pedestrian detection
  accuracy") is a model's result, as one with a listed object ("fraud detection") already was;
- clustering beside neural networks is the learning method;
- OpenAI's API written apart ("Open AI APIs") is the vendor's API.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "• Reached 93% pedestrian detection accuracy on dashcam footage",
     "model-evaluation", True),
    ("projects", "• 85% bird-call recognition F1", "model-evaluation", True),
    ("experience", "• Kept 99% on-time delivery across the region", "model-evaluation", False),
    ("experience", "• Tried clustering on CNN features to group sky images",
     "unsupervised-learning", True),
    ("experience", "• Set up clustering and failover for the neural lab's file servers",
     "unsupervised-learning", False),
    ("experience", "• Wrote ticket triage bots on Open AI APIs", "generative-ai", True),
]  # fmt: skip


test_round208_kinds = sentence_test(CASES)
