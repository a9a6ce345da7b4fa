"""A hundred-and-thirty-seventh round, from the misses of the seven open sets of a fourth batch of
eight (in-sample for those): now evidence, SAC (Soft Actor-Critic) in capitals beside other
agents' algorithms or the words of policies and rewards, of reinforcement learning; no longer
evidence, a programme called supervised ("Supervised Program for Alignment Research") of
supervised learning, or membership of a vendor's community ("Member, OpenAI Emerging Talent
Community") of generative AI.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "• Developed continuous SAC variants for a robot arm's control",
     "reinforcement-learning", True),
    ("experience", "• Tuned SAC's entropy term to stabilise the policy", "reinforcement-learning",
     True),
    ("education", "Treasurer, SAC (Student Activity Council), 2019", "reinforcement-learning",
     False),
    ("experience", "• Mapped SAC codes to the general ledger", "reinforcement-learning", False),
    ("skills", "Fellow, Supervised Program for Alignment Research", "supervised-learning", False),
    ("skills", "Supervised, unsupervised and reinforcement learning", "supervised-learning", True),
    ("skills", "Member, OpenAI Developer Community", "generative-ai", False),
    ("skills", "OpenAI API, LangChain, Pinecone", "generative-ai", True),
]  # fmt: skip


test_round137_kinds = sentence_test(CASES)
