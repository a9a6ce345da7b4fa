"""A ninety-seventh round, from the misses of the hold-outs read so far: the GAN family by its
members' names ("trained WGAN models", "CGAN", "pix2pix") is generative AI and deep learning, and
value functions approximated for control are reinforcement learning.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

RL = "reinforcement-learning"

CASES: list[Case] = [
    ("experience", "Trained WGAN models on seismic traces", "generative-ai", True),
    ("experience", "Trained WGAN models on seismic traces", "deep-learning", True),
    ("projects", "Reproduced a CGAN for retinal images", "generative-ai", True),
    ("projects", "Used pix2pix to turn sketches into maps", "generative-ai", True),
    ("experience", "Approximated value functions with a small network", RL, True),
    ("experience", "Estimated the value function of a pension plan", RL, False),
]  # fmt: skip


test_round97_kinds = sentence_test(CASES)
