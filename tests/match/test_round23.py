"""A twenty-third round, from the general kinds among the errors of fresh hold-outs: h97, first
scored on the twenty-second round, where the denoising diffusion models by their full name
("diffusion probabilistic models", "denoising diffusion") and video generation are generative
AI (diffusion in physics and imaging stays out; since round 251 video generation needs a word of
models or learning beside it, as a media pipeline generates videos too); then h100-h102, first
scored on that, where things classified with embeddings are classified by a model, and a likely
or unlikely thing ("high-probability leads") shows no probability theory.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("publications", "Faster Sampling for Diffusion Probabilistic Models on Small GPUs",
     "generative-ai", True),
    ("projects", "Denoising diffusion for satellite image inpainting", "generative-ai", True),
    ("projects", "Long-form video generation models for sports replays", "generative-ai", True),
    ("publications", "Diffusion Tensor Imaging of the Aging Brain", "generative-ai", False),
    ("projects", "Classifying bird songs with pretrained audio embeddings", "supervised-learning",
     True),
    ("experience", "Classified expenses and receipts for the quarterly audit",
     "supervised-learning", False),
    ("education", "Thesis: ranking high-probability sales leads for a retailer", "probability",
     False),
    ("education", "Probability and Stochastic Processes", "probability", True),
]  # fmt: skip


test_round23_kinds = sentence_test(CASES)
