"""An eleventh, short round of general rules, from the undisputed errors of four hold-outs: plural
headings of the experience section in plain text; the plurals of continuous integration; tree
search is planning, not reinforcement learning; a conference named for AI and statistics and the
name of Amazon's AI research organisation as an employer are names, not skills; learned models
offered as web services or APIs are models deployed, whatever names stand between the verb and
the model, and so is the field itself deployed; Seldon as a surname is no serving platform;
z-tests are statistics and PL/pgSQL is SQL; Azure's exams by their codes are Azure; "Generative Deep
Learning" is a course of generative AI; "deep" among learning kinds sharing one "learning" is deep
learning. Each positive stands beside look-alikes, and short resumes
of people outside ML carry the look-alikes and must show no ML skill.

Every sentence and resume is written for these tests."""

from __future__ import annotations

import pytest

from analyzer.extract import extract_text
from analyzer.match.matcher import SkillMatcher
from tests.match.sentences import (
    Case,
    Section,
    ml_skills_shown,
    sentence_test,
)

# ----------------------------------------------------------------- plural experience headings

PLURAL_HEADINGS = (
    "Mei Tanaka\nmei@example.org\n\n"
    "Skills\n"
    "Python, SQL\n\n"
    "Education\n"
    "BSc Computer Science, Harbour University, 2018 - 2022\n\n"
    "Work Experiences\n"
    "Data Analyst, Lantern Logistics, 2022 - 2024\n"
    "Built dashboards of parcel volumes for the operations team\n\n"
    "Research Experiences\n"
    "Research Assistant, Vision Lab, 2021\n"
    "Labelled drone images for a detection study\n"
)


@pytest.mark.parametrize("heading", ["Work Experiences", "Research Experiences"])
def test_plural_experience_headings_open_the_experience_section(heading: str) -> None:
    sections = [(s.kind, s.heading) for s in extract_text(PLURAL_HEADINGS).sections]

    assert ("experience", heading) in sections
    assert ("education", "Education") in sections


def test_a_job_bullet_under_a_plural_heading_is_not_education() -> None:
    resume = extract_text(PLURAL_HEADINGS)
    [education] = [s for s in resume.sections if s.kind == "education"]
    education_text = resume.text[education.start : education.end]

    assert "Lantern Logistics" not in education_text
    assert "Harbour University" in education_text


# ---------------------------------------------------------------------------- sentence cases

CONTINUOUS_INTEGRATIONS: list[Case] = [
    ("experience", "Set up automated testing and continuous integrations for the mobile app",
     "ci-cd", True),
    ("experience", "Owned the continuous deployments of twelve services", "ci-cd", True),
    # Integrations alone are connections between systems.
    ("experience", "Built payment integrations with three banks", "ci-cd", False),
    ("experience", "Continuous improvement of the warehouse integrations", "ci-cd", False),
]  # fmt: skip

TREE_SEARCH: list[Case] = [
    ("projects", "Monte Carlo tree search for a board game", "reinforcement-learning", False),
    ("projects", "Monte Carlo tree search for a board game", "probability", False),
    ("projects", "Monte Carlo simulation of portfolio losses", "probability", True),
    ("projects", "MCTS planner for a card game", "reinforcement-learning", False),
    # Tree search beside a learned policy's training is RL by the training's own words.
    ("projects", "Trained a policy network with reinforcement learning and MCTS self-play",
     "reinforcement-learning", True),
    ("projects", "Q-learning agent for a grid world", "reinforcement-learning", True),
]  # fmt: skip

NAMES_NOT_SKILLS: list[Case] = [
    ("publications",
     "Smith, J. Sparse priors for kernels. International Conference on Artificial Intelligence "
     "and Statistics, 2023.", "statistics", False),
    # A statistical method in the paper's own title still counts.
    ("publications",
     "Smith, J. Bayesian hypothesis testing for kernels. Conference on Artificial Intelligence "
     "and Statistics, 2023.", "statistics", True),
    ("education", "MSc Statistics, Harbour University", "statistics", True),
    ("experience", "Applied Scientist Intern, Amazon AWS AI -- Seattle, WA | 2023", "aws", False),
    ("experience", "Applied Scientist Intern, Amazon AWS AI -- Seattle, WA | 2023",
     "aws-machine-learning", False),
    ("experience", "Research Intern, AWS AI Labs, Santa Clara | 2022", "aws", False),
    # The services themselves are used.
    ("experience", "Built document search on AWS AI services (Textract, Comprehend)",
     "aws-machine-learning", True),
    ("experience", "Moved the billing jobs to AWS Lambda and S3", "aws", True),
]  # fmt: skip

