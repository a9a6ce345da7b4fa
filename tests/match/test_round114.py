"""A hundred-and-fourteenth round, from the first looks at seven of eight fresh hold-outs
(h598-h605): statistical learning, machine learning by the statisticians' name (a course, a
degree, a skills list's label), is machine learning. No longer evidence: OpenAI's Triton, a
language for GPU kernels ("a Triton implementation of attention", "Triton kernels"), as NVIDIA's
inference server, even beside a word of inference.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

ML = "machine-learning-algorithms"
DEPLOYMENT = "model-deployment"

CASES: list[Case] = [
    ("education", "Coursework: Statistical Learning, Stochastic Processes", ML, True),
    ("education", "Thesis on statistical learning theory for ranking losses", ML, True),
    ("experience", "Wrote a Triton implementation of block-sparse attention for inference",
     DEPLOYMENT, False),
    ("experience", "Tuned OpenAI Triton kernels for the inference path of the embedder", DEPLOYMENT,
     False),
    ("experience", "Moved the fraud models onto Triton Inference Server", DEPLOYMENT, True),
]  # fmt: skip


test_round114_kinds = sentence_test(CASES)
