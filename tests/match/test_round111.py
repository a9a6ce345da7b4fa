"""A hundred-and-eleventh round, from the false positives of every hold-out since h227: a chain of
thought is prompt engineering only beside a word of prompting (a prompt, a shot, a template, a
technique, GPT or an LLM) or in a skills list; research that trains, synthesises or studies a
reasoning model's own chains of thought is not. Alone it had been 1 labelled pair against 4
unlabelled and 1 disputed.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

PROMPTS = "prompt-engineering"

CASES: list[Case] = [
    ("publications", "Reward shaping for chain-of-thought generation in small models", PROMPTS,
     False),
    ("experience", "Distilled chain-of-thought reasoning into a small policy network", PROMPTS,
     False),
    ("experience", "Compared zero-shot and chain-of-thought prompts for ticket triage", PROMPTS,
     True),
    ("experience", "Added chain-of-thought scaffolding to the invoice extractor", PROMPTS, True),
    ("skills", "LLMs: RAG, Chain-of-Thought, LoRA", PROMPTS, True),
]  # fmt: skip


test_round111_kinds = sentence_test(CASES)
