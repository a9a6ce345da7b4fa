"""A two-hundred-and-twelfth round, from the misses of the open hold-out sets of a new session:

- a colon glued to Markdown's bold marks (":*", ":/" and the other faces spaCy keeps as one
  token) is punctuation, as the bracket faces already were;
- a site's name labelling a link in bold ("**GitHub:** https://github.com/ada") is the link's
  label, not the tool used;
- a site's name before an arrow ("GitHub →") is a link's text, pointing the reader to the code.

Every sentence is written for these tests."""

from __future__ import annotations

from spacy.language import Language

from analyzer.match.nlp import build_pipeline
from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("other", "- **GitHub:** https://github.com/ada-l", "git", False),
    ("other", "__GitLab__: https://gitlab.com/ada-l", "git", False),
    ("projects", "Route planner: shortest paths on a city graph in Rust. GitHub →", "git", False),
    ("projects", "Route planner: shortest paths on a city graph in Rust. GitLab↗", "git", False),
    ("skills", "**Tools:** GitHub, Docker, Jira", "git", True),
    ("experience", "• Moved 40 repositories from SVN → GitHub with their history", "git", True),
]  # fmt: skip


test_round212_kinds = sentence_test(CASES)


def test_a_colon_before_bold_marks_is_a_token_of_its_own() -> None:
    nlp: Language = build_pipeline({})
    assert [t.text for t in nlp.make_doc("**skills:** python")] == [
        "*", "*", "skills", ":", "*", "*", "python",
    ]  # fmt: skip
