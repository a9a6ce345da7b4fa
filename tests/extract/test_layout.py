"""Reading order: columns read apart, tables row by row, pages placed in the text."""

from __future__ import annotations

import dataclasses
import itertools
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analyzer.extract import extract
from analyzer.extract.lines import LayoutLine
from analyzer.extract.reading_order import find_column_split, rows_of
from tests import pdf_factory
from tests.extract.helpers import assert_consistent, kinds, section_text

LEFT = [
    ("Education", ["MSc Computer Science, 2019", "Thesis on graph networks"]),
    ("Skills", ["Python, SQL, Docker", "Kubernetes, AWS"]),
]
RIGHT = [
    (
        "Experience",
        [
            "Data Engineer, Acme Corp",
            "• Built Spark pipelines in Python",
            "• Shipped Kubernetes jobs",
        ],
    ),
    ("Projects", ["Fraud detector with PyTorch", "Recommender with TensorFlow"]),
]
SIDEBAR = [
    ("Skills", ["Python, SQL", "Docker, AWS"]),
    ("Languages", ["English (native)", "German"]),
]
MAIN = [
    ("Experience", ["Data Engineer, Acme Corp", "• Built Spark pipelines in Python"]),
    ("Projects", ["Fraud detector with PyTorch"]),
    ("Education", ["MSc Computer Science, 2019"]),
]


def test_two_columns_are_read_left_then_right(tmp_path: Path) -> None:
    resume = extract(pdf_factory.two_column_pdf(tmp_path / "two.pdf", LEFT, RIGHT))
    assert_consistent(resume)
    assert resume.parse.pages[0].columns == 2
    assert resume.parse.columns_detected
    assert kinds(resume) == ["contact", "education", "skills", "experience", "projects"]
    skills = section_text(resume, "SKILLS")
    assert "Python, SQL, Docker\nKubernetes, AWS" in skills
    assert "Spark" not in skills
    experience = section_text(resume, "EXPERIENCE")
    assert "• Built Spark pipelines in Python\n• Shipped Kubernetes jobs" in experience
    assert any(d.code == "columns" and d.page == 1 for d in resume.diagnostics)


def test_a_short_column_with_its_own_heading_is_a_column(tmp_path: Path) -> None:
    """A sidebar holding only an education entry beside a long column of jobs: short as it is,
    each side carries a heading, so the columns are read apart and not row by row."""
    bullets = [f"• Built pipeline {n} with Spark and Airflow for team {n}" for n in range(24)]
    left = [("Education", ["BSc Statistics, 2014", "Thesis on spatial clustering", "MSc, 2016"])]
    right = [("Experience", ["Data Scientist, Acme Corp", *bullets])]
    resume = extract(pdf_factory.two_column_pdf(tmp_path / "short.pdf", left, right))
    assert_consistent(resume)
    assert resume.parse.pages[0].columns == 2
    assert kinds(resume) == ["contact", "education", "experience"]
    education = section_text(resume, "EDUCATION")
    assert "BSc Statistics, 2014\nThesis on spatial clustering" in education
    assert "Spark" not in education


def _piece(text: str, x0: float, x1: float) -> LayoutLine:
    return LayoutLine(text, x0, x1, 100.0, 110.0, 10.0, "Body", False)


def test_the_pieces_of_a_justified_row_are_words_not_cells() -> None:
    """A narrow column's justified line that the engine drew in pieces (its spaces stretched
    wider than a font size) reads as words; a date far to the right of a title is a cell."""
    stretched = [_piece("Statistics,", 40, 90), _piece("Differential", 103, 160),
                 _piece("Equations", 173, 220)]  # fmt: skip
    assert [row.text for row in rows_of(stretched)] == ["Statistics, Differential Equations"]
    dated = [_piece("Data", 40, 60), _piece("Scientist", 63, 100), _piece("2019", 300, 320)]
    assert [row.text for row in rows_of(dated)] == ["Data Scientist\t2019"]


