"""A hundred-and-seventy-sixth round, from written probes of LLM and MLOps work (no hold-out):
Hugging Face's Diffusers library is generative AI (air and scent diffusers are not); LLM
guardrails are LLM development (MCP servers were too, until round 250 took them out); drift and
latency dashboards for production models are model monitoring; DVC beside reproducible training
is MLOps. A teacher's supervised learning centre and positive reinforcement in a classroom are no
learning methods.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

GENAI = "generative-ai"
LLM = "llm-development"
MONITORING = "model-monitoring"
CASES: list[Case] = [
    ("experience", "• Inpainting pipelines with Hugging Face Diffusers", GENAI, True),
    ("skills", "PyTorch, Diffusers, PEFT", GENAI, True),
    ("experience", "• Fitted air diffusers and ducts in the new wing", GENAI, False),
    ("experience", "• Kept answers on topic with NeMo Guardrails", LLM, True),
    ("experience", "• Drift dashboards for the production models", MONITORING, True),
    ("experience", "• Latency alerts on the deployed classifiers", MONITORING, True),
    ("experience", "• Latency dashboards for the web servers", MONITORING, False),
    ("experience", "• Reproducible training runs with Hydra configs and DVC", "mlops", True),
    ("experience", "• Ran the supervised learning centre for after-school pupils",
     "supervised-learning", False),
    ("experience", "• Positive reinforcement learning strategies in Year 3",
     "reinforcement-learning", False),
    ("experience", "• Reinforcement learning agents for warehouse robots", "reinforcement-learning",
     True),
]  # fmt: skip


test_round176_kinds = sentence_test(CASES)
