"""A fourteenth, short round of general rules, from the undisputed errors of three hold-outs (three
more measured it unseen): ECR is Amazon's container registry only beside containers or AWS (it is
also an early-career researcher); "prompting" that causes something ("prompting the need for") is
no prompt written; the hyphenated "pre-processed" is the data verb it spells. (Compounds of one
letter broken at a line end, "t-" + "tests", keep their hyphen: tests/extract/test_normalize.py.)
Each positive stands beside look-alikes, and short resumes of people outside ML carry the
look-alikes and must show no ML skill.

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

REGISTRY: list[Case] = [
    ("experience", "Pushed the service images to ECR and ran them on Fargate", "aws", True),
    ("skills", "ECR, ECS, Lambda", "aws", True),
    ("other", "ECR Travel Grant of the faculty, 2024", "aws", False),
    ("experience", "Mentored ECR staff in the biology department", "aws", False),
]  # fmt: skip

PROMPTING_AS_CAUSING: list[Case] = [
    ("experience", "Rising model sizes, prompting the need for compression research",
     "prompt-engineering", False),
    ("experience", "Audit findings on the models, prompting a review of the process",
     "prompt-engineering", False),
    ("experience", "Designed few-shot prompting for the support assistant", "prompt-engineering",
     True),
    ("skills", "Prompting, RAG, LangChain", "prompt-engineering", True),
]  # fmt: skip

PRE_PROCESSED: list[Case] = [
    ("experience", "Pre-processed the speech corpus for the recogniser", "data-processing", True),
    ("projects", "Court rulings Pre-Processed for Topic Modelling", "data-processing", True),
    ("experience", "Pre-processing of raw MRI scans before segmentation", "data-processing", True),
    # Orders and payments pre-processed are a clerk's.
    ("experience", "Pre-processed the orders for shipping", "data-processing", False),
    ("experience", "Pre-processed refund claims for the finance team", "data-processing", False),
]  # fmt: skip

CASES: list[Case] = [*REGISTRY, *PROMPTING_AS_CAUSING, *PRE_PROCESSED]


test_round14_kinds = sentence_test(CASES)


NON_ML_RESUMES: dict[str, list[Section]] = {
    "research administrator": [
        (
            "experience",
            "Experience",
            "Ran the ECR Travel Grant scheme. New rules on research data, prompting the need for "
            "a training day. Pre-processed the grant claims for the finance team.",
        ),
        ("skills", "Skills", "Excel, grant writing, minute taking"),
    ],
}


@pytest.mark.parametrize("person", sorted(NON_ML_RESUMES))
def test_look_alikes_outside_ml_show_no_ml_skill(
    builtin_matcher: SkillMatcher, person: str
) -> None:
    assert not ml_skills_shown(builtin_matcher, NON_ML_RESUMES[person]), person
