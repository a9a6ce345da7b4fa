"""A two-hundred-and-forty-ninth round, from the thirteenth session's fifth to seventh batches:

- a contextual bandit, one at a time, and RLVR (reinforcement learning with verifiable rewards)
  are reinforcement learning by name;
- Transformers listed beside the Python libraries it is used with is Hugging Face's library, so
  LLM development; among network kinds, or as a substation's equipment, it is not;
- PCA compared as a baseline, beside partial least squares, is the unsupervised method.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

RL = "reinforcement-learning"
LLM = "llm-development"
UNSUPERVISED = "unsupervised-learning"
CASES: list[Case] = [
    ("projects", "• Ranked offers with a contextual bandit over user features", RL, True),
    ("projects", "• Post-trained a small model on math proofs with RLVR", RL, True),
    ("skills", "Frameworks: Keras, Transformers, Optuna", LLM, True),
    ("skills", "Tooling: Transformers / Tokenizers / ONNX Runtime", LLM, True),
    ("skills", "Stack: scikit-learn, Transformers", LLM, True),
    ("skills", "Architectures: MLPs, CNNs, Transformers", LLM, False),
    ("experience", "• Inspected transformers, breakers and relays at two substations", LLM, False),
    ("projects", "• Beat both PLS and PCA as baselines on the soil samples", UNSUPERVISED, True),
    ("experience", "• Rotated the ACM PCA certificates of the services", UNSUPERVISED, False),
]  # fmt: skip


test_round249_kinds = sentence_test(CASES)
