"""A fifth round of general rules, from the kinds of error a second hold-out showed, through the
real matcher and the built-in lexicon: chat products and model APIs that a person used are
generative AI, not LLM development; an autoencoder alone is not unsupervised learning; an ML
pipeline is MLOps only in production; prompting named in a contrast is not a claim. Each positive
stands beside look-alikes, and short resumes of people outside ML carry the look-alikes of these
rules and must show no ML skill.

Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from analyzer.match.matcher import SkillMatcher
from analyzer.types import SectionKind
from tests.builders import resume_from_sections
from tests.lexicon.test_matching import matcher, shown
from tests.match.test_field_vocabulary import ml_skills_shown

__all__ = ["matcher"]  # the module's fixture: the built-in lexicon through the real matcher

Case = tuple[SectionKind, str, str, bool]

PRODUCTS_USED: list[Case] = [
    # A product or an API used is generative AI; work on language models is LLM development.
    ("experience", "Used ChatGPT to summarise meeting notes", "llm-development", False),
    ("experience", "Used ChatGPT to summarise meeting notes", "generative-ai", True),
    ("experience", "Built a web app on the Gemini API", "llm-development", False),
    ("experience", "Built a web app on the Gemini API", "generative-ai", True),
    ("experience", "Integrated the Claude API into the intranet", "llm-development", False),
    ("experience", "Called the OpenAI API from a Django app", "llm-development", False),
    ("experience", "Called the OpenAI API from a Django app", "generative-ai", True),
    ("skills", "ChatGPT, Gemini, Claude", "llm-development", False),
    ("skills", "ChatGPT, Gemini, Claude", "generative-ai", True),
    ("projects", "A quiz app that asks Gemini for questions", "llm-development", False),
    ("experience", "Fine-tuned BERT and Llama models for triage", "llm-development", True),
    ("experience", "Built a retrieval chatbot with LangChain", "llm-development", True),
    ("experience", "Evaluated GPT-4 and Claude on extraction tasks", "llm-development", True),
    ("experience", "Prompt pipelines on the OpenAI API with function calling",
     "llm-development", True),
    ("experience", "Developed Gemini models on the pretraining team", "llm-development", True),
    ("experience", "Worked on the development of the ChatGPT project", "llm-development", True),
    ("experience", "Development of the Gemini app's front end", "llm-development", False),
    ("experience", "Used ChatGPT in web development", "llm-development", False),
]  # fmt: skip

AUTOENCODERS: list[Case] = [
    ("experience", "Trained an autoencoder whose latent features fed a price regression",
     "unsupervised-learning", False),
    ("skills", "CNNs, autoencoders, transformers", "unsupervised-learning", False),
    ("skills", "CNNs, autoencoders, transformers", "deep-learning", True),
    ("experience", "Denoising autoencoders for scanned pages", "unsupervised-learning", False),
    ("experience", "Autoencoders for dimensionality reduction of spectra",
     "unsupervised-learning", True),
    ("experience", "Flagged faulty sensors by autoencoder reconstruction error",
     "unsupervised-learning", True),
    ("experience", "An autoencoder trained on unlabelled scans", "unsupervised-learning", True),
]  # fmt: skip

ML_PIPELINES: list[Case] = [
    ("experience", "Built an ML pipeline for churn prediction", "mlops", False),
    ("experience", "Wrote a machine learning pipeline in scikit-learn", "mlops", False),
    ("experience", "Orchestrated ML pipelines with Airflow", "mlops", True),
    ("experience", "Automated retraining in our ML pipelines", "mlops", True),
    ("experience", "Ran machine learning pipelines in production on Vertex", "mlops", True),
    ("experience", "Scheduled the ML pipeline nightly", "mlops", True),
]

CONTRASTS: list[Case] = [
    ("experience", "Fine-tuned a classifier, separate from prompting", "prompt-engineering", False),
    ("experience", "Chose retrieval rather than prompting alone", "prompt-engineering", False),
    ("experience", "Used fine-tuning instead of prompt engineering", "prompt-engineering", False),
    ("experience", "Few-shot prompting for the support model", "prompt-engineering", True),
    ("experience", "Prompting and evaluation of LLM agents", "prompt-engineering", True),
]

CASES = [*PRODUCTS_USED, *AUTOENCODERS, *ML_PIPELINES, *CONTRASTS]


@pytest.mark.parametrize(
    ("section", "text", "skill", "expected"),
    CASES,
    ids=[f"{skill}:{text[:40]}:{expected}" for _, text, skill, expected in CASES],
)
def test_round5_kinds(
    matcher: SkillMatcher, section: SectionKind, text: str, skill: str, expected: bool
) -> None:
    assert (skill in shown(matcher, section, text)) is expected


def test_a_contrast_says_why_prompting_does_not_count(matcher: SkillMatcher) -> None:
    found = matcher.match(
        resume_from_sections(
            [("experience", "Experience", "Tuned the model rather than prompting it")]
        )
    )
    assert [e.accepted for e in found["prompt-engineering"]] == [False]
    assert "rather than prompting" in (found["prompt-engineering"][0].reason or "")


def test_chat_products_used_at_work_are_generative_ai_only(matcher: SkillMatcher) -> None:
    """An office manager who drafts with ChatGPT uses generative AI (the spec counts ChatGPT as its
    evidence) and shows no other ML skill: no LLM development, no prompt engineering."""
    office_manager: list[tuple[SectionKind, str, str]] = [
        (
            "experience",
            "Experience",
            "Used ChatGPT to draft newsletters and Gemini to plan rotas. Built the staff reward "
            "model and the onboarding pipeline; prompting staff to file expenses rather than "
            "prompting them twice.",
        ),
        ("skills", "Skills", "ChatGPT, Microsoft Office, Gemini, bookkeeping"),
    ]
    assert ml_skills_shown(matcher, office_manager) == {"generative-ai"}
