"""A sixty-third round: a context word on the next item of a list does not vouch for a term.

Matching joins a resume's wrapped lines, so a context rule's window ran on into the next
achievement or bullet. It now stops at a line break after a line of some words that does not end
on a word that goes on ("and", "for the", "their"), before a line that opens with a capital or
a mark; in a column of names the neighbours stay context, and a wrapped sentence keeps its
words.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("other", "Finalist of a hackathon's uptime monitoring track\nChosen for an ML summer school",
     "model-monitoring", False),
    ("other", "Chosen for an ML summer school\nFinalist of a hackathon's uptime monitoring track",
     "model-monitoring", False),
    ("experience", "Set up monitoring and alerting for the\nInference service of the ranking team",
     "model-monitoring", True),
    ("experience", "Set up monitoring and alerting for the inference service\nof the ranking team",
     "model-monitoring", True),
    ("other", "Docker\nJira\nJenkins", "ci-cd", True),
]  # fmt: skip


test_round63_kinds = sentence_test(CASES)
