"""A thirty-seventh round, from how the dev corpus's labels read LLM fine-tuning (as generative AI
as well as LLM development): a language model fine-tuned, in either order ("fine tuned an LLM",
"LLM fine-tuning", "fine-tuned two large language models"), where "fine" must come with a word of
tuning (an LLM "fine for drafting" is not tuned) and an encoder such as RoBERTa stays LLM
development's alone.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "Spent a term finetuning a LLM on contract clauses", "generative-ai", True),
    ("experience", "Fine tuned an LLM on the firm's legal templates", "generative-ai", True),
    ("experience", "Fine-tuned two large language models for triage notes", "generative-ai", True),
    ("experience", "Led LLM fine-tuning for the search team", "generative-ai", True),
    ("experience", "Found an LLM fine for drafting emails", "generative-ai", False),
    ("experience", "Fine-tuned RoBERTa for ticket routing", "generative-ai", False),
    ("experience", "Fine-tuned RoBERTa for ticket routing", "llm-development", True),
]  # fmt: skip


test_round37_kinds = sentence_test(CASES)
