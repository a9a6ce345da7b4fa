"""A two-hundred-and-forty-first round, in-sample, from the misses over all the open hold-outs once
the eleventh session's look-ups had run out: probability named by the processes and models of the
field that the lexicon lacked (a point or Hawkes process, a stochastic block model, a Gaussian
mixture, stochastic control, stochastic finance, a stochastic partial differential equation).
Every open resume that names one of them is labelled with probability.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

PROBABILITY = "probability"
CASES: list[Case] = [
    ("experience", "• Modelled order arrivals as Hawkes processes", PROBABILITY, True),
    ("publications", "Spatial point processes for mapping tree crowns", PROBABILITY, True),
    ("projects", "Grouped pixels by fitting Gaussian mixture models", PROBABILITY, True),
    ("education", "Courses: Stochastic Control, Operations Research", PROBABILITY, True),
    ("education", "Courses: Stochastic Finance, Corporate Law", PROBABILITY, True),
    ("experience", "• Solved stochastic partial differential equations", PROBABILITY, True),
    ("publications", "Stochastic block modelling of school friendship networks", PROBABILITY, True),
    ("experience", "• Ran quality control on the paint mixing line", PROBABILITY, False),
]  # fmt: skip


test_round241_kinds = sentence_test(CASES)
