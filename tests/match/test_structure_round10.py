"""A tenth round of structure: what a resume's layout says when its headings carry no style, its
skills rows stand under another section's heading, its dates are written in numbers or its terms
are joined by an arrow. Each rule stands beside look-alikes that must keep their reading, and runs
on plain text and on a PDF set in one font.

Every sentence and resume is written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.engine import Analyzer
from analyzer.extract import extract_text
from analyzer.extract.dates import ROLE_DATES
from analyzer.extract.headings import list_items
from analyzer.extract.lines import LayoutLine
from analyzer.extract.reading_order import rows_of
from analyzer.match.judge import in_tool_list
from tests.match.sentences import ML_SKILLS, present_statuses
from tests.pdf_factory import LINE, MARGIN, ResumePDF, single_column_pdf


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def _sections(text: str) -> list[tuple[str, str]]:
    """(kind, heading) of the sections of a written resume."""
    return [(s.kind, s.heading) for s in extract_text(text).sections]


def _one_font_pdf(path: Path, text: str) -> Path:
    """`text` set line by line in one font and size (headings too), a blank line leaving a gap:
    what an export that styles nothing looks like."""
    pdf = ResumePDF()
    pdf.add_page()
    y = MARGIN + 12
    for line in text.split("\n"):
        if line:
            pdf.text_at(MARGIN, y, line)
        y += LINE
    pdf.output(str(path))
    return path


# --------------------------------------------------------------- headings set apart, no style

PLAIN_HEADINGS = (
    "Ravi Menon\nravi@example.org\n\n"
    "Work\n"
    "Northwind Freight | Data Engineer | 2019 - 2023\n"
    "- Built Airflow pipelines that load shipment data\n"
    "- Tuned PostgreSQL queries for the billing team\n\n"
    "Education\n"
    "BSc Computer Science, Lakeside University\n\n"
    "Papers\n"
    "- Batch loading of sensor data with Kafka (2021)\n"
)


def test_a_one_word_heading_set_apart_in_plain_text_heads_its_section(analyzer: Analyzer) -> None:
    """ "Work" and "Papers" are also ordinary words; a title-case line of their own after a blank
    line, in a resume whose headings have no style, is how plain text sets a heading off."""
    sections = _sections(PLAIN_HEADINGS)
    assert ("experience", "Work") in sections
    assert ("publications", "Papers") in sections
    present = present_statuses(analyzer, PLAIN_HEADINGS)
    assert present["data-processing"] == "demonstrated"
    assert present["sql"] == "demonstrated"


def test_a_heading_in_body_style_counts_in_a_one_font_pdf(
    analyzer: Analyzer, tmp_path: Path
) -> None:
    pdf = _one_font_pdf(tmp_path / "one-font.pdf", PLAIN_HEADINGS)
    assert "experience" in {s.kind for s in analyzer.extract(pdf).sections}
    result = analyzer.analyze(pdf)
    present = {s.id: s.status for s in result.skills if s.present}
    assert present["sql"] == "demonstrated"


def test_a_row_with_an_empty_line_of_space_above_it_is_spaced() -> None:
    def line(text: str, top: float) -> LayoutLine:
        return LayoutLine(text, 40, 200, top, top + 10, 10, "Body", False)

    rows = rows_of([line("Lena Ortiz", 40), line("lena@example.org", 53), line("Work", 79)])
    assert [row.spaced for row in rows] == [False, False, True]


@pytest.mark.parametrize(
    "text",
    [
        # a word of a list, right under another line: no blank line sets it apart
        "Mia Holt\nmia@example.org\n\nSKILLS\nPython\nResearch\nStatistics\n",
        # lower case: a phrase, not a heading
        "Mia Holt\nmia@example.org\n\nSKILLS\nPython, SQL\n\nresearch\nand teaching\n",
    ],
)
def test_a_weak_word_that_is_not_set_apart_heads_nothing(analyzer: Analyzer, text: str) -> None:
    kinds = [kind for kind, _ in _sections(text)]
    assert "experience" not in kinds


def test_a_chef_resume_with_plain_headings_shows_no_ml(analyzer: Analyzer) -> None:
    text = (
        "Lena Ortiz\nlena@example.org\n\n"
        "Work\n"
        "Harbour Bistro | Sous Chef | 2018 - 2024\n"
        "- Ran the line for 120 covers a night\n"
        "- Trained four commis chefs in knife work\n\n"
        "Training\n"
        "Culinary Arts Diploma, City College\n"
    )
    present = present_statuses(analyzer, text)
    assert not {"machine-learning-algorithms", "python", "sql", "deep-learning"} & present.keys()


# --------------------------------------------------------- headings of academic and other CVs


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("CURRENT APPOINTMENTS", "experience"),
        ("POSITIONS OF RESPONSIBILITY", "experience"),
        ("JOBS", "experience"),
        ("INVITED TALKS", "publications"),
        ("PEER-REVIEWED PUBLICATIONS", "publications"),
        ("PREPRINTS", "publications"),
        ("GRADUATE COURSES", "education"),
        ("SUMMER SCHOOLS", "education"),
        ("OPEN SOURCE SOFTWARE", "projects"),
        ("CORE COMPETENCY", "skills"),
        ("LIBRARIES & FRAMEWORKS", "skills"),
        ("LANGUAGE ABILITY", "other"),
        ("ACADEMIC SERVICE", "other"),
        ("HONOURS AND SCHOLARSHIPS", "other"),
        ("FELLOWSHIPS & AWARDS", "other"),
        ("MENTORING", "other"),
        ("FREE TIME ACTIVITIES", "interests"),
        ("RESEARCH STATEMENT", "summary"),
    ],
)
def test_headings_of_academic_and_other_cvs_name_their_section(heading: str, kind: str) -> None:
    text = (
        "Ana Roth\nana@example.org\n\nEXPERIENCE\nLecturer, Hill University, 2019 - 2024\n"
        f"- Taught statistics\n\n{heading}\nThe first line of the section\n"
    )
    assert _sections(text)[-1] == (kind, heading)


def test_a_sentence_under_a_contact_heading_is_read_as_content(analyzer: Analyzer) -> None:
    """Contact lines say where a person is reached; a sentence after them is not one."""
    text = (
        "Ana Roth\n\nBASIC INFORMATION\nana@example.org\n+1 555 0100\n"
        "This resume is written in Markdown and kept under version control with Git on GitHub.\n\n"
        "EXPERIENCE\nLecturer, Hill University, 2019 - 2024\n- Taught statistics\n"
    )
    assert [kind for kind, _ in _sections(text)][:3] == ["contact", "contact", "other"]
    assert "git" in present_statuses(analyzer, text)


def test_a_contact_section_of_addresses_stays_contact(analyzer: Analyzer) -> None:
    text = (
        "Ana Roth\n\nCONTACT\nana@example.org\nGitHub: github.com/ana-roth\n\n"
        "EXPERIENCE\nLecturer, Hill University, 2019 - 2024\n- Taught statistics\n"
    )
    assert "other" not in [kind for kind, _ in _sections(text)]
    assert "git" not in present_statuses(analyzer, text)


@pytest.mark.parametrize("word", ["Mentoring", "Seminars", "Jobs", "News"])
def test_a_weak_heading_word_inside_a_list_heads_nothing(word: str) -> None:
    """Single words that are also items ("Mentoring" among soft skills) need a heading's style."""
    text = f"Ana Roth\nana@example.org\n\nSKILLS\nPlanning\n{word}\nBudgeting\n"
    assert [kind for kind, _ in _sections(text)][-1] == "skills"


