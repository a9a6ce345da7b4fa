"""A seventy-fourth round, from the first looks at the last two hold-outs of the session:

- a skills list's category label ("AI/ML:") names the field its items belong to; the items are
  the evidence, so a list of language-model tools under it shows no machine learning of its own;
- a GPT model or API in agentic work (an agent, MCP tools) is LLM development.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("skills", "AI/ML: LangChain, Pinecone, Gemini API", "machine-learning-algorithms", False),
    ("skills", "AI/ML: scikit-learn, XGBoost, LightGBM", "machine-learning-algorithms", True),
    ("summary", "AI/ML engineer with five years in fintech", "machine-learning-algorithms", True),
    ("projects", "An agentic helpdesk on GPT-4o with MCP tools", "llm-development", True),
    ("projects", "Drafted newsletters with GPT-4o", "llm-development", False),
]  # fmt: skip


test_round74_kinds = sentence_test(CASES)
