"""A two-hundred-and-fifteenth round, from an in-sample look at the undisputed misses left over
all the open hold-out sets:

- anomaly detection as a security product's or a dashboard's feature is no learnt task: the
  task counts in a resume that shows machine learning elsewhere, or beside a word of learning
  or of the machine data a detector learns from;
- a clustering protocol (the one by which a cluster's firewalls or servers share state) is
  infrastructure, not the learning method.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "• Sold a compliance suite: access reviews, audit trails, anomaly detection",
     "unsupervised-learning", False),
    ("experience", "• Set up Grafana alert panels with threshold-based anomaly detection",
     "unsupervised-learning", False),
    ("experience", "• Trained isolation forests for anomaly detection on card transactions",
     "unsupervised-learning", True),
    ("experience", "• Anomaly detection on container logs with a seasonal baseline",
     "unsupervised-learning", True),
    ("projects", "• Set up two firewalls in active-passive mode over their clustering protocol",
     "unsupervised-learning", False),
]  # fmt: skip


test_round215_kinds = sentence_test(CASES)
