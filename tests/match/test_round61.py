"""A sixty-first round, from the first looks at this session's hold-outs of engineers who moved
into LLM work:

- a retrieval-augmented system's answers scored (faithfulness, groundedness, answer relevancy,
  context precision and recall) and the tools that score them (Ragas, TruLens, promptfoo) are
  model evaluation, beside words of retrieval, language models or their evaluation (a person's
  faithfulness and the ragas of Indian music are not);
- a predictive model named by what it predicts ("predictive maintenance models") is machine
  learning (a maintenance programme and model predictive control are not);
- a model's quality tracked where it runs ("accuracy tracking for deployed models") is model
  monitoring.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "Raised groundedness of the support bot's retrieval answers",
     "model-evaluation", True),
    ("experience", "Nightly Ragas runs on the retrieval pipeline", "model-evaluation", True),
    ("skills", "Evaluation: TruLens, promptfoo", "model-evaluation", True),
    ("summary", "Valued by clients for faithfulness, tact and discretion", "model-evaluation",
     False),
    ("other", "Trained in Hindustani ragas since childhood", "model-evaluation", False),
    ("experience", "Built predictive churn-risk models for the telecom accounts",
     "machine-learning-algorithms", True),
    ("experience", "Scheduled the predictive maintenance programme for the fleet",
     "machine-learning-algorithms", False),
    ("experience", "Accuracy tracking for deployed classifiers across regions",
     "model-monitoring", True),
    ("experience", "Sales performance tracking for the regional teams", "model-monitoring", False),
]  # fmt: skip


test_round61_kinds = sentence_test(CASES)
