"""A forty-fifth round, from two fresh blind hold-outs (LaTeX and Markdown resumes) scored on the
code before it (a third stayed sealed): a labelled row of interests before the first heading; a
model's metric named by its task with the share it moved; diffusion architectures and policies.

Every sentence is written for these tests."""

from __future__ import annotations

from analyzer.extract.api import extract_text
from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "After retraining our learning-to-rank model, the ranking metric rose 6%",
     "model-evaluation", True),
    ("experience", "Lifted the sales team's ranking metric by 6% in one quarter",
     "model-evaluation", False),
    ("projects", "Trained diffusion architectures for video synthesis", "generative-ai", True),
    ("projects", "Diffusion policies for a robot arm, trained from 200 demonstrations",
     "generative-ai", True),
    ("experience", "Studied the diffusion policy of regional innovation agencies",
     "generative-ai", False),
]  # fmt: skip


test_round45_kinds = sentence_test(CASES)


def test_a_labelled_row_of_interests_before_the_first_heading_is_interests() -> None:
    text = (
        "Ada Lovelace\n\nNow\nDoctoral student in applied physics.\n"
        "- Advisor: C. Babbage\n- Research interests: quantum optics, deep learning for physics\n\n"
        "Experience\nResearch Engineer, Acme Labs, 2020-2023\n- Built PyTorch models\n"
    )
    resume = extract_text(text)
    row = text.index("- Research interests")
    kinds = [s.kind for s in resume.sections if s.start <= row < s.end]
    assert kinds == ["interests"]
    experience = text.index("Research Engineer")
    assert [s.kind for s in resume.sections if s.start <= experience < s.end] == ["experience"]
