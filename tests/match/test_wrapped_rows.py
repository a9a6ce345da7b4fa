"""Rows of a narrow column wrap over lines: the break before the next labelled row stays even
when the row above wrapped (its last words and the next row's first are different lists), and
the lines of a list wrapped in a column are one list, whose words are each other's context and
whose label names what all of them are ("Coursework:" inside an entry of another section)."""

from __future__ import annotations

from analyzer.match.forms import labelled_list_start
from analyzer.match.matcher import _join_wrapped_lines
from tests.match.sentences import Case, sentence_test

QA_ROW = "QA: pytest, Selenium, load\ntesting, smoke testing\nLLM tools: LangChain, vLLM"
STUDIED = "• Coursework: Welding, Casting, Heat\nTransfer, Statistics, Optics"
COURSE = "Courses:\n• Generative AI Basics -\nOpenAI, 2024 ID: 5521"
CASES: list[Case] = [
    ("skills", QA_ROW, "model-evaluation", False),
    ("skills", "NLP: spaCy, NER, Hugging Face\nTransformers, FAISS", "deep-learning", True),
    ("certifications", COURSE, "generative-ai", True),
    ("experience", f"Line Engineer, Acme Forge (2019-2022)\n{STUDIED}", "statistics", True),
]  # fmt: skip


test_wrapped_row_kinds = sentence_test(CASES)


def test_the_break_before_a_labelled_row_stays_after_a_wrapped_one() -> None:
    """Not after a bullet's line, which no label opened, nor across a blank line."""
    assert _join_wrapped_lines(QA_ROW) == (
        "QA: pytest, Selenium, load testing, smoke testing\nLLM tools: LangChain, vLLM"
    )
    assert _join_wrapped_lines("• Course in ML -\nVendor X: 2024") == (
        "• Course in ML - Vendor X: 2024"
    )
    assert _join_wrapped_lines("Cloud: AWS\n\nWrote the\nDocs team: notes") == (
        "Cloud: AWS\n\nWrote the Docs team: notes"
    )


def test_a_labelled_list_starts_where_its_label_stands() -> None:
    """A few lines up its block, through lines that hold a comma or follow one."""
    assert labelled_list_start(QA_ROW, QA_ROW.index("testing,")) == 0
    assert labelled_list_start(STUDIED, STUDIED.index("Transfer")) == 0
    text = "AI: Copilot, n8n\nNatural Language\nProcessing: NLTK"
    assert labelled_list_start(text, text.index("Natural")) is None
    assert labelled_list_start(text, text.index("Processing")) == text.index("Processing")
    assert labelled_list_start(COURSE, COURSE.index("•")) is None
