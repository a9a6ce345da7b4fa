"""A thirty-sixth round, from the errors of the four hold-outs kept sealed through the thirty-fourth
and thirty-fifth (h159-h162): the formal calculi of logic (the λ-calculus) are no calculus; a
game's player statistics are no statistics; model predictive control is no learned model
evaluated; an API around "ML/DL models"; a chain of data verbs, then whose data it is. And two from
the last hold-out (h163), first scored on the rules above: R-CNN written without its hyphen is
deep learning, youtube-dl (a downloader) is not.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("other", "Taught a short course on the typed λ-calculus", "calculus", False),
    ("education", "Courses: Calculus II, Propositional calculus", "calculus", True),
    ("projects", "Chess app with live game analysis and player statistics", "statistics", False),
    ("projects", "Statistics of player performance with regression models", "statistics", True),
    ("publications", "Benchmark comparison of model predictive control against learned policies",
     "model-evaluation", False),
    ("experience", "Put REST APIs around our ML/DL models", "model-deployment", True),
    ("experience", "Helped gather, clean, and visualize each store's sensor data",
     "data-processing", True),
    ("experience", "Cleaned and merged the lab's assay data", "data-processing", True),
    ("experience", "Cleaned the kitchen and stored data sheets", "data-processing", False),
    ("projects", "Improved the recall of a Faster RCNN on aerial photos", "deep-learning", True),
    ("projects", "Technologies: OpenAI, Python, Youtube-DL, FFmpeg", "deep-learning", False),
]  # fmt: skip


test_round36_kinds = sentence_test(CASES)
