"""A hundred-and-thirty-second round, from the field's vocabulary (written probes, no hold-out):
no longer evidence, the Master of Laws ("JD, LLM", "LLM in Tax Law", an "LLM" in an education
section with no word of language models near) as LLM development, Monty Python or a pet snake as
Python, or the American Welding Society's certifications and codes ("AWS Certified Welder", "AWS
D1.1") as AWS.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("education", "LLM in International Law, Georgetown University, 2019", "llm-development",
     False),
    ("education", "Master of Laws (LLM), University of London", "llm-development", False),
    ("education", "LLM, Tax Law, NYU, 2020", "llm-development", False),
    ("summary", "Attorney (JD, LLM) with ten years in tax disputes", "llm-development", False),
    ("education", "MSc thesis: LLM agents for code review", "llm-development", True),
    ("education", "Coursework: NLP, LLM fine-tuning", "llm-development", True),
    ("skills", "LLM, RAG, LangChain", "llm-development", True),
    ("summary", "Lifelong Monty Python fan and amateur baker", "python", False),
    ("other", "Bred ball pythons for a local zoo", "python", False),
    ("certifications", "AWS Certified Welding Inspector (CWI)", "aws", False),
    ("experience", "• Welded structural steel to AWS D1.1 code", "aws", False),
    ("certifications", "AWS Certified Solutions Architect - Associate", "aws", True),
]  # fmt: skip


test_round132_kinds = sentence_test(CASES)
