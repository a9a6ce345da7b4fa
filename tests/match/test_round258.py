"""A two-hundred-and-fifty-eighth round, from the seventeenth session's first two batches:

- "containerised" freight or trade is a ship's cargo, not software in containers;
- "Arma" in a firm's name is no ARMA model: the model is written in capitals, beside time-series
  words or in a list of skills;
- a percentage gain in accuracy is a model's only with a word of model work near (a finance
  report's figures get more accurate too);
- data named and then cleaned "it" or "them" is data cleaned;
- identifying, like detecting, is a recogniser's task that an accuracy is reported for;
- test environments that use models test the software around them, not the models;
- Gemini beside a telescope's instruments or observing nights is the observatory, and GCN beside
  circulars or gamma-ray bursts the astronomers' network, not a language or a graph model.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

EVALUATED = "model-evaluation"
PROCESSED = "data-processing"
FOREST = "• Fit a random forest to churn data"
CASES: list[Case] = [
    ("experience", "• Tracked containerized freight volumes for the port board", "docker", False),
    ("experience", "• Containerized the billing service and its workers", "docker", True),
    ("experience", "Arma Logistics - Senior Analyst (2019-2022)", "statistics", False),
    ("skills", "Time series: ARIMA, ARMA, exponential smoothing", "statistics", True),
    ("experience", "• Fitted ARMA models to hourly load readings", "statistics", True),
    ("experience", "• Rebuilt the finance report: a 12% improvement in accuracy", EVALUATED, False),
    ("experience", "• Retrained the churn classifier, for a 9% gain in precision", EVALUATED, True),
    ("experience", "• Gathered survey data at three clinics and cleaned it in R", PROCESSED, True),
    ("experience", "• Pulled the vendor datasets, deduplicated and merged them", PROCESSED, True),
    ("experience", "• Booked data rooms for the audit; cleaned them weekly", PROCESSED, False),
    ("experience", "- 97% accuracy in invoice fraud identification", EVALUATED, True),
    ("experience", "- Improved stock count accuracy by 15%", EVALUATED, False),
    ("experience", f"{FOREST}\n• Set up test servers that use the churn models", EVALUATED, False),
    ("experience", f"{FOREST}\n• Tested the churn models on a later quarter", EVALUATED, True),
    ("skills", "Observing: Gemini GMOS (12 hours), Keck (4 nights)", "generative-ai", False),
    ("skills", "LLMs: Gemini, Claude, Llama 3", "generative-ai", True),
    ("publications", "• Twelve GCN Circulars on optical transients", "deep-learning", False),
    ("publications", "• Node classification with GCNs on citation graphs", "deep-learning", True),
]  # fmt: skip


test_round258_kinds = sentence_test(CASES)