# ------------------------------------------------- labelled skills rows under another heading

EDUCATION_WITH_ROWS = (
    "Ines Paz\ninez@example.org\n\n"
    "EXPERIENCE\nBackend Engineer, Orbit Labs, 2020 - 2024\n- Built billing services in Go\n\n"
    "EDUCATION\nMSc Computer Science, Hill University, 2019\n{row}\n"
)


@pytest.mark.parametrize(
    ("row", "skill", "status"),
    [
        ("Technologies: Docker, Kubernetes, PostgreSQL", "docker", "listed"),
        ("Programming languages: Python, Go", "python", "listed"),
        ("Languages: Python, C++, Rust", "python", "listed"),
        ("Cloud skills: AWS, Terraform", "aws", "listed"),
        # coursework keeps its meaning: a course was taken, a tool was not listed
        ("Relevant coursework: Statistics, Databases, Compilers", "statistics", "mentioned"),
    ],
)
def test_a_labelled_skills_row_under_education_is_a_skills_list(
    analyzer: Analyzer, row: str, skill: str, status: str
) -> None:
    present = present_statuses(analyzer, EDUCATION_WITH_ROWS.format(row=row))
    assert present[skill] == status


def test_a_labelled_skills_row_under_education_is_listed_in_a_pdf(
    analyzer: Analyzer, tmp_path: Path
) -> None:
    pdf = single_column_pdf(
        tmp_path / "education-row.pdf",
        [
            (
                "Experience",
                ["**Backend Engineer, Orbit Labs, 2020 - 2024", "• Built services in Go"],
            ),
            ("Education", ["MSc Computer Science, Hill University, 2019", "Tools: Docker, Git"]),
        ],
    )
    present = {s.id: s.status for s in analyzer.analyze(pdf).skills if s.present}
    assert present["docker"] == "listed"


