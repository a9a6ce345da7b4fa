"""An eighteenth round, from the field's own vocabulary and the kinds of error on fresh hold-outs:

- the libraries that train deep networks across many accelerators (DeepSpeed, Horovod,
  Megatron-LM) are deep learning;
- conditional random fields are a learning method ("CRF" alone is also a clinical trial's case
  report form, so only the full name counts);
- a Dice coefficient with its value beside a segmentation is a model's result (Dice is also a
  job board and a game piece);
- a churn model is a predictive model (customer churn reduced by a programme is not);
- Google Cloud's AI services by product name (Dialogflow, Document AI, Cloud Vision) are
  Google Cloud;
- a language model named without "large" is also the n-gram or recurrent model that came before
  LLMs: a word of today's models (pretrained, tuned, prompts, agents, quantized) must be near, or a
  skills list;
- a model deployed whose describing words are coordinated ("speech recognition and translation
  models"), and a learning system named and then said to be hosted ("a machine learning plant
  disease classifier, hosted on Render");
- the stages of a model's life coordinated with monitoring last ("model training, deployment and
  monitoring");
- AdaBoost is a supervised learner; a learning model's noun, then a clause that opens with its
  deployment with the subject left out ("trained a toxicity classifier; deployed it behind ...",
  "deployed as a REST web service"), is model deployment (a spreadsheet's model is not);
- Kafka is data processing only beside a word of data work, in a skills list too (a web stack's
  event bus is not); Firebase's Firestore is not Google Cloud;
- scikit-learn's estimators by class name ("RandomForestClassifier") and boosting algorithms are
  supervised learning; parsing CSVs is data work; "prompt eng" is prompt engineering;
- GitHub as the last item of a list of tools is a tool, not a link; a generative Bayesian model is
  statistics, not generative AI; a data-only verb on counted items of data ("cleaned 3,000+ raw
  tumour samples") is data work; a long word with a letter added ("Refinforcement") is read as
  the lexicon's, as one with a letter dropped or two swapped is; "C++/Python" is two languages;
  performance evaluated beside "trained" alone is a manager's review of staff; Flask among an ML
  stack's Python libraries is the web framework; Malliavin and numerical calculus are calculus.

Every sentence is written for these tests."""

from __future__ import annotations

from analyzer.match.matcher import _join_wrapped_lines
from tests.match.sentences import Case, sentence_test

FIELD_TERMS: list[Case] = [
    ("experience", "Pre-trained a 3B model on 128 GPUs with DeepSpeed ZeRO-3", "deep-learning",
     True),
    ("skills", "Distributed training: Horovod, Megatron-LM", "deep-learning", True),
    ("experience", "Trained conditional random fields to tag addresses in shipping labels",
     "machine-learning-algorithms", True),
    ("experience", "Reviewed CRFs and queries for a phase II oncology trial",
     "machine-learning-algorithms", False),
    ("experience", "Built a churn model for the telecom unit", "machine-learning-algorithms", True),
    ("experience", "Cut customer churn by 8% with a loyalty programme",
     "machine-learning-algorithms", False),
    ("experience", "Built a voice assistant for bookings on Dialogflow CX", "gcp", True),
    ("projects", "Parsed receipts with Google Document AI into a ledger", "gcp", True),
]  # fmt: skip

DICE: list[Case] = [
    ("projects", "Segmented liver lesions on CT with a 3D UNet, Dice 0.91", "model-evaluation",
     True),
    ("experience", "Segmented retinal vessels, reaching a Dice of 0.83 on the test split",
     "model-evaluation", True),
    ("experience", "Recruited 14 engineers through Dice, 3 of them senior", "model-evaluation",
     False),
    ("projects", "Wrote a board game engine that rolls dice 2 at a time", "model-evaluation",
     False),
]  # fmt: skip

LANGUAGE_MODELS: list[Case] = [
    ("experience", "Built an LSTM language model that completes street names in the delivery app",
     "llm-development", False),
    ("experience", "Trained n-gram language models for a keyboard's next-word suggestions",
     "llm-development", False),
    ("experience", "Fine-tuned small language models to answer billing questions",
     "llm-development", True),
    ("experience", "Served open-weight language models with 4-bit quantization on CPUs",
     "llm-development", True),
    ("skills", "Methods: Language Models, Computer Vision", "llm-development", True),
]  # fmt: skip

DEPLOYED: list[Case] = [
    ("experience", "Deployed speech recognition and translation models to edge devices",
     "model-deployment", True),
    ("experience", "Deploys fraud and churn classifiers behind a gRPC service", "model-deployment",
     True),
    ("experience", "Deployed the website and trained models for the shop", "model-deployment",
     False),
    ("experience", "Deployed the new rota and pricing models for the stores", "model-deployment",
     False),
    ("projects", "A machine learning plant disease classifier, hosted on Render with Flask",
     "model-deployment", True),
    ("projects", "Wrote a deep learning triage app for clinics and hosted it on a GPU server",
     "model-deployment", True),
    ("experience", "Hosted a machine learning reading group every week", "model-deployment",
     False),
]  # fmt: skip

