"""A two-hundred-and-twentieth round, from the first look at a new batch of hold-out sets:

- what is fine-tuned is a model even unnamed as one ("fine-tuned Whisper"), so its deployment in
  the next sentence of the line is a model's, across one semicolon between its scores; SQL is
  fine-tuned too, so a model, a learning word or a model's score must share the line, and "fine"
  alone is the adjective.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "• Fine-tuned Whisper on 900 h of calls; WER 7.9. Deployed on EKS spot nodes",
     "model-deployment", True),
    ("projects", "• Finetuned T5 on the FAQ pairs and deployed it behind the help desk",
     "model-deployment", True),
    ("projects", "• Fine-tuned the nightly SQL reports. Deployed to production in May",
     "model-deployment", False),
    ("projects", "• Built a fine wine shop for a client. Deployed on Netlify",
     "model-deployment", False),
]  # fmt: skip


test_round220_kinds = sentence_test(CASES)
