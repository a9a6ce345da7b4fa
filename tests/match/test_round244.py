"""A two-hundred-and-forty-fourth round, from the twelfth session's first hold-outs:

- Flax, the JAX library, is also the plant spun into linen and laid into composites; beside the
  words of fibre, timber and material it is that plant, not deep learning (but not beside
  "natural", "plant" or "seed", which a model's work uses too).

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

DEEP = "deep-learning"
CASES: list[Case] = [
    ("projects", "• Built a footbridge deck from flax-fibre laminates", DEEP, False),
    ("projects", "Keywords: bamboo-flax hybrid, biobased facade", DEEP, False),
    ("experience", "• Tested flax reinforced resin panels for stiffness", DEEP, False),
    ("projects", "• Wrote a diffusion model in Flax and trained it on TPUs", DEEP, True),
    ("skills", "Frameworks: JAX, Flax, Optax", DEEP, True),
    ("projects", "• Trained natural language models in Flax", DEEP, True),
    ("projects", "• Built a plant disease classifier in Flax", DEEP, True),
    ("projects", "• Fixed random seeds for the Flax training runs", DEEP, True),
]  # fmt: skip


test_round244_kinds = sentence_test(CASES)
