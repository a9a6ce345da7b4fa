"""A sixty-ninth round, from the residue of this session's hold-outs:

- a certification marked as not yet earned ("(ongoing)", "(expected 2027)", "(exam pending)")
  is no certification held (`cues.pending`); a project or a role marked "(ongoing)" still shows
  the skills it uses, so only certifications heed these;
- a parenthesis after the rest of an item remarks on the whole item: in "Google Cloud Platform
  (currently learning)" the shorter name inside it ("Google Cloud") is being learnt too, as in
  "Docker Compose (learning)".

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("certifications", "TensorFlow Developer Certificate (ongoing)", "tensorflow-developer",
     False),
    ("certifications", "Google Cloud Professional Machine Learning Engineer (expected March 2027)",
     "gcp-professional-ml-engineer", False),
    ("certifications", "Microsoft Certified: Azure AI Engineer Associate (exam pending)",
     "azure-ai-engineer-associate", False),
    ("certifications", "Microsoft Certified: Azure AI Engineer Associate (2025)",
     "azure-ai-engineer-associate", True),
    ("projects", "Support bot on LangChain (ongoing)", "llm-development", True),
    ("skills", "Google Cloud Platform (currently learning), SQL", "gcp", False),
    ("skills", "Docker Compose (learning), Git", "docker", False),
    ("skills", "Kubernetes, Docker (learning)", "kubernetes", True),
]  # fmt: skip


test_round69_kinds = sentence_test(CASES)
