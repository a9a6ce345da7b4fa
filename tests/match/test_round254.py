"""A two-hundred-and-fifty-fourth round, from the fifteenth session's first four batches:

- a model that watches sensors, patients, crops or traffic is no model watched: monitoring them,
  as the verb's object, is not model monitoring, as "patient monitoring" already was not;
- a trained model said to be integrated into an app ("the classifier was embedded in the web
  app") is a model put in a product, as "integrated the model into the app" is;
- a speech recognition (ASR) or understanding (NLU) system deployed is a learned system
  deployed, as a recognition system is;
- records normalized or standardized to one form are data processed (tables normalized are a
  database's design, and a normalized log-likelihood is a number);
- a media streaming pipeline carries video to viewers: it processes no data, as a streaming
  pipeline of events does.

And a two-hundred-and-fifty-fifth, from the same batches: data processed, parsed or cleaned is data
work however many words describe it ("processed large-scale ESA radar data"), as long as
no preposition or list stands between.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

MONITORED = "model-monitoring"
DEPLOYED = "model-deployment"
PROCESSED = "data-processing"
CASES: list[Case] = [
    ("projects", "• ML model flags falls in care homes by monitoring sensors", MONITORED, False),
    ("projects", "• Trained a CNN to monitor crops from drone images of farms", MONITORED, False),
    ("experience", "• Classifier that monitored patients for sepsis risk", MONITORED, False),
    ("experience", "• Set up monitoring of the ML inference service", MONITORED, True),
    ("projects", "• The ML model was integrated into a booking web app", DEPLOYED, True),
    ("projects", "• Our churn classifier was embedded in the CRM platform", DEPLOYED, True),
    ("projects", "• The pricing model was integrated into a spreadsheet", DEPLOYED, False),
    ("experience", "• Deployed a call-centre ASR system on GPUs for three banks", DEPLOYED, True),
    ("experience", "• Deploying an NLU service for the in-car voice assistant", DEPLOYED, True),
    ("experience", "• Wrote crawlers that fetch and normalize tenancy records", PROCESSED, True),
    ("experience", "• Standardised the postal addresses of 60k donors", PROCESSED, True),
    ("experience", "• Designed normalized tables for an invoicing schema", PROCESSED, False),
    ("projects", "• Reported the normalized log-likelihood of each sampler", PROCESSED, False),
    ("experience", "• Built media streaming pipelines with FFmpeg and WebRTC", PROCESSED, False),
    ("experience", "• Built streaming pipelines of click events in Flink", PROCESSED, True),
    ("projects", "• Processed large-scale ESA/JAXA radar data", PROCESSED, True),
    ("experience", "• Parsed the broker's raw intraday tick data each night", PROCESSED, True),
    ("experience", "• Processed refunds for the shop and its data team", PROCESSED, False),
    ("experience", "• Cleaned the office kitchen; entered data into the CRM", PROCESSED, False),
]  # fmt: skip


test_round254_kinds = sentence_test(CASES)
