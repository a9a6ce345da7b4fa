"""Bullets drawn as shapes (a page printed from HTML draws a list's discs) read as typed bullets,
by both engines, so that one list item's last words do not run on into the next item's first."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.engine import Analyzer
from analyzer.extract import extract
from analyzer.extract.chars import Shape, with_drawn_bullets
from analyzer.extract.lines import LayoutLine
from tests import pdf_factory
from tests.extract.helpers import assert_consistent, section_text

ENGINES = ("pdfminer", "pdfium")
EXPERIENCE = [
    "**Analyst, Harbour Bank",
    "- Reviewed the churn models",
    "- Deployed the web portal on AWS",
]
ITEMS = [("Experience", EXPERIENCE), ("Skills", ["- Excel", "- Tableau"])]


@pytest.mark.parametrize("engine", ENGINES)
def test_drawn_discs_open_their_lines_as_typed_bullets(tmp_path: Path, engine: str) -> None:
    resume = extract(pdf_factory.drawn_bullets_pdf(tmp_path / "cv.pdf", ITEMS), engine=engine)  # type: ignore[arg-type]
    assert_consistent(resume)
    experience = section_text(resume, "Experience")
    assert (
        "Analyst, Harbour Bank\n• Reviewed the churn models\n• Deployed the web portal on AWS"
        in experience
    )
    assert "• Excel\n• Tableau" in section_text(resume, "Skills")


@pytest.mark.parametrize(("dot", "icon"), [(3.0, True), (8.0, False)])
def test_an_icon_or_a_dot_as_big_as_a_letter_is_no_bullet(
    tmp_path: Path, dot: float, icon: bool
) -> None:
    pdf = pdf_factory.drawn_bullets_pdf(tmp_path / "cv.pdf", ITEMS, dot=dot, icon=icon)
    for engine in ENGINES:
        resume = extract(pdf, engine=engine)  # type: ignore[arg-type]
        assert "\u2022" not in resume.text
        assert "Reviewed the churn models\nDeployed the web portal on AWS" in resume.text


def test_one_items_words_do_not_run_on_into_the_next(tmp_path: Path) -> None:
    """Without its bullet, "...churn models" and "Deployed..." read as a model deployed."""
    pdf = pdf_factory.drawn_bullets_pdf(tmp_path / "cv.pdf", ITEMS)
    skills = {s.id for s in Analyzer().analyze(pdf).skills if s.present}
    assert "model-deployment" not in skills
    assert "machine-learning-algorithms" in skills  # the churn models themselves


def _line(text: str, x0: float, top: float = 100.0, size: float = 10.0) -> LayoutLine:
    return LayoutLine(text, x0, x0 + 200, top, top + size, size, "DejaVuSans", False)


PAGE_TOP = 800.0


def _dot(x0: float, top: float = 100.0, side: float = 3.0) -> Shape:
    """A dot `side` points across centred on the height of a line whose top is `top`."""
    middle = PAGE_TOP - (top + 5.0)
    return Shape(x0, middle - side / 2, x0 + side, middle + side / 2)


def test_a_dot_opens_the_nearest_line_right_of_it_within_its_gap() -> None:
    lines = [_line("Built dashboards", 50.0), _line("Far away", 300.0)]
    opened = with_drawn_bullets(lines, [_dot(39.0)], PAGE_TOP)
    assert [line.text for line in opened] == ["\u2022 Built dashboards", "Far away"]
    assert opened[0].x0 == 39.0
    assert with_drawn_bullets(lines, [_dot(20.0)], PAGE_TOP) == lines  # 27 points: too far


def test_a_dot_beside_another_line_or_a_typed_bullet_changes_nothing() -> None:
    lines = [_line("- Typed item", 50.0), _line("Next row", 50.0, top=130.0)]
    assert with_drawn_bullets(lines, [_dot(39.0)], PAGE_TOP) == lines
    assert with_drawn_bullets(lines, [_dot(39.0, top=115.0)], PAGE_TOP) == lines  # between rows
