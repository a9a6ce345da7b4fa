"""A hundred-and-eighty-sixth round, from the first looks at new hold-outs (in-sample):

- Mistral's models by their tiers and names ("Mistral Small", "Codestral") are the vendor's
  language models wherever they stand, as no wind is called so; "Mistral" alone still needs a
  word of AI near it;
- "digits recognition", the task's name with the plural, is classification as "digit
  recognition" is.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("education", "• Final-year project: a recipe assistant on Mistral Small", "generative-ai",
     True),
    ("education", "• Final-year project: a recipe assistant on Mistral Small", "llm-development",
     True),
    ("projects", "• Code review bot on Codestral for a student club", "generative-ai", True),
    ("summary", "Mistral winds blow through the valley where I grew up", "generative-ai", False),
    ("projects", "• Handwritten digits recognition with a small MLP in NumPy",
     "supervised-learning", True),
]  # fmt: skip


test_round186_kinds = sentence_test(CASES)
