"""A hundred-and-thirty-eighth round, from written probes of other trades' vocabulary and a miss
seen on a hold-out (a mathematician's classification): words of a term's other sense near it now
refute it wherever it stands (a context rule's `refuted_by`). No longer evidence: a docker or
containers beside the words of dock work, a classification of algebras. Still evidence: Python
beside a snake game or a reptile house, Docker beside forklifts (a vision model detects them), a
naive Bayes classifier beside Bayes' theorem: words tried as refuting and left out.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "• Built a Snake game in Python with Pygame", "python", True),
    ("experience", "• Wrote Python scripts to log feeding times for the reptile house",
     "python", True),
    ("experience", "• Longshoreman and docker at the container terminal, night shifts",
     "docker", False),
    ("skills", "Dockworker: containers, lashing, reefer units", "docker", False),
    ("projects", "• Containerized a forklift detection model with Docker", "docker", True),
    ("publications", "A classification method for five-dimensional Lie algebras",
     "supervised-learning", False),
    ("projects", "• Naive Bayes classification of spam, by Bayes' theorem", "supervised-learning",
     True),
    ("projects", "• Trained an image classification model in PyTorch", "supervised-learning",
     True),
]  # fmt: skip


test_round138_kinds = sentence_test(CASES)
