"""Labels that govern the items after them: a heading or an inline label that says its items are
being learned or are interests ("Currently learning", "Future goals", "Cloud Interests: ...")
makes them an interests section, which does not count; a label that names a skills list does
not. Every resume here is written for these tests."""

from __future__ import annotations

import pytest

from analyzer.extract import extract_text
from analyzer.extract.headings import inline_label, match_heading
from tests.extract.helpers import assert_consistent, kinds


def _kind_at(text: str, phrase: str) -> str:
    resume = extract_text(text)
    assert_consistent(resume)
    section = resume.section_at(resume.text.index(phrase))
    assert section is not None
    return section.kind


@pytest.mark.parametrize(
    "heading",
    [
        "CURRENTLY LEARNING",
        "Currently learning:",
        "Learning goals",
        "FUTURE GOALS",
        "Career Interests",
        "Currently Exploring",
        "Areas of interest",
    ],
)
def test_a_learning_or_goals_heading_heads_interests(heading: str) -> None:
    text = (
        "Jo Park\njo@example.org\n\nSKILLS\nPython, SQL\n\n"
        f"{heading}\n• Rust for embedded boards\n• Kubernetes operators\n\n"
        "EXPERIENCE\nAnalyst, Beta Bank, 2020 - 2024\n• Built reports in Tableau\n"
    )
    assert _kind_at(text, "Kubernetes operators") == "interests"
    assert _kind_at(text, "Tableau") == "experience"
    assert _kind_at(text, "Python, SQL") == "skills"


@pytest.mark.parametrize(
    "label",
    ["Interests", "Currently learning", "Exploring", "Data Platform Interests", "Interest"],
)
def test_an_interests_row_inside_a_skills_block_is_interests(label: str) -> None:
    text = (
        "Jo Park\njo@example.org\n\nSKILLS\nLanguages: Go, Python\n"
        f"{label}: Stream Processing, Vector Search,\nGraph Databases\n"
        "Tools: Docker, Terraform\n\nEDUCATION\nBSc Physics, 2019\n"
    )
    resume = extract_text(text)
    assert_consistent(resume)
    assert kinds(resume) == ["contact", "skills", "interests", "skills", "education"]
    assert _kind_at(text, "Vector Search") == "interests"
    assert _kind_at(text, "Graph Databases") == "interests"  # its list goes on on the next line
    assert _kind_at(text, "Docker, Terraform") == "skills"  # the skills block resumes
    assert _kind_at(text, "Go, Python") == "skills"


@pytest.mark.parametrize(
    "row",
    [
        "Skills & Interests: Stream Processing, Vector Search",  # names skills first
        "Languages: Stream Processing, Vector Search",
        "Machine Learning (interest in ranking): Vector Search",  # a remark, not a label
        "Goals: Stream Processing, Vector Search",  # the goals of a piece of work
        "Built an interest rate model: Vector Search",
        "Interest Rate Models: Vector Search",
        "Hobbies and Tools: Vector Search",  # names interests first, then tools
    ],
)
def test_rows_that_name_no_interests_stay_in_their_section(row: str) -> None:
    text = f"Jo Park\njo@example.org\n\nSKILLS\nTools: Docker\n{row}\n\nEDUCATION\nBSc, 2019\n"
    assert _kind_at(text, "Vector Search") == "skills"


def test_an_interests_row_of_a_skills_table_is_interests() -> None:
    text = (
        "Jo Park\njo@example.org\n\nSKILLS\nLanguages\tGo, Python\n"
        "Interest\tStream Processing, Vector Search\nTools\tDocker, Terraform\n"
    )
    assert _kind_at(text, "Vector Search") == "interests"
    assert _kind_at(text, "Docker, Terraform") == "skills"
    assert _kind_at(text, "Go, Python") == "skills"


def test_an_interests_label_in_a_job_entry_covers_only_its_line() -> None:
    text = (
        "Jo Park\njo@example.org\n\nEXPERIENCE\nEngineer, Gamma Labs, 2021 - present\n"
        "• Research interests: graph neural networks\n• Built a feature store in Spark\n"
    )
    assert _kind_at(text, "graph neural networks") == "interests"
    assert _kind_at(text, "feature store") == "experience"


