"""An eighty-ninth round, from the remaining misses of the session's hold-outs: calculus beside the
school subjects taught with it ("from arithmetic to calculus") is the subject, as beside a tutor;
a political or a dental calculus still is not.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "Ran weekend classes from arithmetic to calculus", "calculus", True),
    ("experience", "Helped pupils with geometry and calculus homework", "calculus", True),
    ("experience", "Weighed the political calculus of the merger", "calculus", False),
    ("experience", "Removed dental calculus at a busy clinic", "calculus", False),
]  # fmt: skip


test_round89_kinds = sentence_test(CASES)
