"""A hundred-and-seventeenth round, from the first looks at seven of eight fresh hold-outs
(h717-h724). No longer evidence: GitHub as a link with its repository's stars in the brackets
("code (GitHub 274)", "[GitHub ★ 1.2k]"); prompts routed, cached or batched by a gateway as prompt
engineering; "benchmark performance" as a noun (scores others took, read to choose a model) as
model evaluation, which the verb still is; a random walk with no word of chance, processes or
models near (a game's enemies wandering, a crawler's walk) as probability.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "Route Planner | code (GitHub 274) Sep 2025", "git", False),
    ("projects", "Route Planner [GitHub ★ 1.2k]", "git", False),
    ("skills", "Version control (GitHub, GitLab)", "git", True),
    ("experience", "Built a gateway that optimizes routing of prompts across several LLMs",
     "prompt-engineering", False),
    ("experience", "Optimized prompts for the support assistant's LLM", "prompt-engineering",
     True),
    ("experience", "Chose a model for each request by price and benchmark performance",
     "model-evaluation", False),
    ("experience", "Benchmarked the models' performance against a baseline", "model-evaluation",
     True),
    ("projects", "Wrote random walk algorithms for the enemies' movement in a 2D game",
     "probability", False),
    ("experience", "Modelled stock prices as a random walk with drift", "probability", True),
]  # fmt: skip


test_round117_kinds = sentence_test(CASES)
