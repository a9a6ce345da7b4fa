"""A thirty-third round, from the general kinds among the errors of the six hold-outs first scored
on the thirty-second (h136, h138, h139, h144-h146): BERT's small, distilled models are language
models; more of the statistician's named tests (Mann-Kendall, Kolmogorov-Smirnov, Shapiro-Wilk)
and statistical sampling; a model evaluated in a way the field names ("automated evaluation",
"robustness testing") or after its feature work; data processing beside a framework, an engine or
a map's data.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "Distilled the reranker into TinyBERT for the phone app", "llm-development",
     True),
    ("skills", "Embeddings: MiniLM, MobileBERT", "llm-development", True),
    ("experience", "Checked river flow trends with Mann-Kendall tests", "statistics", True),
    ("experience", "Compared the two samples with a Kolmogorov-Smirnov test", "statistics", True),
    ("experience", "Used statistical sampling to audit supplier invoices", "statistics", True),
    ("experience", "Set up LLM automated evaluation for the support bot", "model-evaluation",
     True),
    ("experience", "Led model robustness testing before each release", "model-evaluation", True),
    ("experience", "Ran model tuning, feature engineering and evaluation for pricing",
     "model-evaluation", True),
    ("experience", "Warehouse work: dimensional modeling with automated testing",
     "model-evaluation", False),
    ("experience", "Maintained the county's geospatial data processing service",
     "data-processing", True),
    ("experience", "Clerk for data processing of the parish records", "data-processing", False),
]  # fmt: skip


test_round33_kinds = sentence_test(CASES)
