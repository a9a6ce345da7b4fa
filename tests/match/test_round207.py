"""A two-hundred-and-seventh round, from the first look at a new batch of hold-outs (in-sample
now):

- prompt orchestration, chaining, versioning or evaluation shared after a slash ("prompt/agent
  orchestration") is prompt work, as prompt/context design already was;
- a segmentation, recognition or vision model put into production is a learned one, as a
  detection or classification model already was.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("skills", "LLM tooling: LlamaIndex, prompt/agent orchestration", "prompt-engineering", True),
    ("skills", "Build: Gradle, task/job orchestration", "prompt-engineering", False),
    ("experience", "• Took the tumour segmentation model into production at two clinics",
     "model-deployment", True),
    ("experience", "• Took the billing data model into production after the audit",
     "model-deployment", False),
]  # fmt: skip


test_round207_kinds = sentence_test(CASES)
