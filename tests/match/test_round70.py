"""A seventieth round, from the first looks at this session's fourth hold-outs (ML people in
English, data analysts, CVs in Chinese, Japanese and Korean):

- a skill's name before an event's noun ("a Kubernetes meetup", "PyTorch Conference", a cloud
  vendor's "Summit") names the event attended, not the skill
  (`cues.event_nouns`, read as the team nouns are);
- statistical models, A/B tests and the Japan Statistical Society's certificate in Chinese,
  Japanese and Korean are statistics.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("other", "Went to the Google Cloud Summit and two local meetups", "gcp", False),
    ("other", "Attended the GenAI Summit in Pune", "generative-ai", False),
    ("other", "Volunteer at the PyTorch Conference 2025", "pytorch", False),
    ("other", "Ran the Kubernetes meetup in Porto for two years", "kubernetes", False),
    ("experience", "Moved the billing jobs to Google Cloud for the summit season", "gcp", True),
    ("skills", "A/B 测试, 用户画像", "statistics", True),
    ("certifications", "統計検定 2級", "statistics", True),
    ("projects", "需要の統計モデルを構築", "statistics", True),
]  # fmt: skip


test_round70_kinds = sentence_test(CASES)
