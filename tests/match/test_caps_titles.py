"""A title set in capitals opens an entry: a pattern's gap never runs from the line above it,
through it, into the entry's first line, and the words beside it are no phrase across it."""

from __future__ import annotations

from analyzer.match.matcher import _join_wrapped_lines
from tests.match.sentences import Case, sentence_test

STATION = "WEATHER STATION\nA sensor kit with a solar panel and tuned forecasting models"
SHOP = "SHOP FRONT\nAn online store in Django, deployed on Heroku."
FORECASTS = "SALES FORECASTS\nTrained demand models, deployed on SageMaker"
INTERN = "US DEPARTMENT OF LABOR\nAnalyst Intern\nBuilt a labelled dataset of claims"
CASES: list[Case] = [
    ("projects", f"{STATION}\n{SHOP}", "model-deployment", False),
    ("projects", FORECASTS, "model-deployment", True),
    ("experience", INTERN, "data-processing", True),
]  # fmt: skip


test_caps_title_kinds = sentence_test(CASES)


def test_the_breaks_beside_a_caps_title_stay_and_a_title_wrapped_in_capitals_joins() -> None:
    """A list of initials is no title: the break between it and a title stays too."""
    text = "tuned models\nSHOP FRONT\nAn online store\nMACHINE LEARNING\nPIPELINE TOOLKIT\nAWS, GCP"
    assert _join_wrapped_lines(text) == (
        "tuned models\nSHOP FRONT\nAn online store\nMACHINE LEARNING PIPELINE TOOLKIT\nAWS, GCP"
    )
    assert (
        _join_wrapped_lines("Python, SQL,\nAWS, GCP\nand Docker")
        == "Python, SQL, AWS, GCP and Docker"
    )
