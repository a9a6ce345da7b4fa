"""A two-hundred-and-second round, from the first look at a new batch of hold-outs (in-sample
now):

- a site's name first in a bracket of links after a project's title ("(GitHub, PyPI)", "(GitLab,
  demo)") is the project's link, not the tool used; a bracket of tools is still tools, and a
  skills list's bracket still names them.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "Tide-table scraper for harbour pilots (GitHub, PyPI)", "git", False),
    ("projects", "Tide-table scraper for harbour pilots (gitlab, demo, slides)", "git", False),
    ("projects", "Tide-table scraper for harbour pilots (GitHub, Jira)", "git", True),
    ("skills", "Version control (GitHub, PyPI)", "git", True),
]  # fmt: skip


test_round202_kinds = sentence_test(CASES)