@pytest.mark.parametrize("side", ["left", "right"])
def test_a_sidebar_stays_apart_from_the_main_column(tmp_path: Path, side: str) -> None:
    resume = extract(pdf_factory.sidebar_pdf(tmp_path / f"{side}.pdf", MAIN, SIDEBAR, side=side))
    assert_consistent(resume)
    assert resume.parse.pages[0].columns == 2
    sections = {s.heading: s for s in resume.sections if s.heading}
    assert sections["SKILLS"].kind == "skills"
    assert sections["LANGUAGES"].kind == "other"  # spoken languages, not programming ones
    assert "Python, SQL\nDocker, AWS" in section_text(resume, "SKILLS")
    assert "English" not in section_text(resume, "EXPERIENCE")
    assert "PyTorch" not in section_text(resume, "SKILLS")
    sidebar_first = side == "left"
    skills_start = sections["SKILLS"].start
    assert (skills_start < sections["EXPERIENCE"].start) == sidebar_first


def test_a_table_is_read_row_by_row(tmp_path: Path) -> None:
    rows = [
        ("Python", "5 years", "Expert"),
        ("SQL", "3 years", "Advanced"),
        ("Docker", "2 years", "Basic"),
    ]
    path = pdf_factory.table_pdf(
        tmp_path / "table.pdf",
        "Skills",
        rows,
        before=[("Summary", ["Data engineer who likes tidy data."])],
        after=[("Education", ["BSc Mathematics"])],
    )
    resume = extract(path)
    assert_consistent(resume)
    assert resume.parse.pages[0].columns == 1
    skills = section_text(resume, "SKILLS")
    assert "Python\t5 years\tExpert\nSQL\t3 years\tAdvanced\nDocker\t2 years\tBasic" in skills
    assert kinds(resume) == ["contact", "summary", "skills", "education"]


def test_pages_are_joined_by_a_blank_line_and_spanned(tmp_path: Path) -> None:
    path = pdf_factory.multi_page_pdf(
        tmp_path / "pages.pdf",
        [
            [("Experience", ["Engineer at Acme, built ETL in Python"])],
            [("Education", ["BSc Physics"])],
            [("Skills", ["SQL, Spark"])],
        ],
    )
    resume = extract(path)
    assert_consistent(resume)
    assert [p.number for p in resume.pages] == [1, 2, 3]
    second = resume.pages[1]
    assert resume.text[second.start : second.end] == "EDUCATION\nBSc Physics"
    assert [(s.kind, s.page) for s in resume.sections] == [
        ("contact", 1),
        ("experience", 1),
        ("education", 2),
        ("skills", 3),
    ]
    assert resume.page_at(resume.text.index("SQL, Spark")) == 3


def _line(text: str, x0: float, x1: float, top: float, size: float = 10) -> LayoutLine:
    return LayoutLine(text, x0, x1, top, top + size, size, "Body", False)


def test_a_left_date_column_is_not_split_from_its_entries() -> None:
    dates = ["2019 - 2021", "2017 - 2019", "2015 - 2017", "Jan 2014", "2012 - Present"]
    lines = []
    for i, date in enumerate(dates):
        lines.append(_line(date, 40, 110, 100 + 40 * i))
        lines.append(_line(f"Engineer at company {i}, built things", 140, 420, 100 + 40 * i))
        lines.append(_line(f"Shipped product {i} with Python", 140, 380, 113 + 40 * i))
    assert find_column_split(lines) is None
    rows = [row.text for row in rows_of(lines)]
    assert rows[0] == "2019 - 2021\tEngineer at company 0, built things"


def test_close_pieces_of_a_row_join_with_a_space_far_ones_with_a_tab() -> None:
    lines = [_line("users. Expert", 30, 100, 50), _line("in Docker", 108, 160, 50.5)]
    lines += [_line("Senior Engineer", 30, 120, 70), _line("2019 - 2023", 400, 460, 70)]
    assert [row.text for row in rows_of(lines)] == [
        "users. Expert in Docker",
        "Senior Engineer\t2019 - 2023",
    ]