def test_a_labelled_row_is_its_own_section_and_education_resumes_after_it(
    analyzer: Analyzer,
) -> None:
    text = EDUCATION_WITH_ROWS.format(row="Tools: Docker, Git\nThesis: Scheduling of batch jobs")
    kinds = [kind for kind, _ in _sections(text)]
    assert kinds[-3:] == ["education", "skills", "education"]


@pytest.mark.parametrize(
    "row",
    [
        "Languages: English (native), Spanish (fluent)",
        "Tools: a lathe and a milling machine for the workshop course",  # a sentence
        "Software: none beyond the lab's own",  # one item: no list
    ],
)
def test_rows_that_list_no_skills_leave_the_section_as_it_is(analyzer: Analyzer, row: str) -> None:
    kinds = [kind for kind, _ in _sections(EDUCATION_WITH_ROWS.format(row=row))]
    assert "skills" not in kinds


def test_a_skills_row_after_a_list_of_papers_is_listed(analyzer: Analyzer) -> None:
    """An unrecognised heading ("Everything Else") leaves its rows under the papers before it;
    the label says they are a skills list, not a paper."""
    text = (
        "Ines Paz\ninez@example.org\n\nPUBLICATIONS\n- Fast joins over compressed logs (2021)\n\n"
        "Everything Else\nTechnologies: Docker, Kubernetes, Terraform\n"
    )
    assert present_statuses(analyzer, text)["docker"] == "listed"


def test_a_skills_row_in_a_job_entry_stays_demonstrated(analyzer: Analyzer) -> None:
    """Under a role, the label ties the tools to the work (the ninth round's rule)."""
    text = (
        "Ines Paz\ninez@example.org\n\nEXPERIENCE\nBackend Engineer, Orbit Labs, 2020 - 2024\n"
        "- Built billing services in Go\n- Tools: Docker, Kubernetes\n"
    )
    assert present_statuses(analyzer, text)["docker"] == "demonstrated"


def test_a_labelled_pair_under_awards_is_listed(analyzer: Analyzer) -> None:
    """Two items after a label are a list: the colon says one follows."""
    text = (
        "Ines Paz\ninez@example.org\n\nEXPERIENCE\nBackend Engineer, Orbit Labs, 2020 - 2024\n"
        "- Built billing services in Go\n\nAWARDS\nHackathon winner, 2021\n"
        "DL frameworks used: PyTorch, JAX\n"
    )
    assert present_statuses(analyzer, text)["pytorch"] == "listed"


@pytest.mark.parametrize(
    ("body", "items"),
    [
        ("Python, SQL; Docker | Git", ["Python", "SQL", "Docker", "Git"]),
        ("PyTorch, JAX", ["PyTorch", "JAX"]),
        ("built the billing service in Go for three teams, and more", None),
    ],
)
def test_list_items_are_short_parts_between_separators(body: str, items: list[str] | None) -> None:
    assert list_items(body) == items


# ------------------------------------------------------------------------- dates in numbers


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("Data Analyst | 05/2019 - 08/2021", True),
        ("Data Analyst | 2019.05 - 2021.08", True),
        ("Data Analyst | 2020-09 - Present", True),
        ("Data Analyst | 2016-12-05 - 2020-02-14", True),
        ("Data Analyst | Sep. 2019 - Aug 2021", True),
        ("Data Analyst | 2019 to 2021", True),
        ("Data Analyst | Since 09/2019 | Lyon", True),
        ("Grader | Hill University | Sep 2020 -", True),
        ("Raised throughput 1.5 - 2 times", False),
        ("Grader | Hill University | Sep 2020 - a year of marking", False),
        ("Python 3, version 10-2019", False),
    ],
)
def test_role_dates_in_numbers_are_dates(text: str, dated: bool) -> None:
    assert (ROLE_DATES.search(text) is not None) is dated


