"""A ninth round, of structure rather than vocabulary: how a resume's layout says what its words
are. A label that says its items are interests or things being learned makes them wishes; an
inline "Skills:" or "Tools:" line inside a job entry is a skills list of that role; a Git host's
name as the text of a link says where code is, not that the person used Git. Each rule stands
beside look-alikes that must still count.

Every sentence and resume is written for these tests."""

from __future__ import annotations

import pytest

from analyzer.engine import Analyzer
from analyzer.match.judge import labelled_section
from tests.match.sentences import Case, present_statuses, sentence_test


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


SKILLS_BLOCK = (
    "Sam Ito\nsam@example.org\n\nSKILLS\nLanguages: Go, Java\n{row}\n\nEDUCATION\nBA, 2018\n"
)


@pytest.mark.parametrize(
    "row",
    [
        "Interests: Docker, Kubernetes",
        "Currently learning: Docker, Kubernetes",
        "Exploring: Docker, Kubernetes",
        "Platform Interests: Docker, Kubernetes",
        "Learning: Docker, Kubernetes",
    ],
)
def test_a_row_of_interests_or_learning_in_a_skills_block_does_not_count(
    analyzer: Analyzer, row: str
) -> None:
    present = present_statuses(analyzer, SKILLS_BLOCK.format(row=row))
    assert "docker" not in present and "kubernetes" not in present


@pytest.mark.parametrize(
    "row",
    [
        "Tools: Docker, Kubernetes",
        "Skills & Interests: Docker, Kubernetes",
        "Cloud: Docker, Kubernetes (interested in operators)",
    ],
)
def test_a_row_that_names_skills_counts(analyzer: Analyzer, row: str) -> None:
    present = present_statuses(analyzer, SKILLS_BLOCK.format(row=row))
    assert present.get("docker") == "listed"


def test_a_learning_heading_governs_its_block(analyzer: Analyzer) -> None:
    text = (
        "Sam Ito\nsam@example.org\n\nSKILLS\nGo, Java, SQL\n\n"
        "CURRENTLY LEARNING\n• Docker for local clusters\n• Kubernetes operators\n\n"
        "FUTURE GOALS\n• Move into MLOps\n\n"
        "EXPERIENCE\nBackend Engineer, Nova Pay, 2019 - 2024\n• Built payment APIs in Go\n"
    )
    present = present_statuses(analyzer, text)
    assert not {"docker", "kubernetes", "mlops"} & present.keys()
    assert present.get("sql") == "listed"


JOB_WITH_TOOLS = (
    "Sam Ito\nsam@example.org\n\nEXPERIENCE\nSupport Engineer, Nova Pay, 2019 - 2024\n"
    "• Answered tickets about failed payouts\n{line}\n"
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("• Skills: Shell, Terraform, Grafana", True),
        ("• Tools: Shell, Terraform", True),
        ("- Tech stack: Shell, Terraform", True),
        ("• Fuelled the van at a Shell station on Fridays", False),
        ("• Partners: Shell, Total", False),
    ],
)
def test_an_inline_skills_line_in_a_job_entry_is_a_skills_list(
    analyzer: Analyzer, line: str, expected: bool
) -> None:
    """ "Shell" alone counts only in a skills list or beside a shell word; a "Skills:" line under
    a role is one. It stays `demonstrated`: the label ties the tools to the dated role."""
    present = present_statuses(analyzer, JOB_WITH_TOOLS.format(line=line))
    assert ("linux" in present) is expected
    if expected:
        assert present["linux"] == "demonstrated"


@pytest.mark.parametrize(
    ("line", "word", "expected"),
    [
        ("• Tools: Shell, Helm", "Shell", "skills"),
        ("Tech stack: Go, Shell", "Shell", "skills"),
        ("Portfolio: Shell scripts", "Shell", None),  # a label, but of no skills list
        ("Shell Tools: Helm", "Shell", None),  # the word is the label itself
        ("Wrote Shell tools", "Shell", None),
    ],
)
def test_labelled_section_names_a_skills_list_only(
    line: str, word: str, expected: str | None
) -> None:
    text = f"Header\n{line}\n"
    start = text.index(word)
    assert labelled_section(text, start, start + len(word), tools=()) == expected


LINK_LABELS: list[Case] = [
    # A Git host's name as a link's text.
    ("projects", "Word Counter | Python, NumPy GitHub", "git", False),
    ("projects", "Route Planner (prototype) | GitHub | Live Demo", "git", False),
    ("projects", "GitHub | Demo | Paper", "git", False),
    ("projects", "Image Captioner [GitHub]", "git", False),
    ("projects", "Image Captioner (GitLab)", "git", False),
    ("projects", "Code: GitHub", "git", False),
    ("projects", "Route Planner | GitHub", "git", False),
    ("experience", "Route Planner\tGitLab", "git", False),
    ("skills", "Version Control | GitHub", "git", True),
    # Git used: in a sentence, a list of tools, a table row of tools, GitHub Actions.
    ("projects", "Released the code on GitHub under the MIT licence", "git", True),
    ("skills", "Version Control: Git & GitHub", "git", True),
    ("skills", "Tools: Docker, GitHub, Jira", "git", True),
    ("skills", "Version Control | GitLab | Bitbucket", "git", True),
    ("projects", "Set up CI with GitHub Actions for the parser", "git", True),
    ("projects", "Chess Engine | Python, Git", "git", True),
]  # fmt: skip


test_a_git_host_as_a_link_text_is_not_git_use = sentence_test(LINK_LABELS)


@pytest.mark.parametrize(
    ("text", "skills"),
    [
        ("技能\uff1aPython、Docker、SQL", {"python", "docker", "sql"}),
        ("熟练使用Python和Docker", {"python", "docker"}),
        ("熟悉 Kubernetes、MLflow 等工具", {"kubernetes", "mlflow"}),
        ("会用 Docker（熟练）与 Git", {"docker", "git"}),
    ],
)
def test_east_asian_lists_are_read_item_by_item(
    analyzer: Analyzer, text: str, skills: set[str]
) -> None:
    present = present_statuses(analyzer, f"Sam Ito\nsam@example.org\n\nSKILLS\n{text}\n")
    assert skills <= present.keys()