@pytest.mark.parametrize(
    ("line", "label", "kind"),
    [
        ("• Tools: Docker, Helm", "Tools", "skills"),
        ("- Tech stack: Go, Redis", "Tech stack", "skills"),
        ("Currently learning: Rust", "Currently learning", "interests"),
        ("Cloud Interests: serverless", "Cloud Interests", "interests"),
        ("Interests\tChess, Go", "Interests", "interests"),
    ],
)
def test_inline_label_names_the_section_of_its_items(line: str, label: str, kind: str) -> None:
    found = inline_label(line)
    assert found is not None
    assert (found[0], found[1].kind) == (label, kind)


@pytest.mark.parametrize(
    "line", ["Interests:", "Reduced cost by 30%: a summary", "Python, Go: fluent", "No label"]
)
def test_lines_without_a_section_label(line: str) -> None:
    assert inline_label(line) is None


@pytest.mark.parametrize(
    ("heading", "weak"),
    [
        ("INDUSTRY", True),
        ("Teaching", True),
        ("Academia", True),
        ("Current Position", False),
        ("Academic Appointments", False),
    ],
)
def test_academic_cv_headings_head_experience(heading: str, weak: bool) -> None:
    match = match_heading(heading)
    assert match is not None and (match.kind, match.weak) == ("experience", weak)


def test_a_bounded_block_that_introduces_a_list_keeps_the_list() -> None:
    """An interests paragraph ending on a colon goes on over the bullets it introduces, even with
    blank lines between them; what follows the list is read again."""
    text = (
        "Jo Park\njo@example.org\n\nResearch Interests\n\nMy open questions include:\n\n"
        "- Bayesian optimisation of recipes\n\n- Graph neural networks for traffic\n\n"
        "Where I Worked\nAcme, 2019 - 2023\n• Built models in Python\n"
    )
    assert _kind_at(text, "Graph neural networks") == "interests"
    assert _kind_at(text, "Built models") == "other"


def test_a_bounded_section_of_titled_lists_runs_over_them_all() -> None:
    """Interests written as titled lists ("Vision" over its bullets, then "MLOps" over its own)
    are one section; a paragraph after the lists is read again."""
    text = (
        "Jo Park\njo@example.org\n\nInterests\n\nComputer Vision\n• Medical imaging\n"
        "• Video models\n\nMLOps\n• Kafka, Docker, GCP\n\nBuilt a parser in Python for Acme.\n"
    )
    assert _kind_at(text, "Medical imaging") == "interests"
    assert _kind_at(text, "Kafka, Docker") == "interests"
    assert _kind_at(text, "Built a parser") == "other"


def test_one_titled_list_bounds_the_section_as_a_block_does() -> None:
    text = (
        "Jo Park\njo@example.org\n\nInterests\n\nComputer Vision\n• Medical imaging\n\n"
        "Acme, 2019 - 2023\n• Built models in Python\n"
    )
    assert _kind_at(text, "Built models") == "other"


def test_a_role_under_titled_interests_is_read_again() -> None:
    """A line over long bullets heads a role, not a topic, even without dates."""
    text = (
        "Jo Park\njo@example.org\n\nInterests\n\nComputer Vision\n• Medical imaging\n\n"
        "Data Engineer at Acme\n• Built the nightly pipelines that load sales data into the "
        "warehouse with Python and Airflow\n"
    )
    assert _kind_at(text, "Built the nightly") == "other"


def test_a_bounded_block_without_a_colon_ends_before_the_bullets() -> None:
    text = (
        "Jo Park\njo@example.org\n\nResearch Interests\n\nRobust models of speech.\n\n"
        "- Built models in Python at Acme\n"
    )
    assert _kind_at(text, "Built models") == "other"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("ML & AI Projects", "projects"),
        ("Selected Industry Experience", "experience"),
        ("Cloud and Data Skills", "skills"),
    ],
)
def test_a_plain_text_heading_with_a_section_word_after_a_blank_line(line: str, kind: str) -> None:
    text = (
        f"Jo Park\n\nEducation\n\nBSc Physics, 2019\n\n{line}\n"
        "Route Planner | Python, Go\n• Built a planner for deliveries\n"
    )
    assert _kind_at(text, "Route Planner") == kind


@pytest.mark.parametrize(
    "line",
    [
        "Built side projects",  # a sentence: lower-case words
        "Projects Delivered On Time For Every Client Of The Year.",  # a sentence
    ],
)
def test_lines_with_a_section_word_that_are_not_headings(line: str) -> None:
    text = f"Jo Park\n\nEducation\n\nBSc Physics, 2019\n\n{line}\nRoute Planner | Python, Go\n"
    assert _kind_at(text, "Route Planner") == "education"
