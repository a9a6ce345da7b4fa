"""A hundred-and-forty-seventh round, from written probes (ninety-nine sentences of ML work and of
other trades, no hold-out): an acronym spelled out in the bracket after it ("GCP (Good Clinical
Practice)", "SQL (Sales Qualified Leads)") means those words, as one spelled out before its
bracket already did, unless they are the skill's own (SQL gains "structured query language" to
compare); a tuned network named by its family, or the classes it sorts into, vouches for
"classify"; eigen-decomposition with its hyphen; an alert raised on a model's own quality.

Every sentence is written for these tests."""

from __future__ import annotations

from analyzer.match.matcher import SkillMatcher
from tests.builders import resume_from_sections
from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "• Passed the GCP (Good Clinical Practice) training before the trial", "gcp",
     False),
    ("experience", "• Handed SQL (Sales Qualified Leads) over to account executives", "sql", False),
    ("experience", "• Coordinated the AWS (Accounting Work Schedule) for the firm", "aws", False),
    ("experience", "• Hosted the API on AWS (Amazon Web Services) with Terraform", "aws", True),
    ("skills", "SQL (Structured Query Language), Python", "sql", True),
    ("skills", "GCP (BigQuery, Dataflow), Docker", "gcp", True),
    ("experience", "• Fine-tuned a ResNet to classify skin lesions into 7 classes",
     "supervised-learning", True),
    ("experience", "• Implemented eigen-decomposition for a spectral recommender", "linear-algebra",
     True),
    ("experience", "• Paged the on-call team when the classifier's error rate rose",
     "model-monitoring", True),
    ("experience", "• Alerted the client whenever the pricing sheet changed", "model-monitoring",
     False),
]  # fmt: skip


test_round147_kinds = sentence_test(CASES)


def test_an_acronym_spelled_out_after_it_says_what_it_stands_for(
    builtin_matcher: SkillMatcher,
) -> None:
    """The rejection names the words the bracket spells out, so a reader sees why."""
    resume = resume_from_sections(
        [("experience", "Experience", "• Passed the GCP (Good Clinical Practice) training")]
    )
    (evidence,) = builtin_matcher.match(resume)["gcp"]
    assert not evidence.accepted
    assert evidence.reason == "stands for 'Good Clinical Practice' here"
