"""A fifty-sixth round, from a LaTeX CV of the fifty-third round's hold-outs: a site's name that
opens a row of links' labels separated by commas is a link's text, not the tool used.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "Kitchen scheduler in Rust\nGitHub repository page, Live demo", "git", False),
    ("publications", "Sparse solvers on GPUs (2021)\nGitHub code, Slides, Poster", "git", False),
    ("projects", "Tiny ray tracer in C\nGitHub source code, Video demonstration", "git", False),
    ("skills", "GitHub, GitLab, Jira", "git", True),
    ("projects", "Static site for a bakery\nGitHub Actions, Docker, Netlify", "git", True),
]  # fmt: skip


test_round56_kinds = sentence_test(CASES)
