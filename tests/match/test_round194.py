"""A hundred-and-ninety-fourth round, from the first looks at new hold-outs (in-sample):

- "classified" beside "unclassified" (or the military's SIPRNet and NIPRNet) is a secret kept, not
  things sorted by a model;
- Power BI's and Microsoft Fabric's dataflows are no Google Cloud Dataflow, even in a skills list;
- Amazon Athena by its own name is an SQL engine, beside its neighbours among the data stores;
- "multi layer perceptron" written apart is a neural network;
- data shared out as "70% training / 30% validation" is a model scored on what it did not see.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "• Kept the wing's classified and unclassified servers patched",
     "supervised-learning", False),
    ("experience", "• Classified support tickets by urgency with a fine-tuned BERT model",
     "supervised-learning", True),
    ("skills", "Reporting: Power Query, DAX, Dataflow, Power Apps", "gcp", False),
    ("skills", "Microsoft: Power Automate, SharePoint, Excel, Dataflow", "gcp", False),
    ("skills", "Cloud: BigQuery, Dataflow, Pub/Sub", "gcp", True),
    ("experience", "• Queried the clickstream tables in Athena over Parquet files", "sql", True),
    ("projects", "• Athena: a chat app for a student hall, written in React", "sql", False),
    ("other", "• Multi layer perceptron for forecasting crop yields, course paper", "deep-learning",
     True),
    ("projects", "• Shared the labelled scans out 75% training / 25% validation",
     "model-evaluation", True),
    ("experience", "• Coaching hours shared 60% training / 40% admin each season",
     "model-evaluation", False),
]  # fmt: skip


test_round194_kinds = sentence_test(CASES)
