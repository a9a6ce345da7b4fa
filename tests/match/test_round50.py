"""A fiftieth round, from the same six hold-outs on the forty-ninth round's code: RAG beside the
models it is served with, LLM benchmarking as evaluation, and rebalancing a training set's
classes (undersampling, oversampling) as data processing, but not a converter's oversampling.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "Shipped internal RAG, model serving and batch scoring for analysts",
     "generative-ai", True),
    ("experience", "Sent the weekly RAG status of the API migration to the board",
     "generative-ai", False),
    ("projects", "Set up LLM benchmarking for the support assistant", "model-evaluation", True),
    ("projects", "Random undersampling of the majority class before fitting", "data-processing",
     True),
    ("projects", "Designed a 4x oversampling ADC front end for audio", "data-processing", False),
]  # fmt: skip


test_round50_kinds = sentence_test(CASES)
