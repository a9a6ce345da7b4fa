"""A forty-second round, from four fresh blind hold-outs kept sealed through the fortieth and
forty-first rounds and answered after their first look:

- an error share beside a held-out split, not beside any test (a load test's error rate is
  a server's), and beside speech work (diarization, transcription);
- work still to come ("will be working on ...") is not work done;
- "92% of accuracy"; churn prediction as a supervised task; a model exposed or served as an API;
  computer vision or NLP software deployed; a CNN beside pose regression or its parameters;
  "google-cloud"; statistical experimentation.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "Load testing of the checkout showed a 0.1% error rate at peak traffic",
     "model-evaluation", False),
    ("experience", "Reached a 2% error on the unseen split of the corpus", "model-evaluation",
     True),
    ("experience", "Cut the speaker diarization error rate by 3% on call audio", "model-evaluation",
     True),
    ("experience", "Will be working on sentiment analysis of product reviews with BERT",
     "supervised-learning", False),
    ("experience", "Built BERT sentiment analysis of reviews; will be working on search next",
     "supervised-learning", True),
    ("projects", "The classifier reached 92% of accuracy on scanned forms", "model-evaluation",
     True),
    ("experience", "Owned the churn prediction work for the telecom unit", "supervised-learning",
     True),
    ("experience", "Our trained churn model, exposed as a REST API for the CRM",
     "model-deployment", True),
    ("experience", "The pricing model was published as a web service for the sales desk",
     "model-deployment", False),
    ("experience", "Developing and deploying computer vision software for factory lines",
     "model-deployment", True),
    ("projects", "Compact CNN pose regression with few parameters", "deep-learning", True),
    ("experience", "CNN and BBC interviews about the product launch", "deep-learning", False),
    ("skills", "Docker, google-cloud, Terraform", "gcp", True),
    ("experience", "Ran statistical experimentation for the pricing team", "statistics", True),
]  # fmt: skip


test_round42_kinds = sentence_test(CASES)
