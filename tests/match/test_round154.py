"""A hundred-and-fifty-fourth round, from written probes (no hold-out): voice cloning and an AI
image generator are generative AI (a placeholder image generator is not); beside the words of
clinical research's other rules and bodies (ICH, GMP, IRB, investigators), GCP is Good Clinical
Practice; a builder's model homes are not models evaluated; a survey's sample drawn by design is
statistics.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "• Voice cloning demo for audiobook narration", "generative-ai", True),
    ("projects", "• Built an AI image generator for book covers", "generative-ai", True),
    ("projects", "• Placeholder image generator for the CMS", "generative-ai", False),
    ("experience", "• GCP audits of investigator sites and GMP training", "gcp", False),
    ("experience", "• Ran ICH GCP refreshers for the site staff", "gcp", False),
    ("experience", "• Moved the data warehouse to GCP and BigQuery", "gcp", True),
    ("experience", "• Evaluated the model homes before the open day", "model-evaluation", False),
    ("experience", "• Probability sampling design for the household survey", "statistics", True),
]  # fmt: skip


test_round154_kinds = sentence_test(CASES)
