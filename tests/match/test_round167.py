"""A hundred-and-sixty-seventh round, from written probes of terse resumes (no hold-out): the
vendors' APIs by name in any case ("gemini api", "Claude API") are generative AI, and LLM
development beside a word of work on language models, as "OpenAI API" was (lower-case "gemini"
alone stays the star sign's).

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

GENAI = "generative-ai"
LLM = "llm-development"
CASES: list[Case] = [
    ("projects", "• Made a chatbot using the gemini api", GENAI, True),
    ("projects", "• Integrated the Gemini API to summarise meeting notes", LLM, False),
    ("projects", "• Built a RAG bot on the Claude API with tool calling", LLM, True),
    ("other", "Star sign: gemini; hobbies: astronomy", GENAI, False),
]  # fmt: skip


test_round167_kinds = sentence_test(CASES)
