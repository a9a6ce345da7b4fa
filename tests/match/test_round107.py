"""A hundred-and-seventh round, from the first look at eight more hold-outs (h542-h549): in a
skills list a site's name in round brackets is the tool the skill used ("Code review (GitHub)"),
not a link; density-based clustering and its kin are unsupervised learning; a llama named among
other language models or their hosts is one.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("skills", "Code review (GitHub)", "git", True),
    ("skills", "Portfolio (GitHub Repo)", "git", False),
    ("projects", "Parcel Tracker (GitHub)", "git", False),
    ("experience", "Merged the fused radar tracks by density clustering", "unsupervised-learning",
     True),
    ("experience", "Segmented shoppers with k-medoids", "unsupervised-learning", True),
    ("experience", "Routed support prompts between Groq Llama and Claude", "llm-development", True),
    ("experience", "Raised a llama and two goats on the family farm", "llm-development", False),
]  # fmt: skip


test_round107_kinds = sentence_test(CASES)