@pytest.mark.parametrize("dates", ["05/2019 - 08/2021", "2019-05 - 2021-08", "2019.05 - Present"])
def test_an_action_bullet_under_a_role_dated_in_numbers_is_demonstrated(
    analyzer: Analyzer, dates: str
) -> None:
    """No heading names the block; the role's dates and the action verb say it is work."""
    text = (
        f"Omar Said\nomar@example.org\n\nNorthwind Freight | Data Engineer | {dates}\n"
        "- Built Airflow pipelines that load shipment data\n"
    )
    assert present_statuses(analyzer, text)["data-processing"] == "demonstrated"


# ------------------------------------------------------------------------ terms joined by arrows


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("- Ported the models keras→ONNX for the phone app", "keras"),
        ("- Moved the batch jobs from cron⟶Airflow", "data-processing"),
        ("- Migrated reports Excel→PostgreSQL", "sql"),
    ],
)
def test_terms_joined_by_an_arrow_are_read_apart(analyzer: Analyzer, line: str, skill: str) -> None:
    text = f"Omar Said\nomar@example.org\n\nEXPERIENCE\nEngineer, Kite Apps, 2019 - 2023\n{line}\n"
    assert skill in present_statuses(analyzer, text)


# ------------------------------------------------------------- an ambiguous name in a tool list

TOOL_LINES: list[tuple[str, str, bool]] = [
    # a project's stack line: the other items are tools, so the short name is one too
    ("Route Finder | Kite Apps | React, Python, Docker, Redis, S3", "aws", True),
    ("Stack: Go, Python, Docker, Shell", "linux", True),
    ("- Used: Kubernetes, PostgreSQL, Airflow, CNN", "deep-learning", True),
    # the same names where nothing around them is a tool
    ("Partners: Shell, Total, Repsol", "linux", False),
    ("Shipped the app to S3 users across Texas", "aws", False),
    ("Guests: CNN, BBC, Reuters", "deep-learning", False),
    # one tool beside it is not a list of tools
    ("Sponsors: Shell, Docker, Total", "linux", False),
]


@pytest.mark.parametrize(("line", "skill", "expected"), TOOL_LINES)
def test_an_ambiguous_name_in_a_list_of_tools_reads_as_in_a_skills_list(
    analyzer: Analyzer, line: str, skill: str, expected: bool
) -> None:
    text = f"Ann Lee\nann@example.org\n\nPROJECTS\n{line}\n"
    assert (skill in present_statuses(analyzer, text)) is expected


@pytest.mark.parametrize(
    ("line", "term", "expected"),
    [
        ("React, Python, Docker, S3", "S3", True),
        ("• Tools: Python, Docker, S3", "S3", True),
        ("React, Python, Docker, S3 buckets", "S3", False),  # not a whole item
        ("Python, S3", "S3", False),  # too short a list
        ("Wrote Python and Docker tooling for S3, twice", "S3", False),  # a sentence
    ],
)
def test_in_tool_list_needs_a_whole_item_among_tools(line: str, term: str, expected: bool) -> None:
    assert in_tool_list(line, term, {"python", "docker", "react"}) is expected


# ------------------------------------------------------------ resumes outside ML stay clean

OUTSIDE_ML = [
    # an accountant: plain headings, a labelled software row under education, numeric dates
    "Paula Grant\npaula@example.org\n\nWork\nHale & Co | Senior Accountant | 03/2017 - 11/2023\n"
    "- Closed the books monthly for twelve entities\n- Reconciled bank feeds and accruals\n\n"
    "Education\nBA Accounting, Riverside University\nSoftware: Excel, QuickBooks, Sage\n",
    # a web developer: a stack line with a short ambiguous name, an arrow, a one-font layout
    "Tom Reyes\ntom@example.org\n\nProjects\nShop Front | React, Node.js, Redis, Shell\n"
    "- Moved the catalogue PHP→Node and cut page loads by 40%\n\n"
    "Training\nFull-stack bootcamp, 2019\n",
    # a chef: awards with a labelled pair, a kitchen's equipment in a list
    "Lena Ortiz\nlena@example.org\n\nExperience\nHarbour Bistro | Head Chef | 2016.04 - Present\n"
    "- Designed a seasonal tasting menu\n\nAwards\nRegional cook-off, 2021\n"
    "Equipment: Rational ovens, Pacojet\n",
]


@pytest.mark.parametrize("text", OUTSIDE_ML, ids=["accountant", "web-developer", "chef"])
def test_resumes_outside_ml_show_no_ml_skill(analyzer: Analyzer, text: str) -> None:
    assert not ML_SKILLS & present_statuses(analyzer, text).keys()
