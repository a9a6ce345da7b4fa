"""A seventy-second round, from the first looks at this session's hold-outs:

- a web API built with a learning library serves its model ("a Flask endpoint on XGBoost"),
  not the same names in a list of tools;
- the chance of an event a model predicts ("churn probabilities") is no probability theory;
- Vertex AI written as one word is Google Cloud;
- a language model named without "large" in another language is guarded as the English one is
  (the n-gram models of speech recognition were language models too), with the words of its
  tuning in those languages as context;
- and from the second seven: models evaluated in German, whose verb comes last; a regression a
  learning word names (not a software regression); statistics done ("statistically modelled");
  multivariate analysis in German and the Romance languages.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "Flask endpoint on top of LightGBM to rank leads", "model-deployment", True),
    ("projects", "FastAPI service on PyTorch for photo tagging", "model-deployment", True),
    ("skills", "Python, Flask, Django, PyTorch, SQL", "model-deployment", False),
    ("education", "Thesis: predicting churn probabilities for telecom users", "probability", False),
    ("education", "Courses: probability theory, measure theory", "probability", True),
    ("skills", "VertexAI pipelines, Dataform", "gcp", True),
    ("experience", "Entwicklung von Sprachmodellen für Verträge", "llm-development", False),
    ("experience", "Feinabstimmung von Sprachmodellen mit LoRA", "llm-development", True),
    ("experience", "Modèles de langage n-grammes pour la dictée", "llm-development", False),
    ("skills", "Sprachmodelle, PyTorch", "llm-development", True),
    ("projects", "Die Modelle monatlich trainiert und danach bewertet", "model-evaluation", True),
    ("experience", "Modellierung der Lieferkette getestet", "model-evaluation", False),
    ("projects", "Deep learning regression of bone age from X-rays", "supervised-learning", True),
    ("experience", "Tracked down a regression in payments", "supervised-learning", False),
    ("publications", "We statistically model rainfall extremes", "statistics", True),
    ("education", "Multivariate Datenanalyse, Zeitreihen", "statistics", True),
    ("education", "Análisis multivariante y muestreo", "statistics", True),
]  # fmt: skip


test_round72_kinds = sentence_test(CASES)
