"""A fifth round of general rules, from the kinds of error a second hold-out showed, through the
real matcher and the built-in lexicon: chat products and model APIs that a person used are
generative AI, not LLM development; an autoencoder alone is not unsupervised learning; an ML
pipeline is MLOps only in production; prompting named in a contrast is not a claim. And what was
missed: Google Cloud by its products' short names, probability by Markov models, HMMs, Stan and
Bayesian methods, reinforcement learning by RLAIF, RLlib and reward models, evaluation by evals and
LLM judges, CI by its checks and gates (not a confidence interval), and ML served in production
without the model noun. Each positive
stands beside look-alikes, and short resumes of people outside ML carry the look-alikes of these
rules and must show no ML skill.

Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from analyzer.match.matcher import SkillMatcher
from analyzer.types import SectionKind
from tests.builders import resume_from_sections
from tests.match.sentences import (
    Case,
    Section,
    ml_skills_shown,
    sentence_test,
)

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
    ("experience", "Team developing Claude: pretraining data", "llm-development", True),
    ("experience", "Development of the Gemini app's front end", "llm-development", False),
    ("experience", "Used ChatGPT in web development", "llm-development", False),
    ("experience", "Typed ChatGPT prompts to draft letters", "llm-development", False),
    ("skills", "ChatGPT, Prompt Engineering, Excel", "llm-development", False),
    ("skills", "ChatGPT, Prompt Engineering, Excel", "prompt-engineering", True),
    # A chat product's version is still the product.
    ("experience", "Used Claude 3.5 Sonnet to draft reports", "llm-development", False),
    ("experience", "Used Claude 3.5 Sonnet to draft reports", "generative-ai", True),
    ("skills", "GPT-4o, Claude 3.5, Midjourney", "llm-development", False),
    ("experience", "Built a Streamlit app on the GPT-4 API", "llm-development", False),
    ("experience", "Evaluated Claude-3 and Gemini 1.5 on extraction", "llm-development", True),
    ("experience", "Fine-tuned Llama 3 on support transcripts", "llm-development", True),
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

GOOGLE_CLOUD: list[Case] = [
    ("experience", "Ran batch jobs on GCE instances", "gcp", True),
    ("skills", "GCP (GCE, GCS, Cloud Run, Vertex)", "gcp", True),
    ("experience", "Trained models on Vertex and served them from endpoints", "gcp", True),
    ("experience", "Queued work with Cloud Tasks and Pub/Sub", "gcp", True),
    ("experience", "Booked the rooms with Compute Engine VMs", "gcp", True),
    ("education", "GCE A Levels in Maths and Physics", "gcp", False),
    ("experience", "Joined Vertex Pharmaceuticals as a chemist", "gcp", False),
    ("experience", "Shortest paths from each vertex of the graph", "gcp", False),
    ("experience", "Split the project into cloud tasks for the painters", "gcp", False),
]

PROBABILITY: list[Case] = [
    ("experience", "Markovian models of customer churn", "probability", True),
    ("experience", "Hidden Markov models for speech tagging", "probability", True),
    ("experience", "Tagged sequences with an HMM", "probability", True),
    ("experience", "Hierarchical models in Stan with weak priors", "probability", True),
    ("skills", "Bayesian, Python, R", "probability", True),
    ("experience", "Andrei Markov, head of sales", "probability", False),
    ("experience", "Hmm, the HMM line was busy", "probability", False),
    ("experience", "Stan and I ran the shop", "probability", False),
    ("experience", "Bayesian optimization of hyperparameters", "probability", False),
    ("skills", "Bayesian statistics, A/B testing", "probability", False),
    ("experience", "Markov decision processes for stock control", "probability", False),
    ("experience", "Markov decision processes for stock control", "reinforcement-learning", True),
]

REINFORCEMENT: list[Case] = [
    ("experience", "Aligned the assistant with RLAIF", "reinforcement-learning", True),
    ("experience", "Trained agents with RLlib", "reinforcement-learning", True),
    ("experience", "Actor critic and TRPO baselines", "reinforcement-learning", True),
    ("experience", "Trained a reward model from preference data", "reinforcement-learning", True),
    ("experience", "GRPO on math problems", "reinforcement-learning", True),
    ("experience", "Designed the staff reward model for the sales team",
     "reinforcement-learning", False),
]  # fmt: skip

EVALS: list[Case] = [
    ("experience", "Built eval suites for the support assistant", "model-evaluation", True),
    ("experience", "Wrote evals for the summarization model", "model-evaluation", True),
    ("experience", "Scored answers with LLM-as-a-judge", "model-evaluation", True),
    ("experience", "Kept eval sets for every classifier", "model-evaluation", True),
    ("experience", "Compared model benchmarks across vendors", "model-evaluation", True),
    ("experience", "Ran benchmarks of the models on public datasets", "model-evaluation", True),
    ("experience", "Built evaluation sets for the retrieval models", "model-evaluation", True),
    ("experience", "Benchmarks of the new ovens", "model-evaluation", False),
    ("experience", "Evaluations of the care models in wards", "model-evaluation", False),
    ("experience", "Collected course evals from 300 students", "model-evaluation", False),
    ("experience", "Ran performance evals for the nursing team", "model-evaluation", False),
]

CI: list[Case] = [
    ("experience", "Fixed failing CI checks before each release", "ci-cd", True),
    ("experience", "Added linting to the CI/test gates", "ci-cd", True),
    ("experience", "Moved the CI runners to ARM", "ci-cd", True),
    ("experience", "Reported a 95% CI for the lift", "ci-cd", False),
    ("experience", "A 95% CI of 2 to 5 points on the test", "ci-cd", False),
    ("experience", "Reported the CI for each test group", "ci-cd", False),
    ("experience", "Unit tests in CI for every merge", "ci-cd", True),
    ("experience", "CI and integration tests on GitHub", "ci-cd", True),
    ("experience", "Kept CI green for the monorepo", "ci-cd", True),
    ("experience", "Ran hypothesis tests in CI form", "ci-cd", False),
    ("experience", "A 95% CI and unit root tests", "ci-cd", False),
]

PRODUCTION_ML: list[Case] = [
    ("experience", "Production ML systems serving 10M requests a day", "model-deployment", True),
    ("experience", "Ran ML services in production", "model-deployment", True),
    ("experience", "Ran ML services in production", "mlops", True),
    ("experience", "ML services serving 2M requests a day", "model-deployment", True),
    ("experience", "Production machine learning services for search", "model-deployment", True),
    ("experience", "Exposed inference endpoints on SageMaker", "model-deployment", True),
    ("experience", "Production support for the ERP system", "model-deployment", False),
    ("experience", "ML systems that the team reviewed", "model-deployment", False),
    ("experience", "Production planning system for the bakery", "mlops", False),
]

CASES = [
    *PRODUCTS_USED,
    *AUTOENCODERS,
    *ML_PIPELINES,
    *CONTRASTS,
    *GOOGLE_CLOUD,
    *PROBABILITY,
    *REINFORCEMENT,
    *EVALS,
    *CI,
    *PRODUCTION_ML,
]


test_round5_kinds = sentence_test(CASES)


def test_a_contrast_says_why_prompting_does_not_count(builtin_matcher: SkillMatcher) -> None:
    found = builtin_matcher.match(
        resume_from_sections(
            [("experience", "Experience", "Tuned the model rather than prompting it")]
        )
    )
    assert [e.accepted for e in found["prompt-engineering"]] == [False]
    assert "rather than prompting" in (found["prompt-engineering"][0].reason or "")


def test_chat_products_used_at_work_are_generative_ai_only(builtin_matcher: SkillMatcher) -> None:
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
    assert ml_skills_shown(builtin_matcher, office_manager) == {"generative-ai"}


NON_ML_RESUMES: dict[str, list[Section]] = {
    "teacher": [
        (
            "experience",
            "Experience",
            "Collected course evals each term and reported a 95% CI for the survey. Stan and I "
            "ran the chess club. Designed the house reward model for good behaviour. Passed GCE "
            "A levels in physics.",
        ),
        ("skills", "Skills", "Lesson planning, Google Classroom, safeguarding"),
    ],
    "facilities manager": [
        (
            "experience",
            "Experience",
            "Production support for the building management system. Split refurbishment into "
            "cloud tasks for each contractor. Performance evals for 12 staff; Vertex Group "
            "supplier.",
        ),
        ("skills", "Skills", "Budgeting, health and safety, vendor management"),
    ],
}


@pytest.mark.parametrize("person", sorted(NON_ML_RESUMES))
def test_look_alikes_outside_ml_show_no_ml_skill(
    builtin_matcher: SkillMatcher, person: str
) -> None:
    assert not ml_skills_shown(builtin_matcher, NON_ML_RESUMES[person]), person
