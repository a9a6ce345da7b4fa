"""A hundred-and-fifty-sixth round, from the first looks at eight more hold-outs (seven open, one
sealed): one statistical method named together with another kind ("statistical and graph-based
machine learning methods") is statistics. (A project's GitHub stars were tried as no evidence of
Git and left: the dev corpus's labels count them beside a pull-request tool.)

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "• Screened assays using statistical and deep learning methods", "statistics",
     True),
    ("experience", "• Statistical information for the annual report", "statistics", False),
]  # fmt: skip


test_round156_kinds = sentence_test(CASES)