def test_a_two_page_resume_extracts_well_under_a_second(tmp_path: Path) -> None:
    many = [(f"Line {i}: built data pipelines with Python and SQL at scale") for i in range(40)]
    path = pdf_factory.multi_page_pdf(
        tmp_path / "two-pages.pdf", [[("Experience", many[:20])], [("Projects", many[20:])]]
    )
    extract(path)  # warm caches (font tables, imports)
    timings = []
    for _ in range(3):  # the best of three, so a busy machine does not fail the test
        started = time.perf_counter()
        extract(path)
        timings.append(time.perf_counter() - started)
    assert min(timings) < 1.0


def _layout_line(x0: float, width: float, top: float, letters: int) -> LayoutLine:
    return LayoutLine("x" * letters, x0, x0 + width, top, top + 10.0, 10.0, "Body", False)


PAGE_LINES = st.lists(
    st.builds(
        _layout_line,
        st.sampled_from([40.0, 45.0, 200.0, 230.0, 300.0, 320.0, 400.0]),
        st.sampled_from([20.0, 60.0, 120.0, 180.0, 300.0, 500.0]),
        st.integers(0, 40).map(lambda row: 40.0 + 13.0 * row),
        st.integers(1, 80),
    ),
    min_size=6,
    max_size=40,
)
"""Pages of lines at a few left edges, widths and rows: columns, sidebars, full-width lines
and rows shared across a gutter, in every mixture."""


@settings(max_examples=300, deadline=None)
@given(PAGE_LINES)
def test_column_split_prechecks_refuse_only_gutters_without_columns(
    lines: list[LayoutLine],
) -> None:
    """The binary-search prechecks of a gutter (`may_have_columns`, `may_hold_a_zone`) change
    nothing: the split is the one trying every gutter in full finds."""
    from analyzer.extract import reading_order

    found = find_column_split(lines)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(reading_order._Geometry, "may_have_columns", lambda *_: True)
        patch.setattr(reading_order._Geometry, "may_hold_a_zone", lambda *_: True)
        assert find_column_split(lines) == found


ROW_LINES = st.lists(
    st.builds(
        LayoutLine,
        st.sampled_from(["Python", "SQL, Docker", "2019 - 2023", ""]),
        st.sampled_from([40.0, 120.0, 121.5, 300.0]),
        st.sampled_from([100.0, 130.0, 400.0]),
        st.integers(0, 24).map(lambda row: 40.0 + 2.0 * row),
        st.sampled_from([5.0, 10.0, 15.0]),  # the height, made the bottom below
        st.sampled_from([9.0, 10.0, 12.5]),
        st.sampled_from(["Body", "Body-Bold"]),
        st.booleans(),
    ).map(lambda line: dataclasses.replace(line, bottom=line.top + line.bottom)),
    min_size=1,
    max_size=20,
)
"""Lines of a few texts, sizes and fonts at rows that overlap or not, some alone on a row."""


@settings(max_examples=300, deadline=None)
@given(ROW_LINES)
def test_a_row_of_one_line_is_made_as_any_row(lines: list[LayoutLine]) -> None:
    """`_row_groups` groups the lines as comparing each with its row's first line does, and
    `_rows` makes a row of one line directly: the row its pieces would make."""
    from analyzer.extract import reading_order

    groups: list[list[int]] = []
    for i in sorted(range(len(lines)), key=lambda i: (lines[i].top, lines[i].x0)):
        first, line = lines[groups[-1][0]] if groups else None, lines[i]
        if first is not None and min(first.bottom, line.bottom) - max(
            first.top, line.top
        ) >= reading_order.SAME_ROW_OVERLAP * min(first.height, line.height):
            groups[-1].append(i)
        else:
            groups.append([i])
    assert reading_order._row_groups(lines) == groups
    rows, above = [], None
    for group in groups:
        pieces = sorted([lines[i] for i in group], key=lambda line: line.x0)
        top, bottom = min(p.top for p in pieces), max(p.bottom for p in pieces)
        gap = max(p.height for p in pieces) * reading_order.SPACED_ROW
        rows.append(reading_order._row(pieces, spaced=above is not None and top - above >= gap))
        above = bottom
    assert rows_of(lines) == rows


