"""An eighty-seventh round, from the fifth batch of the session's hold-outs:

- a percentage result with its averaging named ("89% average accuracy", "91% balanced
  accuracy") is a reported metric;
- "SciKit" alone is scikit-learn (scikit-image, scikit-bio and scikit-rf are its siblings, not
  it).

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "Reached 89% average accuracy on held-out data", "model-evaluation", True),
    ("experience", "A fraud model with 91% balanced accuracy", "model-evaluation", True),
    ("experience", "Kept 95% overall accuracy in the monthly ledger", "model-evaluation", False),
    ("skills", "Libraries: SciKit, NumPy", "machine-learning-algorithms", True),
    ("skills", "Tools: SciKit, Tableau", "python", True),
    ("skills", "scikit-image, OpenCV", "machine-learning-algorithms", False),
]  # fmt: skip


test_round87_kinds = sentence_test(CASES)
