"""A hundred-and-ninety-seventh round, from the first looks at new hold-outs (in-sample):

- machine learning's infrastructure coordinated with another's ("ML and data infrastructure",
  "ML/feature infrastructure") is MLOps, as "ML infrastructure" alone is;
- an ML pipeline that serves inferences or runs at scale is MLOps, as one in production is; a
  modelling pipeline for a study stays modelling.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "• Ran the ML and data platform infrastructure for four product teams", "mlops",
     True),
    ("experience", "• Wrote the ML and data platform onboarding guide", "mlops", False),
    ("experience", "• Built ML pipelines that push inferences to the storefront", "mlops", True),
    ("experience", "• Kept ML pipelines running at scale for the ads team", "mlops", True),
    ("projects", "• An ML pipeline for a churn study in scikit-learn", "mlops", False),
]  # fmt: skip


test_round197_kinds = sentence_test(CASES)