@settings(max_examples=200, deadline=None)
@given(PAGE_LINES)
def test_the_geometry_is_the_lines_sorted_by_each_value(lines: list[LayoutLine]) -> None:
    """`_Geometry.of` sorts the lines' positions by their values: the orders (and the running
    character counts) of sorting the lines themselves by each."""
    from analyzer.extract import reading_order

    geometry = reading_order._Geometry.of(lines)
    for values, counts, key in (
        (geometry.right_ends, geometry.chars_ending, lambda line: line.x1),
        (geometry.left_ends, geometry.chars_starting, lambda line: line.x0),
        (geometry.centers, geometry.chars_above, lambda line: (line.top + line.bottom) / 2),
    ):
        ordered = sorted(lines, key=key)
        assert values == [key(line) for line in ordered]
        assert counts == [0, *itertools.accumulate(len(line.text) for line in ordered)]


MARGIN_HEADED = [
    ("Work", ["Data Engineer, Acme Corp, 2020 - 2024", "• Built Spark pipelines in Python",
              "• Ran nightly jobs on Kubernetes"]),
    ("Education", ["MSc Computer Science, 2019", "Thesis on graph networks"]),
    ("Skills", ["Highlights", "Python, SQL, Docker", "Airflow, dbt, AWS"]),
    ("Interests", ["Climbing, chess"]),
]  # fmt: skip


def test_headings_in_the_margin_are_read_with_their_sections(tmp_path: Path) -> None:
    """A margin of headings, each on the row of its section's first line, is not a column (even
    beside a sub-heading of the vocabulary, "Highlights"): each heading opens its section, a
    weak one ("Work") too once the margin holds others."""
    resume = extract(pdf_factory.margin_headings_pdf(tmp_path / "margin.pdf", MARGIN_HEADED))
    assert_consistent(resume)
    assert resume.parse.pages[0].columns == 1
    assert kinds(resume) == ["contact", "experience", "education", "skills", "interests"]
    assert section_text(resume, "WORK").startswith("Work\tData Engineer, Acme Corp, 2020 - 2024\n")
    assert "Kubernetes" not in section_text(resume, "SKILLS")


def test_a_sidebar_of_lists_beside_headed_text_is_a_column() -> None:
    """Headings in a margin wrap to a few lines; a sidebar's list runs on under its heading, so
    the sidebar stays a column even where its headings sit level with the text's."""
    items = ["Skills", "Python", "Docker", "SQL", "Spark", "Airflow"]
    lines = [_line(item, 40, 100, 100 + 13 * i) for i, item in enumerate(items)]
    lines += [_line("Languages", 40, 100, 200), _line("German", 40, 100, 213)]
    body = ["Experience", *(f"Built pipeline {i} for the data platform team" for i in range(6))]
    lines += [_line(text, 160, 420, 100 + 13 * i) for i, text in enumerate(body)]
    lines += [_line("Projects", 160, 220, 200), _line("Fraud detector in PyTorch", 160, 330, 213)]
    split = find_column_split(lines)
    assert split is not None
    assert [line.text for line in split.left] == [*items, "Languages", "German"]


LANGUAGES = ["English, fluent", "Spanish, good", "German, basic", "Dutch, basic", "Welsh, basic"]
SIDEBAR_PAGE_2 = [("Languages", LANGUAGES)]
MAIN_PAGE_2 = [("", [f"• Ran the nightly ledger checks, batch {n}" for n in range(1, 8)])]


