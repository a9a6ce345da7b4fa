"""The form of a line, read from the line itself: an account of work under a dated role, or a
bare list; and what the matcher records for it."""

from __future__ import annotations

import re

import pytest

from analyzer.extract.glyphs import ITEM_MARKS
from analyzer.extract.headings import inline_label
from analyzer.match import SkillMatcher, build_pipeline
from analyzer.match.forms import opens_with_action, shown_as
from analyzer.types import EvidenceForm
from tests.builders import resume_from_sections, tiny_lexicon

VERBS = frozenset({"built", "deployed", "led", "clustering"})


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
        # A verb that is the whole item names a skill; it tells nothing of work done.
        ("Analyst, Acme 2019 - 2022\n• Clustering\n• Forecasting", "Clustering", None),
    ],
)
def test_the_form_comes_from_the_line(text: str, word: str, form: EvidenceForm | None) -> None:
    assert form_of(text, word) == form


@pytest.mark.parametrize("mark", list(ITEM_MARKS))
def test_every_item_mark_opens_an_item_the_same_way(mark: str) -> None:
    """What opens a list item is decided once (`glyphs.ITEM_MARKS`): after any of its marks, a
    dated role's bullet is an account of work and a label still names its items."""
    assert form_of(f"Acme 2019 - 2022\n{mark} Built pipelines in Python", "Python") == "action"
    label = inline_label(f"{mark} Tools: Docker, Helm")
    assert label is not None
    assert label[0] == "Tools"


def test_the_look_back_for_dates_stops_at_the_section_start() -> None:
    text = "Acme 2019 - 2022\nOther\n• Built pipelines in Python"
    start = text.index("Python")
    section_start = text.index("Other")
    assert shown_as(text, start, start + 6, section_start, VERBS.__contains__) is None


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
        # one word alone, though a verb's form, is an entry of a list
        ("• Clustering\n• Forecasting", "Clustering", False),
        ("• Clustering customers by basket", "Clustering", True),
    ],
)
def test_an_item_opening_with_an_action_verb_is_an_account_of_work(
    text: str, word: str, expected: bool
) -> None:
    start = text.index(word)
    assert opens_with_action(text, start, 0, VERBS.__contains__) is expected
