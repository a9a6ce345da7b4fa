"""A sixty-sixth round, from the first looks at this session's hold-outs (industry ML engineers,
academics in other sciences, full-stack engineers, NLP and speech people):

- two tools written with a slash after a script's name ("Vue.js/Keras") are no web address, and
  a tool's name at the end of its line labels no address on the next line (a site's name, as in
  "GitHub" over "github.com/ada", still does);
- a model assessed ("a detector accuracy assessment", "assessed the final classifiers") and a
  model's fairness, robustness or calibration evaluated are model evaluation (an employee's
  performance assessment is not);
- ML services (and their model services) running in production are deployed ones, and so is a
  model, or a model's task beside a word of learning, reached through a REST or gRPC endpoint;
- a line's wrapped tail ("... request quotas and" / "monitoring") is part of that line when the
  window of a context rule asks whether the next line is an item of its own (round 63), so a
  word on the next item no longer vouches for a term at the end of a wrapped line;
- synthetic data made with a language model ("synthetic dialogues from Llama 3") is generative
  AI (text that a model generated and a person only rated is not, as before);
- a dataset's processing and curation, and pipelines that gather or collect data, are data
  processing.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("skills", "Vue.js/Keras\nD3.js/PyTorch", "keras", True),
    ("skills", "Vue.js/Keras\nD3.js/PyTorch", "pytorch", True),
    ("skills", "Libraries: PyTorch\nhttps://example.org/ada/notebooks", "pytorch", True),
    ("projects", "Notebooks, PyTorch: https://example.org/ada/notebooks", "pytorch", False),
    ("projects", "Wrote the detector accuracy assessment for two hospitals", "model-evaluation",
     True),
    ("experience", "Assessed the final classifiers on a year of unseen claims", "model-evaluation",
     True),
    ("experience", "Audited the calibration of our churn models every month", "model-evaluation",
     True),
    ("experience", "Ran the yearly staff performance assessment for 30 nurses", "model-evaluation",
     False),
    ("experience", "Assessed the business model of twelve retail start-ups", "model-evaluation",
     False),
    ("experience", "Kept machine learning classifier services in production for banks",
     "model-deployment", True),
    ("projects", "Spam classifier behind a gRPC endpoint", "model-deployment", True),
    ("projects", "Toxicity detection model: topic classification with HTTP endpoints",
     "model-deployment", True),
    ("projects", "Invoice classification with REST endpoints for the accounts team",
     "model-deployment", False),
    ("projects", "Quiz bot (Django + ML)\nHosted on GCP with request quotas and\nmonitoring\n"
     "ML Ops: nightly retraining", "model-monitoring", False),
    ("projects", "Hosted the ML ranker on GCP with quotas and\nmonitoring\nWeekly reports",
     "model-monitoring", True),
    ("projects", "Made synthetic support dialogues with Llama 3 for the router", "generative-ai",
     True),
    ("experience", "Rated LLM-generated answers for a data-labelling vendor", "generative-ai",
     False),
    ("projects", "Led dataset curation for a sign-language corpus",
     "data-processing", True),
    ("projects", "Wrote a data collection pipeline for weather stations", "data-processing", True),
]  # fmt: skip


test_round66_kinds = sentence_test(CASES)
