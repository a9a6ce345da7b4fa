"""A two-hundred-and-twenty-third round, from the first look at a new batch of hold-out sets:

- the evaluation of models in a resume that shows machine learning elsewhere is of learned
  models, though no learning word shares its line; alone it may be a pricing desk's;
- log loss in a sentence about logging is log lines dropped, not a model's score;
- a technical, cloud or data architecture evaluated is software's, not a network's.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "• Evaluation of the current models after two new data feeds\n"
     "• Built gradient boosting models with scikit-learn for lending",
     "model-evaluation", True),
    ("experience", "• Evaluation of the current models after two new data feeds",
     "model-evaluation", False),
    ("experience", "• Moved the fleet's logging to Fluent Bit with a disk buffer at 40K events/s,"
     " cutting log loss from 2% to 0.1%", "model-evaluation", False),
    ("projects", "• CTR model on ad-server logs; validation log loss 0.412",
     "model-evaluation", True),
    ("experience", "• Evaluated the cloud architecture of eleven portfolio companies\n"
     "• Trained CNN classifiers on X-ray images with PyTorch",
     "model-evaluation", False),
]  # fmt: skip


test_round223_kinds = sentence_test(CASES)
