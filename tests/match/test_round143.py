"""A hundred-and-forty-third round, from the misses of new hold-outs: data augmentation is how a
model is trained, not data processing; what a government classifies is secret, not sorted by a
model; "the benchmark model" of an economist is a reference model, not one benchmarked; a share
reported beside the library a model is built with is the model's result; and training and
evaluation named beside a model family (BERT, Llama) are a model's stages.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "• Trained a U-Net on retinal scans with heavy data augmentation",
     "data-processing", False),
    ("experience", "• Handled classified signals and documents under a top secret clearance",
     "supervised-learning", False),
    ("experience", "• Fine-tuned a CNN to classify retinal images", "supervised-learning", True),
    ("publications", "Households hoard cash, whereas the benchmark model predicts dissaving",
     "model-evaluation", False),
    ("experience", "• Benchmarked three language models on a legal QA set", "model-evaluation",
     True),
    ("experience", "• Built a Scikit-learn pipeline scoring 9K tickets at 87% accuracy",
     "model-evaluation", True),
    ("projects", "• Wrote training and evaluation scripts for RoBERTa variants on Swahili news",
     "model-evaluation", True),
    ("experience", "• Organised staff training and evaluation days for the sales floor",
     "model-evaluation", False),
]  # fmt: skip


test_round143_kinds = sentence_test(CASES)
