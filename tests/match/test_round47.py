"""A forty-seventh round, from two fresh blind hold-outs (Typst CVs and resume web pages) scored
on the code before it: PyTorch's modules by their import path; biclustering; solvers of linear
systems; deep learning architectures benchmarked; a model named as the means of an evaluation is
not what is evaluated; a deployment prevented is none; inference on devices shows deployment but
not MLOps; the Azure AI certification's short name; scoring in real time needs a model near (a
match's score kept live is not one).

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "Custom graph passes written against torch.fx for quantization", "pytorch", True),
    ("projects", "Biclustering of customers and products from purchase logs",
     "unsupervised-learning", True),
    ("experience", "Sped up sparse linear solvers for a reservoir simulator", "linear-algebra",
     True),
    ("experience", "Benchmarked three deep learning architectures on lidar scans",
     "model-evaluation", True),
    ("experience", "Benchmarked storage architectures for the archive", "model-evaluation", False),
    ("experience", "A checker evaluating tax rules via LLM prompts for the finance team",
     "model-evaluation", False),
    ("projects", "Audit found label leakage, preventing deployment of the trained churn model",
     "model-deployment", False),
    ("projects", "Quantized a detector for on-device inference on a drone", "model-deployment",
     True),
    ("projects", "Quantized a detector for on-device inference on a drone", "mlops", False),
    ("certifications", "Azure AI Associate certificate, 2024", "azure-ai-engineer-associate",
     True),
    ("experience", "Ran real-time scoring and the LED board for the county basketball finals",
     "model-deployment", False),
    ("experience", "Real-time scoring of card payments with the fraud model behind one endpoint",
     "model-deployment", True),
]  # fmt: skip


test_round47_kinds = sentence_test(CASES)