def test_columns_going_on_from_the_page_before_stay_columns(tmp_path: Path) -> None:
    """On a second page whose sidebar and main column share a baseline grid and only the sidebar
    has a heading, the rows align as a table's would: read alone, the page is one column of
    rows that mix the two; read after a page with columns at the same place, it has them too."""
    experience = ["**Analyst, Harbour Bank", "• Built the audit reports"] + ["• Kept the books"] * 5
    first = (
        [("Skills", ["Python", "SQL", "Excel"]), ("Education", ["BSc Economics"])],
        [("Experience", experience)],
    )
    pdf = pdf_factory.sidebar_pages_pdf(tmp_path / "cv.pdf", [first, (SIDEBAR_PAGE_2, MAIN_PAGE_2)])
    resume = extract(pdf)
    assert_consistent(resume)
    assert [page.columns for page in resume.parse.pages] == [2, 2]
    checks = "\n".join(f"• Ran the nightly ledger checks, batch {n}" for n in range(1, 8))
    assert checks in resume.text
    assert "\n".join(LANGUAGES) in resume.text
    alone = pdf_factory.sidebar_pages_pdf(tmp_path / "alone.pdf", [(SIDEBAR_PAGE_2, MAIN_PAGE_2)])
    assert extract(alone).parse.pages[0].columns == 1  # a page alone: cells of a table


FOOTER = "Ada Lovelace · Curriculum vitae, 2026 · data analyst, reporting and audit · page"


@pytest.mark.parametrize(("side", "footer"), [("left", ""), ("right", ""), ("right", FOOTER)])
def test_each_column_goes_on_in_its_own_section_on_the_next_page(
    tmp_path: Path, side: str, footer: str
) -> None:
    """Lines that go on at the top of a page's column, under no heading, are in the section that
    column ended in on the page before, whichever column was read last there: a sidebar's list
    goes on as skills, the main column's bullets as experience (with a sidebar on the right, read
    after the main column, the bullets would otherwise fall to the sidebar's section). A footer
    under both columns ends neither."""
    experience = ["**Analyst, Harbour Bank", "• Built the audit reports"] + ["• Kept the books"] * 9
    first = ([("Skills", ["Python", "SQL", "Excel", "Tableau"])], [("Experience", experience)])
    second = (
        [("", ["Power BI", "dbt", "Looker"]), ("Languages", LANGUAGES)],
        [("", ["• Wrote the month-end ledger scripts", "• Trained two analysts"] * 4)],
    )
    pdf = pdf_factory.sidebar_pages_pdf(
        tmp_path / "cv.pdf", [first, second], side=side, footer=footer
    )
    resume = extract(pdf)
    assert_consistent(resume)
    assert [page.columns for page in resume.parse.pages] == [2, 2]
    ledger = resume.text.index("• Wrote the month-end ledger scripts")
    assert resume.section_at(ledger).kind == "experience"
    assert resume.section_at(resume.text.index("Looker")).kind == "skills"


def test_a_main_column_going_on_beside_no_sidebar_stays_in_its_section(tmp_path: Path) -> None:
    """A right sidebar that ends on the first page leaves the next page one column: the main
    column's lines there go on from it, not from the sidebar read last."""
    experience = ["**Analyst, Harbour Bank", "• Built the audit reports"] + ["• Kept the books"] * 9
    first = ([("Skills", ["Python", "SQL", "Excel", "Tableau"])], [("Experience", experience)])
    second: tuple[pdf_factory.Sections, pdf_factory.Sections] = (
        [],
        [("", ["• Wrote the month-end ledger scripts", "• Trained two analysts"] * 4)],
    )
    pdf = pdf_factory.sidebar_pages_pdf(tmp_path / "cv.pdf", [first, second], side="right")
    resume = extract(pdf)
    assert_consistent(resume)
    assert [page.columns for page in resume.parse.pages] == [2, 1]
    ledger = resume.text.index("• Wrote the month-end ledger scripts")
    assert resume.section_at(ledger).kind == "experience"
