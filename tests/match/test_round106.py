"""A hundred-and-sixth round, from the first look at eight more hold-outs (h534-h541): Hugging
Face's host of demo apps names no language model (the hub's libraries still do).

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

LLM = "llm-development"

CASES: list[Case] = [
    ("skills", "Hosting: Vercel, Render, Hugging Face Spaces", LLM, False),
    ("projects", "Served the leaf-disease classifier on HuggingFace Spaces", LLM, False),
    ("skills", "NLP: spaCy, Hugging Face Transformers", LLM, True),
]  # fmt: skip


test_round106_kinds = sentence_test(CASES)
