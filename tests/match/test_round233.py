"""A two-hundred-and-thirty-third round, from the second batch of the ninth session on this
machine:

- steps of processing chained in a pipeline's or a workflow's name are data processing when a
  cleaning step is among them (first or after others); a cleaning pipeline alone, or a build,
  test and deploy pipeline, is not;
- benchmarking algorithms that compute an answer rather than learn one (optimisation, sorting,
  scheduling, routing) evaluates no model; boosting algorithms benchmarked still do;
- "py3" is Python 3 in short.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "Wrote a normalise/impute/merge pipeline for hospital ward exports",
     "data-processing", True),
    ("projects", "Built an extract → clean → load workflow for the shop's orders",
     "data-processing", True),
    ("projects", "Designed a parse, dedup and store pipeline keeping the newest listing",
     "data-processing", True),
    ("experience", "• Inspected the cleaning pipeline of the refinery's crude unit",
     "data-processing", False),
    ("projects", "Kept the build/test/deploy pipeline green for our iOS app",
     "data-processing", False),
    ("projects", "Benchmarked sorting and scheduling algorithms written in C++ as coursework",
     "model-evaluation", False),
    ("projects", "Compared vehicle routing algorithms and evaluated optimisation algorithms",
     "model-evaluation", False),
    ("experience", "• Benchmarked scheduling algorithms for a deep learning cluster's job queue",
     "model-evaluation", False),
    ("projects", "Evaluated global optimization algorithms for tuning machine learning pipelines",
     "model-evaluation", False),
    ("projects", "Benchmarked three gradient boosting algorithms on loan default data by AUC",
     "model-evaluation", True),
    ("skills", "Languages: Rust, py3, Bash", "python", True),
]  # fmt: skip


test_round233_kinds = sentence_test(CASES)
