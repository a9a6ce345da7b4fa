"""A hundred-and-ninety-first round, from the first looks at new hold-outs (in-sample):

- video diffusion, the diffusion models of video named by their medium, is generative AI;
- a statistical evaluation or assessment is statistics, as a statistical analysis is.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "• Filled gaps between camera frames with video diffusion", "generative-ai", True),
    ("publications", "• A Statistical Assessment of Grading Drift Across Exam Boards",
     "statistics", True),
    ("experience", "• Ran a statistical evaluation of the tutors' marks each term", "statistics",
     True),
]  # fmt: skip


test_round191_kinds = sentence_test(CASES)
