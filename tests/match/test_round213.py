"""A two-hundred-and-thirteenth round, from the misses of the open hold-out sets of a new session:

- OpenAI Codex, a coding assistant one works with (as Claude Code and Gemini CLI are), shows no
  generative-AI work; the vendor's API built on still does.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("skills", "Coding assistants: OpenAI Codex, Cursor", "generative-ai", False),
    ("experience", "• Built a release-notes writer with GPT-4o through the OpenAI API",
     "generative-ai", True),
]  # fmt: skip


test_round213_kinds = sentence_test(CASES)
