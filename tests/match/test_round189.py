"""A hundred-and-eighty-ninth round, from the first looks at new hold-outs (in-sample):

- data processed by the count of its records, rows or events ("a service processing 2 million
  rows a day") is data processing beside a system that does it, not a clerk's records;
- the infrastructure machine learning runs on, deployed, is MLOps work and no model deployed;
- a production RAG, GenAI or NLP system is a model put to serve, as a production ML system is.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "• Wrote Go workers for the billing service, processing 4,500+ events a minute",
     "data-processing", True),
    ("experience", "• Front desk: processed 200 patient records daily for the clinic",
     "data-processing", False),
    ("experience", "• Owned deployment of GPU deep learning infrastructure for the labs",
     "model-deployment", False),
    ("experience", "• Rolled out the deep learning infrastructure for the research teams",
     "mlops", True),
    ("experience", "• Ran the production NLP service that tags support tickets", "model-deployment",
     True),
]  # fmt: skip


test_round189_kinds = sentence_test(CASES)
