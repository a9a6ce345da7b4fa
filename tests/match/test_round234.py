"""A two-hundred-and-thirty-fourth round, from the third batch of the ninth session on this
machine:

- a repository's link in brackets with its count of stars after a comma ("(GitHub, 96 stars)")
  is a link, as it is without the comma;
- CRF in capitals, joined to the network under it or beside a tagging word, is the sequence
  labeller (a learned model); a clinical trial's case report form is not;
- Jenkins set up or configured is the CI server.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "- Tiny Lisp: an interpreter of a small Scheme dialect (GitHub, 96 stars).",
     "git", False),
    ("projects", "- Tiny Lisp: an interpreter of a small Scheme dialect (GitHub, 1.2k stars)",
     "git", False),
    ("projects", "- Moved our code base to GitHub, 40 repos in all", "git", True),
    ("projects", "Tagged drug names in discharge notes with a BERT-CRF model",
     "machine-learning-algorithms", True),
    ("projects", "Address parser: a CRF tagger over character n-grams",
     "machine-learning-algorithms", True),
    ("experience", "• Designed the CRF pages for a phase II oncology trial",
     "machine-learning-algorithms", False),
    ("experience", "• Owned the Jenkins setup for the payments team", "ci-cd", True),
    ("experience", "• Reviewed cases with Dr. Jenkins on the night ward", "ci-cd", False),
]  # fmt: skip


test_round234_kinds = sentence_test(CASES)
