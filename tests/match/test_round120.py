"""A hundred-and-twentieth round, from the misses left on the thirty-six hold-outs of the last
session (in-sample). Now evidence: object detection, the vision task whose models are trained,
as machine learning; a change's effect on models measured ("evaluated the impact of noise across
three speaker-verification models") as model evaluation, with the words of speech and audio
among those that make a model a learned one.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "Trained two detectors for object detection on harbour drone footage",
     "machine-learning-algorithms", True),
    ("experience", "Object detector benchmarks on the edge board", "machine-learning-algorithms",
     True),
    ("experience", "Reported objects left behind in the station lobby",
     "machine-learning-algorithms", False),
    ("projects", "Measured the effect of reverberation on four speech recognition models",
     "model-evaluation", True),
    ("projects",
     "Evaluated the impact of background noise across several speaker-verification models",
     "model-evaluation", True),
    ("experience", "Assessed the impact of new tariffs on the regional economic models",
     "model-evaluation", False),
]  # fmt: skip


test_round120_kinds = sentence_test(CASES)
