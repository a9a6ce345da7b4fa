"""The form of a line, read from the line itself: an account of work under a dated role, or a
bare list; and what the matcher records for it."""

from __future__ import annotations

import re

import pytest

from analyzer.match import SkillMatcher, build_pipeline
from analyzer.match.forms import ROLE_DATES, _has_role_dates, opens_with_action, shown_as
from analyzer.types import EvidenceForm
from tests.builders import resume_from_sections, tiny_lexicon

VERBS = frozenset({"built", "deployed", "led"})


def form_of(text: str, word: str) -> EvidenceForm | None:
    start = text.index(word)
    return shown_as(text, start, start + len(word), 0, VERBS.__contains__)


@pytest.mark.parametrize(
    ("text", "word", "form"),
    [
        ("Data Engineer, Acme 2019 - 2022\n• Built pipelines in Python", "Python", "action"),
        ("Acme, Jan 2021 to Present\nDeployed models on Kubernetes", "Kubernetes", "action"),
        # A wrapped bullet: the verb opens the item on the line before.
        ("Acme 2018 - 2020\n• Led the move of\nreporting to Python", "Python", "action"),
        # No dated role above it: an action verb alone is not enough.
        ("• Built pipelines in Python", "Python", None),
        # A sentence that does not open with an action verb.
        ("Acme 2019 - 2022\nPython was the team's language", "Python", None),
        ("Python, SQL, Docker, Kubernetes", "SQL", "list"),
        ("Languages: Python | SQL | Go", "Go", "list"),
        ("• Tools: Docker; Kubernetes; Terraform", "Docker", "list"),
        ("Python and SQL", "SQL", None),
        ("Wrote tools in Python, then moved the whole team to Go and Rust", "Python", None),
    ],
)
def test_the_form_comes_from_the_line(text: str, word: str, form: EvidenceForm | None) -> None:
    assert form_of(text, word) == form


def test_the_look_back_for_dates_stops_at_the_section_start() -> None:
    text = "Acme 2019 - 2022\nOther\n• Built pipelines in Python"
    start = text.index("Python")
    section_start = text.index("Other")
    assert shown_as(text, start, start + 6, section_start, VERBS.__contains__) is None


@pytest.mark.parametrize(
    "text",
    [
        "Acme, Sept.  2019 - Present",  # a month name and spaces before the first year
        "Acme, Septembre\u2003\n2019 to 2021",  # any letters, Unicode spaces, a line break
        "Worked 2019 on it; Jan 2020 - 2021",  # a first year that starts no range
        "Dec 1999 until now",
        "Built pipelines in Python",  # no year at all
        "Acme 2019- 2020x",  # no boundary after the range
        "Acme, 05/2019 - 08/2021",  # a month's number and a separator before the first year
        "Lab since 09/2019",  # "since" and a month's number
        "Shop 2016-12-05 - 2020-02-14",  # a day's and a month's numbers after the year
        "Team Sep 2020 -\n• Built",  # open at the end of its line
        "Code 1205/2019 - 2021",  # too many digits before the separator: no date there
    ],
)
def test_the_search_for_role_dates_from_the_first_year_finds_what_a_whole_search_does(
    text: str,
) -> None:
    """The search starts near the range's first year; a range still starts where it starts, and
    one cut by either end of the range searched is no range, as for `ROLE_DATES` itself."""
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            whole = ROLE_DATES.search(text, start, end) is not None
            assert _has_role_dates(text, start, end) == whole, (text, start, end)


def test_forms_kept_for_the_items_of_a_text_are_the_forms_found_anew() -> None:
    """`known` is keyed by the item and its section's start, not by the match: every word of
    the text, in any order, under two section starts, gets the form it gets alone."""
    text = (
        "Acme 2019 - 2022\n• Built pipelines in Python\nand deployed them\n"
        "Other\nPython, SQL, Docker\n• Led the move of\nreporting to Go\n\nPython was used"
    )
    words = [(m.start(), m.end()) for m in re.finditer(r"\w+", text)]
    known: dict[tuple[int, int, int], EvidenceForm | None] = {}
    forms = set()
    for section_start in (0, text.index("Other")):
        for start, end in [*reversed(words), *words]:
            alone = shown_as(text, start, end, section_start, VERBS.__contains__)
            kept = shown_as(text, start, end, section_start, VERBS.__contains__, known)
            assert kept == alone, text[start:end]
            forms.add(alone)
    assert forms == {"action", "list", None}


def test_the_matcher_records_the_form_with_the_lexicon_action_verbs() -> None:
    matcher = SkillMatcher(tiny_lexicon(), build_pipeline())
    resume = resume_from_sections(
        [("other", "Things", "Acme, 2020 - 2023\n• Built services in Python\nSQL, Docker, Git")]
    )
    found = matcher.match(resume)
    assert [e.shown_as for e in found["sql"]] == ["list"]
    assert [e.shown_as for e in found["python"]] == ["action"]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("• Built a dashboard of churn probability", "probability", True),
        # the verb opens the item on the line before
        ("Led the move of\nreporting to Python", "Python", True),
        # dates are not needed: the words alone are an account of work
        ("Deployed models for the clinic", "models", True),
        ("Probability, Statistics, Linear Algebra", "Probability", False),
        ("Tools: Docker, Kubernetes, Terraform", "Docker", False),
        ("Statistics for the social sciences", "Statistics", False),
    ],
)
def test_an_item_opening_with_an_action_verb_is_an_account_of_work(
    text: str, word: str, expected: bool
) -> None:
    start = text.index(word)
    assert opens_with_action(text, start, 0, VERBS.__contains__) is expected
