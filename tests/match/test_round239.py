"""A two-hundred-and-thirty-ninth round, from the misses of the eleventh session's open hold-outs:

- a regression named by its design ("piecewise", "segmented") is a statistical analysis;
- a result reported below its significance level ("p < 0.01") is statistics, but not "p = 0.5",
  which is as often a dropout's rate;
- a neural network made to estimate or compute a quantity is a predictive model (ML algorithms),
  while a model "to estimate" alone may be a statistician's;
- a network made to write or compose is a generative model, and a network made to generate
  numbers is not;
- MCP servers beside Claude make it the model, not a first name;
- F1 beside races, laps or telemetry is the racing series, even in a skills section.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

STATS = "statistics"
ML = "machine-learning-algorithms"
GENAI = "generative-ai"
EVALUATION = "model-evaluation"
CASES: list[Case] = [
    ("experience", "• Fitted piecewise linear regression to stage tilt readings", STATS, True),
    ("experience", "• Used segmented regression to date the change in river levels", STATS, True),
    ("experience", "• The redesign lifted weekly sign-ups (p < 0.01) across regions", STATS, True),
    ("experience", "• Mean wait fell by a third (p ≤ .05) after the triage change", STATS, True),
    ("projects", "Image tagger in PyTorch with dropout (p = 0.5) on the last layer", STATS, False),
    ("projects", "Built a neural net that estimates binding energies", ML, True),
    ("projects", "A neural net that approximates the heat solver in milliseconds", ML, True),
    ("experience", "• Set up a model to estimate how price moves demand", ML, False),
    ("projects", "Trained a recurrent network to write short film scripts", GENAI, True),
    ("projects", "An LSTM that composes piano melodies from a seed phrase", GENAI, True),
    ("projects", "Trained an LSTM to generate synthetic sensor readings", GENAI, False),
    ("experience", "• Wrote MCP servers and Claude plugins for the support team", GENAI, True),
    ("experience", "• Thanked by Claude, the head of support, for the new roster", GENAI, False),
    ("skills", "Projects: Pit Wall: a telemetry viewer in Go for the F1 game", EVALUATION, False),
    ("skills", "Projects: Lap Board: charts of F1 lap times in React", EVALUATION, False),
    ("skills", "Metrics: F1, precision, recall", EVALUATION, True),
]  # fmt: skip


test_round239_kinds = sentence_test(CASES)
