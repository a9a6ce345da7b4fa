"""A hundred-and-seventy-first round, from written probes of analysts' and data engineers' work (no
hold-out): Bayes' theorem and Bayes' rule by name are probability; the libraries that check a
dataset's values before use (Great Expectations, Pandera, Deequ) are data processing, the first
only beside data words or in a skills list (it is also Dickens's novel).

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

DATA = "data-processing"
CASES: list[Case] = [
    ("experience", "• Applied Bayes' theorem to update fraud risk scores", "probability", True),
    ("experience", "• Spam filter built on Bayes rule and word counts", "probability", True),
    ("experience", "• Data validation with Great Expectations in Airflow", DATA, True),
    ("experience", "• Taught Great Expectations and Hamlet to 11th graders", DATA, False),
    ("experience", "• Schema checks on every table with Pandera", DATA, True),
]  # fmt: skip


test_round171_kinds = sentence_test(CASES)
