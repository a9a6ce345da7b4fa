"""A hundred-and-forty-eighth round, from written probes (no hold-out): a language model named by
its family and evaluated ("benchmarked Llama 3 against GPT-4o") is model evaluation; a model rolled
out with "out" after it ("rolled the churn model out to 10% of traffic") is deployed, as one with
"out" before it was; a sample size calculated for an experiment is statistics.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "• Benchmarked Llama 3 against GPT-4o on 400 support questions",
     "model-evaluation", True),
    ("experience", "• Evaluated Mistral-7B on the team's legal QA set", "model-evaluation", True),
    ("experience", "• Compared Gemini and Coinbase trading fees for the treasury",
     "model-evaluation", False),
    ("experience", "• Rolled the new churn model out to 10% of traffic", "model-deployment", True),
    ("experience", "• Rolled the new operating model out across finance", "model-deployment",
     False),
    ("experience", "• Ran sample size calculations for every pricing experiment", "statistics",
     True),
]  # fmt: skip


test_round148_kinds = sentence_test(CASES)
