"""A hundred-and-seventy-fifth round, from a new batch of hold-outs: Triton beside the words of
kernel writing and GPU profiling is OpenAI's kernel language, not NVIDIA's inference server.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

DEPLOY = "model-deployment"
CASES: list[Case] = [
    ("skills", "Tools: Triton, CUDA, NVIDIA Nsight Systems", DEPLOY, False),
    ("experience", "• Wrote fused attention kernels in Triton for NVIDIA GPUs", DEPLOY, False),
    ("experience", "• Served the ranking models on NVIDIA Triton", DEPLOY, True),
]  # fmt: skip


test_round175_kinds = sentence_test(CASES)
