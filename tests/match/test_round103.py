"""A hundred-and-third round, from the pairs the issue-time code found on this session's
hold-outs and the rules since had lost: a version glued to an open model family's name
("Llama3", "Gemma2") is neither a person's nor a count, so it needs no context ("llama 3",
written apart, still does), and containers beside DevOps are software containers.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

LLM = "llm-development"

CASES: list[Case] = [
    ("projects", "Summaries drafted with llama2 and R's tidytext", LLM, True),
    ("projects", "Stack: Llama3, dplyr, ggplot2", "generative-ai", True),
    ("experience", "Fed llama 3 times a day at the petting farm", LLM, False),
    ("skills", "Containers — advanced — DevOps tooling", "docker", True),
    ("experience", "Packed shipping containers for the export desk", "docker", False),
]  # fmt: skip


test_round103_kinds = sentence_test(CASES)
