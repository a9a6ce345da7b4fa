"""A hundred-and-fifty-ninth round, from a miss left in an earlier hold-out: a middle dot separates
a list's items as a comma does ("Status bar app · Lua, Shell, C" names three tools after the
project), so an ambiguous name among them reads as the tool it is in a stack.

Every sentence is written for these tests."""

from __future__ import annotations

from analyzer.extract.headings import list_items
from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "Window manager plugin · Lua, Shell, C", "linux", True),
    ("projects", "Ocean Shell · Beach, Sand, Sun", "linux", False),
]  # fmt: skip


test_round159_kinds = sentence_test(CASES)


def test_a_middle_dot_separates_items() -> None:
    assert list_items("Python · SQL · Docker") == ["Python", "SQL", "Docker"]
