"""A two-hundred-and-twenty-fourth round, from the first look at new batches of hold-out sets:

- a model word followed by training, a course or research names what was deployed, which serves
  no model; ML models deployed still do;
- a result in percent beside a task named by its initials (NER, ASR) is a model's score;
- a chatbot deployed with a classifier, a language model or retrieval near is a model served; a
  vendor's chatbot put on a website is not;
- BERT's smaller kin (MobileBERT, DistilBERT) deployed are models deployed.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "• Deployed containerised ML training across two GPU clusters with Slurm",
     "model-deployment", False),
    ("experience", "• Deployed the ML curriculum to twelve partner schools",
     "model-deployment", False),
    ("experience", "• Deployed ML models behind a FastAPI service on Kubernetes",
     "model-deployment", True),
    ("experience", "• Built custom NER for freight invoices → 91% entity accuracy",
     "model-evaluation", True),
    ("experience", "• Shipped ASR for support calls at 88% accuracy",
     "model-evaluation", True),
    ("experience", "• Raised invoice matching accuracy to 97% for the finance team",
     "model-evaluation", False),
    ("experience", "• Deployed a helpdesk chatbot on an intent classifier for 400 tickets a week",
     "model-deployment", True),
    ("experience", "• Deployed the vendor's chatbot on the clinic's booking page",
     "model-deployment", False),
    ("projects", "• Quantised MobileBERT, then deployed MobileBERT on Android for offline replies",
     "model-deployment", True),
]  # fmt: skip


test_round224_kinds = sentence_test(CASES)
