"""An eightieth round, from the first looks at the session's last seven hold-outs:

- the supervised and unsupervised settings by their bare adjectives in Spanish, Portuguese,
  French and Italian ("Técnicas de ML: supervisadas y no supervisadas"), beside a learning word,
  the negated one never read as the supervised setting;
- "prompt-engineered" as a verb;
- a statistical interpretation is statistics done;
- generative adversarial networks in Chinese, Japanese and Korean;
- another store's S3 (MinIO's) is not Amazon's, and servers' clustering beside load balancing or
  failover is no learning method.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("other", "Técnicas de ML: supervisadas y no supervisadas", "unsupervised-learning", True),
    ("other", "Técnicas de ML: supervisadas y no supervisadas", "supervised-learning", True),
    ("other", "Algoritmos de ML no supervisados", "supervised-learning", False),
    ("other", "Tese supervisionada pelo Prof. Lima", "supervised-learning", False),
    ("other", "Parking no supervisado junto al hotel", "unsupervised-learning", False),
    ("experience", "Prompt-engineered the support bot's replies", "prompt-engineering", True),
    ("experience", "Survey weighting and statistical interpretation", "statistics", True),
    ("projects", "基于生成对抗网络的人脸修复", "generative-ai", True),
    ("skills", "Storage: MinIO S3, Ceph", "aws", False),
    ("experience", "Email clustering and failover for LDAP", "unsupervised-learning", False),
]  # fmt: skip


test_round80_kinds = sentence_test(CASES)
