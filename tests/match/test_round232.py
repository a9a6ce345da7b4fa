"""A two-hundred-and-thirty-second round, from the first batch of the ninth session on this
machine:

- a pretrained network tuned through low-rank adapters (LoRA, QLoRA) or by another
  parameter-efficient way (PEFT) is a deep network trained, as a fine-tuned BERT is; LoRa with a
  lower-case a is still the long-range radio.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "Adapted a 7B chat model to legal summaries with LoRA adapters on one A100",
     "deep-learning", True),
    ("projects", "Trained QLoRA adapters for a code assistant in 4-bit precision",
     "deep-learning", True),
    ("skills", "Tuning: PEFT, quantization, RLHF", "deep-learning", True),
    ("skills", "Frameworks: Hugging Face, LoRA", "deep-learning", True),
    ("projects", "Mesh of soil sensors talking over LoRa to a gateway on the barn roof",
     "deep-learning", False),
    ("experience", "Set up LoRA links between the pumps for the farm's remote telemetry",
     "deep-learning", False),
]  # fmt: skip


test_round232_kinds = sentence_test(CASES)
