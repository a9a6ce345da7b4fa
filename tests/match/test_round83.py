"""An eighty-third round, from the misses of the session's first hold-outs:

- a model named by its field just before it ("... deep learning models") deployed, however long
  the name of its task before that;
- learners compared by their kind ("SVM and neural network"), and a metric compared with another
  model's ("better accuracy than a CNN");
- NLP benchmarks, and a segmentation, detection or retrieval evaluation, are model evaluation;
- a percentage result beside a model's reasoning; GBDT and GBRT are gradient-boosted trees;
- Spark's jobs and workflows are data processing; an integration with OpenAI is generative AI;
  prompting beside retrieval is prompt engineering.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "Deployed Leak Detection (LD) deep learning models", "model-deployment", True),
    ("experience", "Deployed Shift Planner (SP) and a learning portal", "model-deployment", False),
    ("projects", "Runtime comparison between SVM and neural network", "model-evaluation", True),
    ("experience", "Price comparison between three hosting plans", "model-evaluation", False),
    ("projects", "A graph model, 12% more accuracy than a plain CNN", "model-evaluation", True),
    ("experience", "Bookkeeping with higher accuracy than before", "model-evaluation", False),
    ("projects", "Maintained an open NLP benchmarking suite for Welsh", "model-evaluation", True),
    ("publications", "A fast metric for lesion segmentation evaluation", "model-evaluation", True),
    ("experience", "Raised puzzle accuracy by 6% with reasoning traces", "model-evaluation", True),
    ("experience", "Raised invoice accuracy by 6% with new templates", "model-evaluation", False),
    ("projects", "Wrote GBDT and GBRT learners from scratch in Scala", "supervised-learning", True),
    ("experience", "Added retries to our Spark workflows", "data-processing", True),
    ("experience", "The team's spark made every workflow smoother", "data-processing", False),
    ("experience", "Kept up integrations with OpenAI, Stripe and Slack", "generative-ai", True),
    ("publications", "Structured Prompting for Retrieval-Augmented QA", "prompt-engineering", True),
    ("experience", "Prompting customers to renew by e-mail", "prompt-engineering", False),
]  # fmt: skip


test_round83_kinds = sentence_test(CASES)