MODELS_AS_SERVICES: list[Case] = [
    ("experience", "Adapted and deployed two segmentation models as web services using Docker",
     "model-deployment", True),
    ("experience", "Adapted and deployed two segmentation models as web services using Docker",
     "mlops", True),
    ("experience", "Served the churn classifier as a REST API for the billing team",
     "model-deployment", True),
    ("experience", "Exposed the ranking models as gRPC endpoints", "model-deployment", True),
    # A website or a data model offered as a service is not a learned model deployed.
    ("experience", "Deployed the booking website as a web service on IIS", "model-deployment",
     False),
    ("experience", "Published the warehouse data models as web services", "model-deployment",
     False),
    ("experience", "Sold software as a service to dental clinics", "model-deployment", False),
    # The field itself deployed is its models deployed; its courses deployed are teaching.
    ("experience", "Led the deployment of machine learning across the plant", "model-deployment",
     True),
    ("experience", "Deployment of distributed deep learning on Kubernetes", "mlops", True),
    ("experience", "Deployment of learning management systems for schools", "model-deployment",
     False),
    ("experience", "Deployment of machine learning courses for new staff", "model-deployment",
     False),
    # Seldon is also a surname: a firm named for it is no serving platform.
    ("experience", "Researcher, Marion Seldon Ltd, 2017 - 2019", "model-deployment", False),
    ("experience", "Served models on Kubernetes with Seldon Core", "model-deployment", True),
    ("skills", "Seldon, KServe, BentoML", "model-deployment", True),
]  # fmt: skip

FIELD_NAMES: list[Case] = [
    ("experience", "Compared conversion rates with two-proportion z-tests", "statistics", True),
    ("experience", "Ran a z-test on the cohorts' mean spend", "statistics", True),
    ("experience", "Ran load tests on the checkout service", "statistics", False),
    ("skills", "PL/pgSQL, Bash", "sql", True),
    ("skills", "Bash, PowerShell", "sql", False),
    ("certifications", "AZ-900, DP-900", "azure", True),
    ("certifications", "AWS Certified Cloud Practitioner", "azure", False),
    ("education", "Generative Deep Learning (graduate course)", "generative-ai", True),
    ("education", "Deep Learning (graduate course)", "generative-ai", False),
    # "deep" in a list of learning kinds that share one "learning".
    ("education", "Coursework: Machine, Deep, and Reinforcement Learning", "deep-learning", True),
    ("education", "Coursework: ML, Deep & Transfer Learning", "deep-learning", True),
    ("experience", "Machine shop, deep sea and reinforcement learning of workers",
     "deep-learning", False),
]  # fmt: skip

CASES: list[Case] = [
    *CONTINUOUS_INTEGRATIONS,
    *TREE_SEARCH,
    *NAMES_NOT_SKILLS,
    *MODELS_AS_SERVICES,
    *FIELD_NAMES,
]


test_round11_kinds = sentence_test(CASES)


NON_ML_RESUMES: dict[str, list[Section]] = {
    "game developer": [
        (
            "experience",
            "Experience",
            "Wrote the Monte Carlo tree search opponent of a chess app. Deployed the game's "
            "website as a web service. Set up continuous integrations for the build farm.",
        ),
        ("skills", "Skills", "C++, Unity, Jenkins"),
    ],
    "events coordinator": [
        (
            "experience",
            "Experience",
            "Organised the registration desk of the International Conference on Artificial "
            "Intelligence and Statistics. Sold event software as a service to venues.",
        ),
        ("skills", "Skills", "Excel, Eventbrite, negotiation"),
    ],
}


@pytest.mark.parametrize("person", sorted(NON_ML_RESUMES))
def test_look_alikes_outside_ml_show_no_ml_skill(
    builtin_matcher: SkillMatcher, person: str
) -> None:
    assert not ml_skills_shown(builtin_matcher, NON_ML_RESUMES[person]), person
