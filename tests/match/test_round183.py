"""A hundred-and-eighty-third round, from the first looks at new hold-outs (in-sample):

- a Git host's name closing a project's line before its dates after a spaced dash ("Route
  Planner - GitHub - 2021"), or closing a finished sentence with a full stop of its own ("Plans
  routes. GitHub."), is the link's text, not the tool used;
- "openAI", the vendor's name in camel case, is the vendor as "OpenAI" is;
- a program's threading or programming models compared are no learned models evaluated;
- the queue's and the insurer's applied probability (queueing models, ruin theory) is probability.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "Weather forecaster in R - GitHub - 2021", "git", False),
    ("projects", "• A planner for delivery routes with solver-based scheduling. GitHub.", "git",
     False),
    ("projects", "• Kept the solver's code in Git and GitHub.", "git", True),
    ("projects", "• Hosted the solver's code on GitHub.", "git", True),
    ("skills", "Retrieval: openAI embeddings, pgvector, LlamaIndex", "generative-ai", True),
    ("projects", "• Benchmarked and compared the threading models of Java and Go",
     "model-evaluation", False),
    ("projects", "• Compared three models on held-out data by F1", "model-evaluation", True),
    ("education", "Thesis: Ruin theory for small mutual insurers", "probability", True),
    ("experience", "• Built queueing models of the call centre's staffing", "probability", True),
]  # fmt: skip


test_round183_kinds = sentence_test(CASES)
