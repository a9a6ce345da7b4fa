"""A twelfth, short round of general rules, from the errors of one hold-out (two others measured it
unseen): "deep" before the kind of a learned model is deep learning; a share of right answers
stated as an adjective of a model or its output is an evaluation; data verbs reach datasets
through the words that describe or count them; natural language processing is a field, not data
processed; experiments launched for models are not the models shipped. Each positive stands
beside look-alikes, and short resumes of people outside ML carry the look-alikes and must show no
ML skill.

Every sentence and resume is written for these tests."""

from __future__ import annotations

import pytest

from analyzer.match.matcher import SkillMatcher
from tests.match.sentences import (
    Case,
    Section,
    ml_skills_shown,
    sentence_test,
)

DEEP_KINDS: list[Case] = [
    ("experience", "Designed deep generative models of small molecules", "deep-learning", True),
    ("experience", "Trained deep recurrent networks for speech recognition", "deep-learning",
     True),
    ("projects", "Deep metric learning for image retrieval", "deep-learning", True),
    ("projects", "Trained deep Q-networks on arcade games", "deep-learning", True),
    ("experience", "Deep probabilistic models of user behaviour", "deep-learning", True),
    # "deep" of knowledge, water or a structure is no model's depth.
    ("summary", "Deep knowledge of financial models and valuation", "deep-learning", False),
    ("experience", "Surveyed deep sea sediment with sonar models", "deep-learning", False),
    ("experience", "Wrote a deep dive on pricing models for the board", "deep-learning", False),
]  # fmt: skip

ACCURATE_MODELS: list[Case] = [
    ("experience", "Built a 98% accurate fraud detection model", "model-evaluation", True),
    ("experience", "Trained a 93% accurate spam classifier for the mail team", "model-evaluation",
     True),
    ("projects", "Reached 92% accurate predictions on the held-out set", "model-evaluation", True),
    # A clerk's or a ledger's accuracy is not a model's.
    ("experience", "Kept inventory counts 99% accurate across three stores", "model-evaluation",
     False),
    ("experience", "Delivered 99% accurate payroll for 300 staff", "model-evaluation", False),
    ("experience", "Made shipping labels 97% accurate, a model for other depots",
     "model-evaluation", False),
]  # fmt: skip

DATASETS: list[Case] = [
    ("experience", "Merged three clinical datasets into one cohort", "data-processing", True),
    ("experience", "Preprocessed and analysed 4 survey datasets", "data-processing", True),
    ("experience", "Parsed two large public datasets of court rulings", "data-processing", True),
    ("projects", "Preprocessed hospital admission datasets for a risk model", "data-processing",
     True),
    ("experience", "Processed 5 datasets of sensor readings", "data-processing", True),
    # Counted things that are not data, and a field named with "processing".
    ("experience", "Cleaned the kitchen and processed 40 daily orders", "data-processing", False),
    ("experience", "Transformed 2 stores into flagship locations", "data-processing", False),
    ("skills", "Computer Vision, Natural Language Processing, Big Data, Statistics",
     "data-processing", False),
    ("skills", "Speech Processing, Big Data", "data-processing", False),
    ("skills", "Data Processing, Big Data", "data-processing", True),
]  # fmt: skip

LAUNCHED: list[Case] = [
    ("experience", "Designed and launched pricing experiments for the demand models",
     "model-deployment", False),
    ("experience", "Launched A/B tests of two ranking models", "model-deployment", False),
    ("experience", "Launched the churn model to production", "model-deployment", True),
    ("experience", "Rolled out the new ranking model to all markets", "model-deployment", True),
]  # fmt: skip

CASES: list[Case] = [*DEEP_KINDS, *ACCURATE_MODELS, *DATASETS, *LAUNCHED]


test_round12_kinds = sentence_test(CASES)


NON_ML_RESUMES: dict[str, list[Section]] = {
    "payroll officer": [
        (
            "experience",
            "Experience",
            "Kept payroll 99% accurate for 300 staff. Merged three payroll systems into one. "
            "Processed 40 expense claims a week and launched a survey for the pension scheme.",
        ),
        ("skills", "Skills", "Excel, Sage, reconciliation"),
    ],
    "marine surveyor": [
        (
            "experience",
            "Experience",
            "Led deep sea surveys of three harbours. Built deep knowledge of tidal models and "
            "launched trials for new buoy models.",
        ),
        ("skills", "Skills", "Sonar, GIS, chart plotting"),
    ],
}


@pytest.mark.parametrize("person", sorted(NON_ML_RESUMES))
def test_look_alikes_outside_ml_show_no_ml_skill(
    builtin_matcher: SkillMatcher, person: str
) -> None:
    assert not ml_skills_shown(builtin_matcher, NON_ML_RESUMES[person]), person
