"""A two-hundred-and-fifty-third round, in-sample, from the fourteenth session's open sets once the
look-ups had run out:

- a learned network productionized by its kind ("productionized the graph neural networks"), or
  deep learning by name, is a model deployed, as a productionized model is (a network
  productionized alone is a router's);
- "Tech", "Tech Skills", "Tools & Tech" and their kin head a skills section, as "Tech Stack"
  does.

Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from analyzer.extract import extract_text
from tests.extract.helpers import kinds
from tests.match.sentences import Case, sentence_test

DEPLOYED = "model-deployment"
CASES: list[Case] = [
    ("experience", "• Productionize our neural network rankers each quarter", DEPLOYED, True),
    ("experience", "• Productionizing deep learning services for search", DEPLOYED, True),
    ("experience", "• Productionized the convolutional networks behind triage", DEPLOYED, True),
    ("experience", "• Productionized the network monitoring stack", DEPLOYED, False),
    ("experience", "• Productionised the office network for two sites", DEPLOYED, False),
]  # fmt: skip


test_round253_kinds = sentence_test(CASES)


@pytest.mark.parametrize(
    "heading", ["Tech", "TECH SKILLS", "Tools & Tech", "Tech and Tools", "Languages & Tech"]
)
def test_a_tech_heading_opens_a_skills_section(heading: str) -> None:
    text = (
        "Jane Roe\n\nExperience\nPlatform Engineer, Acme Ltd, 2020-2024\n"
        f"• Kept the build farm running\n\n{heading}\nPython, Docker, Terraform\n"
    )
    assert kinds(extract_text(text))[-1] == "skills"
