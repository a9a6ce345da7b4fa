"""A hundred-and-fifty-third round, from the first looks at eight more hold-outs (seven open, one
sealed):

- a one-line list that names technologies no skill stands for ("OrientDB, HBase, Spring Boot,
  Jenkins, Java") lists a stack, so an ambiguous name in it reads as the tool (`cues.other_tools`);
- "image clustering", a photo's clusters: images grouped are data clustered;
- a CNN beside the recogniser or detector it is;
- recognition given to people ("the employee recognition system") is HR's, not a recognition
  model deployed.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "Billing API - 3 developers\nMongoDB, Spring Boot, Jenkins, Kotlin",
     "ci-cd", True),
    ("experience", "Jenkins, Smith and Partners LLP, 2019", "ci-cd", False),
    ("experience", "• Demand forecasting, photo quality prediction, image clustering.",
     "unsupervised-learning", True),
    ("experience", "• Server clustering for high availability", "unsupervised-learning", False),
    ("projects", "• Captcha solver using a CNN recognizer", "deep-learning", True),
    ("experience", "• Deployed the employee recognition system across three offices",
     "model-deployment", False),
    ("experience", "• Deployed a face recognition system at the factory gates",
     "model-deployment", True),
]  # fmt: skip


test_round153_kinds = sentence_test(CASES)
