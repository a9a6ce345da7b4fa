"""A hundred-and-sixty-second round, from hold-out batch h938-h945's misses and written probes:
"torch" in a list counts where the resume shows deep or machine learning elsewhere (each item of a
list stands alone, so its neighbours cannot vouch for it); a model evaluated with several describing
words before it ("three open-weight large language models"); models tested; data held out.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

EVAL = "model-evaluation"
CASES: list[Case] = [
    ("skills", "Libraries: Pandas | Scikit-learn | TensorFlow | Keras | torch", "pytorch", True),
    ("skills", "Welding: MIG | TIG | oxy-acetylene torch | plasma cutting", "pytorch", False),
    ("experience", "• Evaluated three open-weight large language models", EVAL, True),
    ("experience", "• Evaluated scheduling heuristics based on a genetic algorithm", EVAL, False),
    ("experience", "• Tested the trained churn models before each release", EVAL, True),
    ("experience", "• Testing of machine learning models before each release", EVAL, True),
    ("experience", "• Tested scale models of the wing in the wind tunnel", EVAL, False),
    ("experience", "• Ran a split-test service and deployed trained classifiers", EVAL, False),
    ("experience", "• Scored the fraud classifier on held-out data from 2024", EVAL, True),
    ("experience", "• Product matching by image similarity, at 96% accuracy", EVAL, True),
]  # fmt: skip


test_round162_kinds = sentence_test(CASES)
