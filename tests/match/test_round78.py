"""A seventy-eighth round, from the first looks at the session's third eight hold-outs:

- a support vector machine's chi-squared kernel is no statistical test;
- a vendor's hosted inference API called from an app (Hugging Face's) deploys no model of the
  person's;
- a model named in an aside that closes before "deployed" is not the thing deployed;
- "unsupervised" beside training words is learning without labels.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "Gait recognition: SVM with a chi-squared kernel", "statistics", False),
    ("projects", "Compared groups with chi-squared tests", "statistics", True),
    ("projects", "Called the Hugging Face Inference API", "model-deployment", False),
    ("projects", "Served the captioning model behind a REST endpoint", "model-deployment", True),
    ("summary", "Ships apps (chat, LLM evals) and deployed web shops", "model-deployment", False),
    ("summary", "The ranking models were retrained and deployed weekly", "model-deployment", True),
    ("projects", "Ran unsupervised training on 40k clips", "unsupervised-learning", True),
    ("experience", "Worked unsupervised on weekend shifts", "unsupervised-learning", False),
]  # fmt: skip


test_round78_kinds = sentence_test(CASES)
