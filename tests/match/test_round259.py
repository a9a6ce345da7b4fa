"""A two-hundred-and-fifty-ninth round, from the eighteenth session's first batch:

- Monte Carlo beside the pricing of derivatives is finance's use of the method;
- a DNN (a deep net) served, or serving DNNs, is a model deployed;
- a model that watches roads, bridges, forests or pollution does the monitoring: it is not a
  model being monitored;
- data processed "to" a purpose is data processed, however it is described;
- a classification service or API is a model served;
- a correlation between two things, explored or measured, is a statistical analysis;
- a modelling pipeline run "at scale" is an analysis over many records, not ML in production.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

DEPLOYED = "model-deployment"
MONITORED = "model-monitoring"
PROCESSED = "data-processing"
CASES: list[Case] = [
    ("experience", "• Priced barrier options with Monte Carlo paths on GPUs", "probability", True),
    ("experience", "• Monte Carlo valuation of the desk's exotic derivatives", "probability", True),
    ("projects", "• Low-latency DNN serving on shared GPUs", DEPLOYED, True),
    ("projects", "• Scheduler for serving DNNs under tight latency targets", DEPLOYED, True),
    ("experience", "• Tuned the pothole classifier in our road monitoring app", MONITORED, False),
    ("experience", "• Ran an ML classifier for wildfire monitoring by drone", MONITORED, False),
    ("experience", "• Set up monitoring of the ML classifier's drift in prod", MONITORED, True),
    ("experience", "• Cron job to process nightly payroll ledger data", PROCESSED, True),
    ("experience", "• Wrote scripts to process refunds for data plan customers", PROCESSED, False),
    ("projects", "• Go backend exposing a classification service to the app", DEPLOYED, True),
    ("projects", "• Go backend exposing a booking service to the app", DEPLOYED, False),
    ("projects", "• Examined the correlation between sleep and exam marks", "statistics", True),
    ("projects", "• Removed the correlation between adjacent features", "statistics", False),
    ("experience", "• Ran topic-modelling pipelines over clinic notes at scale", "mlops", False),
    ("experience", "• Built topic-modelling pipelines, scheduled in Airflow", "mlops", True),
]  # fmt: skip


test_round259_kinds = sentence_test(CASES)
