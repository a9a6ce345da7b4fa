"""Reading postings: which skills are asked, at which level, and what is dropped and why."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer import Analyzer
from analyzer.job import JobTarget
from tests.job import postings
from tests.pdf_factory import single_column_pdf


def levels(target: JobTarget) -> dict[str, str]:
    return {r.id: r.level for r in target.requirements}


def dropped(target: JobTarget) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for note in target.not_asked:
        found.setdefault(note.id, set()).add(note.reason)
    return found


@pytest.fixture(scope="module")
def aggregator(analyzer: Analyzer) -> JobTarget:
    return analyzer.read_job(postings.AGGREGATOR, name="aggregator.md")


@pytest.fixture(scope="module")
def one_line(analyzer: Analyzer) -> JobTarget:
    return analyzer.read_job(postings.ONE_LINE, name="one-line.txt")


@pytest.fixture(scope="module")
def plain(analyzer: Analyzer) -> JobTarget:
    return analyzer.read_job(postings.PLAIN, name="plain.txt")


def test_sections_of_an_aggregator_posting(aggregator: JobTarget) -> None:
    kinds = [s.kind for s in aggregator.sections]

    assert kinds[0] == "header"
    assert kinds[1:] == [
        "intro",
        "intro",
        "duties",
        "requirements",
        "preferred",
        "benefits",
        "process",
    ]
    assert aggregator.title == "Machine Learning Engineer (Remote)"


@pytest.mark.parametrize(
    ("skill_id", "level"),
    [
        ("python", "required"),  # duties and requirements
        ("sql", "required"),
        ("pytorch", "required"),
        ("deep-learning", "required"),  # implied by PyTorch
        ("model-deployment", "required"),  # a duty alone is required
        ("model-monitoring", "required"),
        ("docker", "preferred"),  # "Docker (preferred)" on its own
        ("mlflow", "preferred"),
        ("gcp", "preferred"),
        ("mlops", "preferred"),  # a duty, but the nice-to-haves prefer it (MLflow)
    ],
)
def test_levels_in_an_aggregator_posting(aggregator: JobTarget, skill_id: str, level: str) -> None:
    assert levels(aggregator)[skill_id] == level


def test_the_company_stack_perks_and_negations_are_not_asked(aggregator: JobTarget) -> None:
    asked = levels(aggregator)

    for skill_id in ("aws", "kubernetes", "data-processing"):  # "our platform runs on AWS ..."
        assert skill_id not in asked
        assert dropped(aggregator)[skill_id] == {"describes the company, not the job"}
    assert "machine-learning-algorithms" in asked  # asked elsewhere: the negation is local
    assert "negated: 'is not required'" in dropped(aggregator)["machine-learning-algorithms"]
    assert "in the benefits part of the posting" in dropped(aggregator)["deep-learning"]
    assert "Computer vision" not in {t.name for t in aggregator.unlisted_terms}


def test_duplicated_paragraphs_give_one_quote(aggregator: JobTarget) -> None:
    quotes = [e.context for e in aggregator.requirement("python").evidence]

    assert len(quotes) == len(set(quotes))


def test_unlisted_terms_and_years(aggregator: JobTarget) -> None:
    terms = {t.name: t.level for t in aggregator.unlisted_terms}

    assert terms["Terraform"] == "preferred"
    assert "Java" not in terms
    assert aggregator.years_required == 3.0
    assert aggregator.years_asked[0].text.startswith("3+ years of experience")


def test_one_line_lists_inline_levels_and_negations(one_line: JobTarget) -> None:
    asked = levels(one_line)

    assert {k: asked[k] for k in ("python", "sql", "linux", "git", "data-processing")} == {
        "python": "required",
        "sql": "required",
        "linux": "required",
        "git": "required",
        "data-processing": "required",  # Spark
    }
    assert asked["kubernetes"] == "preferred"  # "Kubernetes is a plus"
    # "(preferred)" after one of several alternatives picks one, it does not make it optional
    assert asked["azure"] == asked["aws"] == asked["gcp"] == "required"
    assert "deep-learning" not in asked and "docker" not in asked
    assert dropped(one_line)["docker"] == {"negated: 'no need for'"}
    terms = {t.name: t.level for t in one_line.unlisted_terms}
    assert terms == {"Tableau": "preferred", "Go": "preferred", "Rust": "preferred"}
    assert one_line.years_required == 2.0
    assert [(s.word, s.level) for s in one_line.seniority] == [("Junior", "entry")]


def test_plain_text_headings_and_desired_but_not_required(plain: JobTarget) -> None:
    asked = levels(plain)

    assert [s.kind for s in plain.sections][-4:] == ["about", "duties", "requirements", "benefits"]
    assert asked["llm-development"] == "required"
    assert asked["generative-ai"] == "required"
    assert asked["prompt-engineering"] == "required"
    assert asked["tensorflow"] == "preferred"  # "desired but not required": not a negation
    assert "azure" not in asked  # the company builds on it
    years = plain.years_asked[0]
    assert (years.minimum, years.maximum) == (5.0, 8.0)
    assert [s.level for s in plain.seniority] == ["senior"]


def test_a_posting_without_headings_is_read_whole(analyzer: Analyzer) -> None:
    target = analyzer.read_job(postings.NO_HEADINGS)

    assert levels(target) == {"sql": "required", "python": "preferred"}
    assert {t.name for t in target.unlisted_terms} == {"Excel", "Power BI"}
    assert target.title is None


@pytest.mark.parametrize(
    ("line", "skill_id", "level"),
    [
        ("Experience with Docker is a strong plus.", "docker", "preferred"),
        ("Ideally you have worked with Kubernetes.", "kubernetes", "preferred"),
        ("Knowledge of Python is a must.", "python", "required"),
        ("Bonus points for PyTorch experience.", "pytorch", "preferred"),
        ("Familiarity with GCP would be nice.", "gcp", "preferred"),
        ("SQL (nice to have)", "sql", "preferred"),
        ("Experience with AWS is an advantage.", "aws", "preferred"),
        ("Hands-on Linux administration.", "linux", "required"),
        ("Experience with AWS. Knowledge of Docker is a plus.", "aws", "required"),
        ("Experience with AWS. Knowledge of Docker is a plus.", "docker", "preferred"),
        ("A Ph.D. or M.S. and Kubernetes would be nice.", "kubernetes", "preferred"),
    ],
)
def test_inline_cues_in_a_requirements_list(
    analyzer: Analyzer, line: str, skill_id: str, level: str
) -> None:
    text = f"Platform Engineer\n\nRequirements\n- Three years of backend work\n- {line}\n"

    assert levels(analyzer.read_job(text))[skill_id] == level


@pytest.mark.parametrize(
    "line",
    [
        "Machine learning expertise is NOT required.",
        "You don't need machine learning experience.",
        "Prior machine learning experience is not necessary.",
    ],
)
def test_negated_skills_are_dropped(analyzer: Analyzer, line: str) -> None:
    text = f"Backend Engineer\n\nRequirements\n- Strong Python\n- {line}\n"
    target = analyzer.read_job(text)

    assert "machine-learning-algorithms" not in levels(target)
    assert levels(target)["python"] == "required"


def test_a_required_cue_wins_under_a_nice_to_have_heading(analyzer: Analyzer) -> None:
    text = "Analyst\n\nNice to have\n- Tableau\n- SQL is required for every report\n"

    assert levels(analyzer.read_job(text))["sql"] == "required"


def test_requirements_come_required_first_then_in_lexicon_order(aggregator: JobTarget) -> None:
    order = [r.level for r in aggregator.requirements]

    assert order == sorted(order, key=lambda level: level != "required")


def test_curly_quotes_about_the_role_and_bonus_points(analyzer: Analyzer) -> None:
    target = analyzer.read_job(postings.CURLY_QUOTES)
    asked = levels(target)

    assert [s.kind for s in target.sections][2:] == [
        "duties",
        "requirements",
        "preferred",
        "benefits",
    ]
    assert (
        asked["machine-learning-algorithms"] == "required"
    )  # "we're looking for ... scikit-learn"
    assert asked["statistics"] == "required"
    assert asked["generative-ai"] == "preferred"  # the OpenAI API, under bonus points
    assert "deep-learning" not in asked  # a perk
    assert [(y.minimum, y.maximum) for y in target.years_asked] == [(2.0, 4.0)]
    assert [(s.word, s.level) for s in target.seniority] == [("II", "mid")]


def test_a_non_technical_posting_asks_no_lexicon_skill(analyzer: Analyzer) -> None:
    target = analyzer.read_job(postings.NON_TECHNICAL)

    assert [r.id for r in target.requirements if r.group != "soft"] == []
    assert dropped(target)["python"] == {"negated: 'is not required'"}
    (excel,) = target.unlisted_terms
    assert [e.text for e in excel.evidence] == ["Excel"]  # not the verb in "you will excel"


def test_the_company_stack_in_an_intro_line_is_not_asked(analyzer: Analyzer) -> None:
    target = analyzer.read_job(postings.COMPANY_STACK)
    asked = levels(target)

    assert asked == {
        "docker": "required",
        "kubernetes": "preferred",
        "git": "preferred",
        "ci-cd": "preferred",
    }
    assert dropped(target)["gcp"] == {"describes the company, not the job"}
    terms = {t.name: t.level for t in target.unlisted_terms}
    assert terms["Go"] == "required"  # "in this role you will ... in Go"
    assert "Kafka" not in terms and "Terraform" in terms


def test_job_board_parenthesised_levels(analyzer: Analyzer) -> None:
    text = (
        "Data Analyst\nJob Type: Full-time\n\nResponsibilities:\n- Build dashboards\n\n"
        "Experience:\n- Python: 3 years (Preferred)\n- SQL: 2 years (Required)\n"
        "- Tableau: 1 year (Preferred)\n\nPreferred:\n- Kubernetes (Required)\n"
        "- Explain the data required to train models\n"
    )
    target = analyzer.read_job(text)

    assert levels(target) == {"sql": "required", "python": "preferred", "kubernetes": "required"}
    assert {t.name: t.level for t in target.unlisted_terms} == {"Tableau": "preferred"}
    assert target.years_required == 2.0  # the required statement, not the preferred 3 years


def test_pdf_headings_set_apart_by_the_layout(analyzer: Analyzer, tmp_path: Path) -> None:
    pdf = single_column_pdf(
        tmp_path / "posting.pdf",
        [
            ("About Quillfeather", ["Quillfeather runs its platform on AWS and Kubernetes."]),
            ("The Role", ["You will build forecasting models in Python and PyTorch."]),
            ("What You Bring", ["3+ years with SQL", "Docker is a plus"]),
            ("Perks", ["A learning budget for deep learning courses"]),
        ],
    )
    target = analyzer.read_job(pdf)

    assert [s.kind for s in target.sections][-4:] == ["about", "duties", "requirements", "benefits"]
    assert levels(target) == {
        "python": "required",
        "sql": "required",
        "machine-learning-algorithms": "required",  # building forecasting models
        "deep-learning": "required",
        "pytorch": "required",
        "docker": "preferred",
    }


def test_qualifications_before_the_duties(analyzer: Analyzer) -> None:
    target = analyzer.read_job(postings.QUALIFICATIONS_FIRST)
    asked = levels(target)

    assert [s.kind for s in target.sections][2:] == [
        "requirements",
        "preferred",
        "duties",  # "About the job" is the job, not the company
        "duties",
    ]
    assert asked["tensorflow"] == "required" and asked["kubernetes"] == "preferred"
    terms = {t.name: t.level for t in target.unlisted_terms}
    assert terms == {
        "C++": "required",
        "JAX": "required",
        "NLP": "preferred",
        "Computer vision": "preferred",
    }


def test_prose_requirements_and_a_tech_stack(analyzer: Analyzer) -> None:
    target = analyzer.read_job(postings.PROSE_AND_STACK)

    assert levels(target) == {"sql": "required", "data-processing": "required"}
    assert {t.name: t.level for t in target.unlisted_terms} == {
        "Kafka": "preferred",
        "dbt": "preferred",
    }
    assert target.years_required == 4.0
    assert "in the about part of the posting" in dropped(target)["aws"]  # the team's stack


def test_profile_and_tasks_with_must_and_nice_labels(analyzer: Analyzer) -> None:
    target = analyzer.read_job(postings.PROFILE_AND_TASKS)
    asked = levels(target)

    assert asked["docker"] == asked["linux"] == asked["mlflow"] == "required"
    assert asked["azure"] == "preferred"  # "Nice: Go, Azure, GPU experience"
    assert {t.name: t.level for t in target.unlisted_terms} == {"Go": "preferred"}
    assert dropped(target)["llm-development"] == {"negated: 'is not necessary'"}


def test_a_labelled_title_when_the_first_line_is_prose(analyzer: Analyzer) -> None:
    text = (
        "We are a small team that builds tools for farmers and we are growing fast this year.\n"
        "Job Title: Senior Data Engineer\nLocation: Remote\n\nRequirements\n- Python and SQL\n"
    )
    target = analyzer.read_job(text)

    assert target.title == "Senior Data Engineer"
    assert [(s.word, s.level) for s in target.seniority] == [("Senior", "senior")]
