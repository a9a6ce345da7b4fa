"""A hundred-and-sixteenth round, from the first looks at seven of eight fresh hold-outs
(h701-h708). No longer evidence: GitHub as the link that closes a project's row before the
project's dates ("Route Planner | GitHub  Apr 2025 - Jan 2026"), as it was with nothing after it;
Savoir-faire Linux, a Montreal consultancy, as an employer. Now evidence: TensorFlow misspelt as
it sounds ("tenserflow"); a VAE beside the architecture it is the base of, or its training;
observability beside the language models it watches, as monitoring already was.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "Route Planner – Shortest Paths on Maps | GitHub    Apr 2025 – Jan 2026", "git",
     False),
    ("projects", "Route Planner | GitHub 2024", "git", False),
    ("projects", "Route Planner: released the code on GitHub in 2024", "git", True),
    ("skills", "Version Control | GitHub", "git", True),
    ("experience", "Savoir-faire Linux   Oct 2021 – Nov 2022   Montreal, Canada", "linux", False),
    ("experience", "Administered Linux servers for a Montreal consultancy", "linux", True),
    ("skills", "Machine Learning (tenserflow, scikit-learn)", "tensorflow", True),
    ("experience", "Built a VAE-based architecture for super-resolution of tactile maps",
     "generative-ai", True),
    ("experience", "Trained a VAE-based policy on expert trajectories", "generative-ai", True),
    ("experience", "Calibrated the VAE of the wind tunnel before flow tests", "generative-ai",
     False),
    ("experience", "Rolled out the observability stack for the assistant, scoring every LLM call",
     "model-monitoring", True),
    ("experience", "Built the observability stack for forty microservices", "model-monitoring",
     False),
]  # fmt: skip


test_round116_kinds = sentence_test(CASES)
