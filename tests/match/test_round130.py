"""A hundred-and-thirtieth round, from the misses of seven hold-outs read once on the code of the
hundred-and-twenty-ninth round (h806-h809, h811-h813; in-sample now). Now evidence: an ML system
deployed (as an AI system is), also when the verbs of running it follow ("deployed and
maintained"); RAG beside NLP. No longer evidence: a site's name closing an item after its
finished sentence ("Tracks a path. GitHub") or before other links after a dash ("GitHub ---
Video"), the text of the item's link.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "Deployed and maintained the end-to-end retail-ML system for 40 stores",
     "model-deployment", True),
    ("experience", "Deployed the fraud ML pipeline on the bank's cluster", "model-deployment",
     True),
    ("experience", "Deployed and maintained the HR payroll system", "model-deployment", False),
    ("projects", "Built a contract-review tool with NLP and RAG techniques", "llm-development",
     True),
    ("projects", "Reported project health with RAG status each week", "llm-development", False),
    ("projects", "Lane follower for a toy car that tracks a painted path. GitHub", "git", False),
    ("projects", "Published the simulator's code on GitHub", "git", True),
    ("projects", "Space Invaders Agent with Deep Q-Learning GitHub --- Video", "git", False),
    ("skills", "Git - version control, GitHub - code review", "git", True),
]  # fmt: skip


test_round130_kinds = sentence_test(CASES)