MONITORING: list[Case] = [
    ("experience", "Responsible for model deployment, maintenance, and monitoring",
     "model-monitoring", True),
    ("experience", "Owned model training, deployment and monitoring for the fraud team",
     "model-monitoring", True),
    ("experience", "Built the pricing model, dashboards and monitoring", "model-monitoring", False),
    ("experience", "Ran ranking algorithm training, rollout and live monitoring for search",
     "model-monitoring", True),
    ("experience", "Printed 3D models and monitoring rigs for the lab", "model-monitoring", False),
]  # fmt: skip

SECOND_PART: list[Case] = [
    ("projects", "Forecast store revenue with a tuned AdaBoost regressor", "supervised-learning",
     True),
    ("experience", "Trained a toxicity classifier on 40k comments; deployed it behind the forum's "
     "moderation queue", "model-deployment", True),
    ("experience", "Fine-tuned a CNN for leaf disease, 91% accuracy; deployed as a REST web "
     "service", "model-deployment", True),
    ("experience", "Built a staffing model in Excel; deployed to 40 stores", "model-deployment",
     False),
    ("experience", "Redesigned the marketing site and deployed it as a static app on Netlify",
     "model-deployment", False),
    ("skills", "Backend: NestJS, Express, Event-Driven (Kafka, RabbitMQ), Redis", "data-processing",
     False),
    ("skills", "Data engineering: Kafka, Airflow, dbt", "data-processing", True),
    ("skills", "Databases: PostgreSQL, Firebase Firestore, Redis", "gcp", False),
    ("skills", "Google Cloud: Cloud Firestore, Pub/Sub", "gcp", True),
]  # fmt: skip

THIRD_PART: list[Case] = [
    ("projects", "Compared RandomForestClassifier and LogisticRegression baselines",
     "supervised-learning", True),
    ("skills", "Methods: Boosting Algorithms, Clustering", "supervised-learning", True),
    ("experience", "Boosting weekend sales by 20% through new menus", "supervised-learning", False),
    ("experience", "Wrote scripts that parse CSVs from 30 branches into one ledger",
     "data-processing", True),
    ("experience", "Parsed configuration files for the build farm", "data-processing", False),
    ("experience", "Shipped support-bot prompts (prompt eng, evals)", "prompt-engineering", True),
]  # fmt: skip

FOURTH_PART: list[Case] = [
    ("skills", "Developer tools: RStudio, Overleaf/LaTeX, GitHub", "git", True),
    ("projects", "Word Counter | Python, NumPy GitHub", "git", False),
    ("skills", "Statistics: Generative Bayesian Modeling, Survival Analysis", "generative-ai",
     False),
    ("experience", "Trained generative image models for catalogue photos", "generative-ai", True),
    ("experience", "Cleaned 3,000+ raw tumour samples in R before the survival analysis",
     "data-processing", True),
    ("experience", "Prepared 40 samples for mass spectrometry", "data-processing", False),
    ("experience", "Processed 300 orders a day at the front desk", "data-processing", False),
    ("skills", "Methods: Deep Learning, Refinforcement Learning", "reinforcement-learning", True),
    ("skills", "Languages: C++/Python/CUDA", "python", True),
    ("experience", "Onboarded new cashiers, trained them on the till, then evaluated performance "
     "monthly", "model-evaluation", False),
    ("experience", "Fine-tuned a ranking model and evaluated performance on held-out queries",
     "model-evaluation", True),
    ("experience", "Shipped a defect detector (PyTorch, ONNX, Flask, Redis)", "python", True),
    ("experience", "Titrated samples in a 250 ml flask for the assay", "python", False),
    ("publications", "Pricing barrier options with Malliavin calculus", "calculus", True),
    ("experience", "Removed dental calculus and plaque for 30 patients a week", "calculus", False),
]  # fmt: skip

CASES = (
    FIELD_TERMS + DICE + LANGUAGE_MODELS + DEPLOYED + MONITORING + SECOND_PART + THIRD_PART
    + FOURTH_PART
)  # fmt: skip


test_round18_kinds = sentence_test(CASES)


def test_two_labelled_lines_are_two_lists() -> None:
    """A phrase wrapped across lines still matches, but the last word of one labelled list and
    the first of the next ("... AWS" / "AI tools: ...") are no phrase."""
    text = (
        "Cloud: Azure, Terraform, AWS\nAI tools: Copilot, n8n\nNatural Language\nProcessing: NLTK"
    )
    joined = _join_wrapped_lines(text)
    assert joined == (
        "Cloud: Azure, Terraform, AWS\nAI tools: Copilot, n8n Natural Language Processing: NLTK"
    )


def test_a_letter_added_inside_a_long_word_is_a_misspelling() -> None:
    from analyzer.match.spelling import Misspellings

    spelling = Misspellings(frozenset({"reinforcement", "evaluation", "learning"}))
    assert spelling.correction("refinforcement") == "reinforcement"
    assert spelling.correction("evaluattion") == "evaluation"
    assert spelling.correction("yearning") is None  # short, and English
    assert spelling.correction("reinforcement") is None  # spelt right
