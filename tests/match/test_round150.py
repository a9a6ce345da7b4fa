"""A hundred-and-fiftieth round, from written probes (no hold-out): the distributions counts and
outcomes are modelled with, by name ("negative binomial distributions", "Poisson distributions"),
are probability; sparse linear systems and systems of linear equations are linear algebra. (The
conjugate gradient method was tried and left out: on two hold-outs it was a benchmark's and an
optimiser's name.)

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "• Modelled claim counts with negative binomial distributions", "probability",
     True),
    ("experience", "• Fitted Poisson distributions to hourly call arrivals", "probability", True),
    ("experience", "• Solved sparse linear systems from the mesh on GPUs", "linear-algebra", True),
    ("experience", "• Tuned the High-Performance Conjugate Gradient benchmark on the cluster",
     "linear-algebra", False),
]  # fmt: skip


test_round150_kinds = sentence_test(CASES)
