"""A two-hundred-and-sixteenth round, from the first look at a new batch of hold-out sets:

- progress monitoring (a planner watching how far a robot's task has got, a teacher a pupil's)
  is what a model watches, not the watching of a model, even beside a model's hallucinations;
- prompt design is named with its neighbour the way prompt engineering is, the last word shared
  ("prompt & instructions design").

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "• Scored a VLM planner on progress monitoring, counting each hallucination",
     "model-monitoring", False),
    ("experience", "• Added monitoring of chatbot hallucinations and latency in production",
     "model-monitoring", True),
    ("skills", "Assistants: prompt & instructions design, tool calling, evals",
     "prompt-engineering", True),
    ("experience", "• Ensured prompt and accurate design reviews for every client",
     "prompt-engineering", False),
]  # fmt: skip


test_round216_kinds = sentence_test(CASES)
