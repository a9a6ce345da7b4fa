"""Headings -> sections: kinds, offsets, languages, and the lines that only look like headings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analyzer.extract import extract, extract_text
from analyzer.extract.headings import match_heading
from analyzer.extract.sections import reached_at
from analyzer.types import SectionKind
from tests import pdf_factory
from tests.extract.helpers import assert_consistent, headed, kinds, section_text

ENGLISH = [
    ("Summary", ["Data engineer with six years of experience in analytics."]),
    ("Technical Skills", ["Python, SQL, Spark, Airflow"]),
    ("Work Experience", ["Data Engineer, Acme Corp", "• Built batch pipelines in Spark"]),
    ("Projects", ["Churn model with scikit-learn"]),
    ("Education", ["MSc Statistics, 2017"]),
    ("Certifications", ["AWS Certified Solutions Architect"]),
    ("Publications", ["Fast joins on skewed data (2021)"]),
    ("Interests", ["Chess, climbing, reinforcement learning"]),
    ("Awards", ["Best paper award 2021"]),
]


def test_every_kind_of_section_and_its_offsets(tmp_path: Path) -> None:
    resume = extract(pdf_factory.single_column_pdf(tmp_path / "en.pdf", ENGLISH))
    assert_consistent(resume)
    assert kinds(resume) == [
        "contact",
        "summary",
        "skills",
        "experience",
        "projects",
        "education",
        "certifications",
        "publications",
        "interests",
        "other",
    ]
    contact = resume.sections[0]
    assert (contact.heading, contact.start) == ("", 0)
    assert "ada@example.org" in resume.text[contact.start : contact.end]
    skills = section_text(resume, "TECHNICAL SKILLS")
    assert skills == "TECHNICAL SKILLS\nPython, SQL, Spark, Airflow\n"
    offset = resume.text.index("Spark, Airflow")
    section = resume.section_at(offset)
    assert section is not None and section.kind == "skills"


@pytest.mark.parametrize(
    ("sections", "expected"),
    [
        pytest.param(
            [
                ("Perfil profesional", ["Ingeniero de datos con experiencia en la nube."]),
                ("Experiencia laboral", ["Ingeniero de datos en Acme, con Python y Spark"]),
                ("Formación académica", ["Máster en Estadística"]),
                ("Habilidades", ["Python, SQL y Docker"]),
                ("Proyectos", ["Modelo de abandono de clientes"]),
                ("Idiomas", ["Español (nativo), inglés (C1)"]),
            ],
            ["summary", "experience", "education", "skills", "projects", "other"],
            id="spanish",
        ),
        pytest.param(
            [
                ("Profil", ["Ingénieur de données avec une expérience du cloud."]),
                ("Expérience professionnelle", ["Ingénieur chez Acme, avec Python et Spark"]),
                ("Formation", ["Master de statistique"]),
                ("Compétences", ["Python, SQL et Docker"]),
                ("Projets", ["Modèle de churn pour les clients"]),
                ("Centres d'intérêt", ["Échecs et escalade"]),
            ],
            ["summary", "experience", "education", "skills", "projects", "interests"],
            id="french",
        ),
        pytest.param(
            [
                ("Berufserfahrung", ["Dateningenieur bei der Acme GmbH mit Python und Spark"]),
                ("Ausbildung", ["Master in Statistik an der Universität"]),
                ("Kenntnisse", ["Python, SQL und Docker"]),
                ("Projekte", ["Modell für die Kundenabwanderung"]),
                ("Zertifikate", ["AWS Certified Developer"]),
                ("Sprachen", ["Deutsch (Muttersprache), Englisch (C1)"]),
            ],
            ["experience", "education", "skills", "projects", "certifications", "other"],
            id="german",
        ),
    ],
)
def test_headings_in_other_languages(
    tmp_path: Path, sections: list[tuple[str, list[str]]], expected: list[SectionKind]
) -> None:
    resume = extract(pdf_factory.single_column_pdf(tmp_path / "cv.pdf", sections))
    assert_consistent(resume)
    assert kinds(resume) == ["contact", *expected]


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Technical Skills", "skills"),
        ("Skills & Tools", "skills"),
        ("Core Competencies", "skills"),
        ("Professional Experience", "experience"),
        ("Employment History", "experience"),
        ("Research Experience", "experience"),
        ("Internships", "experience"),
        ("Selected Projects", "projects"),
        ("Relevant Coursework", "education"),
        ("Licenses & Certifications", "certifications"),
        ("Courses & Certificates", "certifications"),
        ("Research Interests", "interests"),
        ("Hobbies", "interests"),
        ("About Me", "summary"),
        ("Objective", "summary"),
        ("References", "other"),
        ("Volunteer", "other"),
        ("EXPERIENCIA", "experience"),
        ("Compétences techniques", "skills"),
        ("Beruflicher Werdegang", "experience"),
        ("W O R K E X P E R I E N C E", "experience"),
        ("工作经历", "experience"),
        ("Cloud & Data Skills", "skills"),
        ("Taken Courses", "education"),
        # Function words do not make a heading long.
        ("Centres d'intérêt de la recherche et de l'enseignement", "interests"),
        # A remark in brackets does not change what a heading names.
        ("Work Experience (most recent first)", "experience"),
    ],
)
def test_heading_vocabulary(heading: str, kind: SectionKind) -> None:
    match = match_heading(heading)
    assert match is not None and match.kind == kind


@pytest.mark.parametrize(
    "line",
    [
        "Python, SQL and Docker",
        "Senior Data Engineer",
        "Acme Corporation",
        "Budapest",
        "Built pipelines for the skills matching team in the cloud",
    ],
)
def test_ordinary_lines_are_not_headings(line: str) -> None:
    assert match_heading(line) is None


def test_bold_job_titles_do_not_start_sections(tmp_path: Path) -> None:
    sections = [
        (
            "Experience",
            [
                "**Senior Data Engineer, Acme Analytics",
                "Built ETL in Python",
                "**Machine Learning Projects Lead",
                "Owned the Spark cluster",
            ],
        ),
        ("Education", ["**University of Somewhere", "BSc Physics"]),
    ]
    resume = extract(pdf_factory.single_column_pdf(tmp_path / "titles.pdf", sections))
    assert_consistent(resume)
    assert kinds(resume) == ["contact", "experience", "education"]
    assert "Owned the Spark cluster" in section_text(resume, "EXPERIENCE")


def test_a_line_styled_exactly_like_the_headings_is_a_section(tmp_path: Path) -> None:
    sections = [
        ("Experience", ["Data Engineer at Acme"]),
        ("Life Philosophy", ["Ship small, ship often."]),
        ("Education", ["BSc Physics"]),
    ]
    resume = extract(pdf_factory.single_column_pdf(tmp_path / "styled.pdf", sections))
    assert_consistent(resume)
    assert [(s.kind, s.heading) for s in resume.sections] == [
        ("contact", ""),
        ("experience", "EXPERIENCE"),
        ("other", "LIFE PHILOSOPHY"),
        ("education", "EDUCATION"),
    ]


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Personal Inerests", "interests"),
        ("Work Experiance", "experience"),
        ("Eductaion", "education"),
        ("Selected Publicatons", "publications"),
        ("Projetcs", "projects"),
    ],
)
def test_a_long_keyword_misspelt_by_one_letter_still_names_its_section(
    heading: str, kind: SectionKind
) -> None:
    match = match_heading(heading)
    assert match is not None and (match.kind, match.weak) == (kind, True)


@pytest.mark.parametrize(
    "line", ["Experienced Data Scientist", "Lobbies and Lounges", "Expertly Built Skiffs"]
)
def test_a_word_one_letter_from_a_keyword_at_its_ends_is_another_word(line: str) -> None:
    assert match_heading(line) is None


def test_misspelt_headings_styled_as_headings_start_their_sections(tmp_path: Path) -> None:
    sections = [
        ("Work Experiance", ["Data Engineer at Acme"]),
        ("Personal Inerests", ["Self-taught Python, chess, climbing"]),
        ("Eductaion", ["BSc Physics"]),
    ]
    resume = extract(pdf_factory.single_column_pdf(tmp_path / "misspelt.pdf", sections))
    assert_consistent(resume)
    assert [(s.kind, s.heading) for s in resume.sections] == [
        ("contact", ""),
        ("experience", "WORK EXPERIANCE"),
        ("interests", "PERSONAL INERESTS"),
        ("education", "EDUCTAION"),
    ]


def test_inline_labels_inside_skills_are_not_sections() -> None:
    text = (
        "Ada Lovelace\nada@example.org\n\nSKILLS\nLanguages: Python, Scala, SQL\n"
        "Tools: Docker, Airflow\nEXPERIENCE\nData Engineer at Acme\n"
    )
    resume = extract_text(text)
    assert_consistent(resume)
    assert kinds(resume) == ["contact", "skills", "experience"]
    assert "Languages: Python" in section_text(resume, "SKILLS")


@pytest.mark.parametrize(
    ("body", "kind"),
    [("Python, Scala, SQL, Go", "skills"), ("English (native), Spanish (fluent)", "other")],
)
def test_a_languages_heading_is_read_by_its_content(body: str, kind: SectionKind) -> None:
    resume = extract_text(f"Ada\n\nSKILLS\nDocker\n\nLANGUAGES\n{body}\n\nEDUCATION\nBSc\n")
    assert headed(resume)["LANGUAGES"] == kind


def test_a_plain_text_resume() -> None:
    text = (
        "Ada Lovelace\nData Engineer | ada@example.org\n\n"
        "Summary:\nBuilds reliable data platforms.\n\n"
        "WORK EXPERIENCE\nAcme Corp - Data Engineer\n- Built pipelines in Python\n\n"
        "Skills\nPython, SQL\n\n"
        "## Education\nBSc Computer Science\n\f"
        "Hobbies\nChess\n"
    )
    resume = extract_text(text, name="ada.txt")
    assert_consistent(resume)
    assert resume.media_type == "text" and resume.path == "ada.txt"
    assert [(s.kind, s.page) for s in resume.sections] == [
        ("contact", 1),
        ("summary", 1),
        ("experience", 1),
        ("skills", 1),
        ("education", 1),
        ("interests", 2),
    ]
    assert "• Built pipelines in Python" in resume.text
    assert len(resume.pages) == 2


@pytest.mark.parametrize(
    ("name", "encode"),
    [
        ("resume.txt", lambda s: s.encode("utf-8")),
        ("resume.md", lambda s: s.encode("utf-8-sig")),
        ("resume.txt", lambda s: s.encode("utf-16")),
        ("resume.txt", lambda s: s.encode("cp1252")),
        ("resume", lambda s: s.encode("utf-8")),
    ],
)
def test_text_files_are_read_in_their_encoding(
    tmp_path: Path, name: str, encode: Callable[[str], bytes]
) -> None:
    path = tmp_path / name
    path.write_bytes(encode("José Núñez\n\nEXPERIENCE\nData engineer, Python\n\nSKILLS\nSQL\n"))
    resume = extract(path)
    assert_consistent(resume)
    assert resume.text.startswith("José Núñez")
    assert kinds(resume) == ["contact", "experience", "skills"]
    assert resume.media_type == "text"


def test_a_resume_that_writes_its_headings_in_lower_case() -> None:
    text = (
        "Ada Lovelace\nada@example.org\n\n"
        "experience\nData Engineer, Acme    2019 - 2023\n- Built pipelines in Python\n\n"
        "education\nBSc Computer Science\n\n"
        "interests\nmachine learning, chess\n"
    )
    resume = extract_text(text)
    assert_consistent(resume)
    assert headed(resume) == {
        "EXPERIENCE": "experience",
        "EDUCATION": "education",
        "INTERESTS": "interests",
    }


def test_one_section_name_in_lower_case_is_running_text() -> None:
    text = (
        "Ada Lovelace\nada@example.org\n\nEXPERIENCE\nData Engineer, Acme    2019 - 2023\n"
        "- Led the migration of\neducation\nrecords to PostgreSQL\n\nSKILLS\nPython, SQL\n"
    )
    resume = extract_text(text)
    assert_consistent(resume)
    assert kinds(resume) == ["contact", "experience", "skills"]


def test_a_bold_item_wrapped_onto_a_section_name_in_markdown_stays_in_its_list() -> None:
    """A line that closes a bold phrase it did not open ("Learning**") is the end of the line
    before, wrapped; and a sentence ending in a Markdown line break ("\\") is a sentence."""
    text = (
        "Ada Lovelace\nada@example.org\n\n"
        "**Profile**\nI bring strong communication and leadership skills. \\\n"
        "Data engineer for six years.\n\n"
        "**Experience**\nData Engineer, Acme\n- Built pipelines in Python\n\n"
        "**Courses**\n-   **Foundations of Machine\n    Learning**\n"
        "-   **Cloud Data\n    Engineering**\n\n"
        "**Education**\nBSc Computer Science\n"
    )
    resume = extract_text(text)
    assert_consistent(resume)
    assert kinds(resume) == ["contact", "summary", "experience", "certifications", "education"]
    assert "Learning**" in section_text(resume, "**Courses**")
    assert "leadership skills" in section_text(resume, "**Profile**")


def test_a_role_entry_holding_a_section_word_is_no_heading() -> None:
    """A title, an employer and a role's dates on one line is an entry, whatever word of a
    section it holds; dates before a section's word may still head a list of papers."""
    text = (
        "Ada Lovelace\nada@example.org\n\n"
        "Experience\nData Engineer, Acme, 2019 - 2023\n- Built pipelines in Python\n\n"
        "Volunteer, CodeClub, 2017 - 2021\n- Taught Python to children\n\n"
        "2018-2024 Journals\nFast joins on skewed data\n"
    )
    resume = extract_text(text)
    assert_consistent(resume)
    assert kinds(resume) == ["contact", "experience", "publications"]
    assert "Taught Python" in section_text(resume, "Experience")


def test_a_text_resume_without_headings_is_one_section() -> None:
    resume = extract_text("Ada Lovelace builds data pipelines with Python and SQL.")
    assert_consistent(resume)
    assert kinds(resume) == ["other"]
    assert any(d.code == "sections" for d in resume.diagnostics)


def test_sidebar_contact_details_are_contact(tmp_path: Path) -> None:
    main = [("Experience", ["Data Engineer, Acme Corp", "• Built Spark pipelines"])]
    sidebar = [("Skills", ["Python, SQL", "Docker, AWS", "Airflow, dbt"])]
    path = pdf_factory.sidebar_pdf(tmp_path / "side.pdf", main, sidebar, side="right")
    resume = extract(path)
    assert_consistent(resume)
    assert headed(resume)["CONTACT"] == "contact"


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Skills, Languages,\nInterests", "skills"),
        ("Tools and\nTechnologies", "skills"),
        ("Courses &\nCertifications", "certifications"),
        ("Awards and\nInterests", "other"),
        ("Technical Skills\nand Interests", "skills"),
        ("Skills\n& Interests", "skills"),
    ],
)
def test_a_sidebar_heading_wrapped_after_a_comma_or_and_is_one_heading(
    tmp_path: Path, heading: str, kind: SectionKind
) -> None:
    """A narrow sidebar breaks a long heading after its comma, ampersand or "and", or before
    the "and": the two lines name the section together, not the second line alone ("Interests"
    would drop the tools)."""
    main = [("Experience", ["Data Engineer, Acme Corp", "• Built Spark pipelines"])]
    sidebar = [("Education", ["BSc Physics, 2015"]), (heading, ["Python, SQL, Docker", "AWS"])]
    resume = extract(pdf_factory.sidebar_pdf(tmp_path / "side.pdf", main, sidebar))
    assert_consistent(resume)
    first_line = heading.split("\n")[0].upper()
    assert headed(resume)[first_line] == kind
    assert "Python, SQL, Docker" in section_text(resume, first_line)


@pytest.mark.parametrize("field", ["Deep", "Machine Learning & Deep", "• Machine Learning/Deep"])
def test_a_field_wrapped_over_a_learning_label_keeps_its_tools_in_the_skills(
    tmp_path: Path, field: str
) -> None:
    """A narrow sidebar wraps a long label before its last word: "Learning: PyTorch, JAX" under
    "Deep" goes on from the field's name, and lists skills, not what is being learnt. A
    "Learning:" row under a tool's name is still a wish."""
    main = [("Experience", ["Data Engineer, Acme Corp", "• Built Spark pipelines"])]
    rows = ["Languages: Python, Go", field, "Learning: PyTorch, JAX", "Docker", "Learning: Rust"]
    sidebar = [("Education", ["BSc Physics, 2015"]), ("Skills", rows)]
    resume = extract(pdf_factory.sidebar_pdf(tmp_path / "side.pdf", main, sidebar))
    assert_consistent(resume)
    sections = [s for s in resume.sections if s.kind == "interests"]
    assert [resume.text[s.start : s.end].strip() for s in sections] == ["Learning: Rust"]
    assert "PyTorch, JAX" in section_text(resume, "SKILLS")


def test_a_heading_above_a_list_line_ending_in_a_comma_keeps_its_own_section(
    tmp_path: Path,
) -> None:
    """Only a heading's own words go on below: a list line that ends with a comma, over a
    heading, stays in its list."""
    main = [("Experience", ["Data Engineer, Acme Corp", "• Built Spark pipelines"])]
    sidebar = [("Skills", ["Python, SQL,", "Docker"]), ("Interests", ["Chess, climbing"])]
    resume = extract(pdf_factory.sidebar_pdf(tmp_path / "side.pdf", main, sidebar))
    assert headed(resume)["SKILLS"] == "skills"
    assert headed(resume)["INTERESTS"] == "interests"


@pytest.mark.parametrize(
    ("last", "opening"),
    [
        pytest.param(("Skills", ["Python, SQL"]), "Tools: Terraform, GitHub, Docker",
                     id="a site in a list of tools"),
        pytest.param(("Experience", ["Staff Engineer, Acme", "• Built ranking services"]),
                     "Analyst, Initech (01/2016 - 10/2018)", id="a role's dates"),
    ],
)  # fmt: skip
def test_a_column_opening_without_contact_details_goes_on(
    tmp_path: Path, last: tuple[str, list[str]], opening: str
) -> None:
    """A column that opens with a list of tools naming a site, or with a role's dates, continues
    the section the column before ended with: neither is a contact detail."""
    left = [("Education", ["BSc Physics, 2015"]), last]
    right = [("", [opening, "• Kept it running"]), ("Projects", ["Churn model"])]
    resume = extract(pdf_factory.two_column_pdf(tmp_path / "cols.pdf", left, right))
    assert_consistent(resume)
    assert kinds(resume) == ["contact", "education", last[0].lower(), "projects"]
    assert opening in section_text(resume, last[0])


def test_a_column_opening_with_a_phone_number_is_contact(tmp_path: Path) -> None:
    """A number whose last group reads like a year ("... 555 2019") is still a phone number: the
    column it opens holds contact details, not more of the section before."""
    left = [("Education", ["BSc Physics, 2015"]), ("Skills", ["Python, SQL"])]
    right = [("", ["+1 415 555 2019", "Boston, MA"]), ("Projects", ["Churn model"])]
    resume = extract(pdf_factory.two_column_pdf(tmp_path / "cols.pdf", left, right))
    assert_consistent(resume)
    assert kinds(resume) == ["contact", "education", "skills", "contact", "projects"]
    assert "555 2019" not in section_text(resume, "Skills")


@pytest.mark.parametrize(
    ("text", "reached"),
    [
        ("ada@example.org", True),
        ("https://ada.dev", True),
        ("+1 (415) 555-2019", True),
        ("06 12 34 56 78", True),
        ("020 7946 0958", True),
        ("Data Scientist, Acme, 2019 - 2021", False),
        ("01/2021 - 03/2022", False),
        ("2021.03 - 2022.01 (10 months)", False),
        ("Built a model in 2021", False),
    ],
)
def test_reached_at_tells_numbers_from_dates(text: str, reached: bool) -> None:
    assert reached_at(text) is reached


def test_a_title_right_under_a_heading_in_its_style_is_an_entry(tmp_path: Path) -> None:
    """A job title set in the headings' own style right under "Experience" opens the section's
    first entry, and the later titles in that style open the next entries: no section of their
    own."""
    sections = [
        ("Experience", []),
        ("Staff Engineer", ["Acme Corp, 2019 - 2023", "• Built ranking services"]),
        ("Platform Engineer", ["Initech, 2016 - 2019", "• Ran the build farm"]),
        ("Education", ["BSc Physics"]),
    ]
    resume = extract(pdf_factory.single_column_pdf(tmp_path / "titles.pdf", sections, upper=False))
    assert_consistent(resume)
    assert kinds(resume) == ["contact", "experience", "education"]
    assert "Ran the build farm" in section_text(resume, "Experience")


@pytest.mark.parametrize(
    "heading",
    ["Skills I want to learn", "> Tools I am keen to learn", "Interested in learning", "To learn"],
)
def test_a_list_of_skills_to_learn_is_no_claim(heading: str) -> None:
    text = f"Ada Lovelace\n\nSkills\nPython, SQL\n{heading}\nRust, Kubernetes\n"
    resume = extract_text(text)
    assert_consistent(resume)
    assert kinds(resume) == ["contact", "skills", "interests"]
    assert section_text(resume, heading).endswith("Rust, Kubernetes")


def test_a_course_from_linkedin_learning_is_no_wish_to_learn() -> None:
    """A wish heading ends in the words "in learning", not in letters that end another word."""
    text = (
        "Ada Lovelace\n\nSkills\nPython, SQL\n\nCourses\n"
        "Docker in Depth, LinkedIn Learning\nKubernetes Basics, Coursera\n"
    )
    resume = extract_text(text)
    assert_consistent(resume)
    assert kinds(resume) == ["contact", "skills", "certifications"]
    assert section_text(resume, "Courses").endswith("Kubernetes Basics, Coursera")


LINES = st.lists(
    st.one_of(
        st.sampled_from(["SKILLS", "Experience", "Education:", "Projects", "", "Languages"]),
        st.text(st.characters(categories=("L", "N", "Zs", "P")), max_size=40),
    ),
    max_size=25,
)


@settings(max_examples=60, deadline=None)
@given(LINES)
def test_any_text_gives_consistent_offsets(lines: list[str]) -> None:
    text = "\n".join(lines)
    if sum(ch.isalpha() for ch in text) < 3:
        return
    try:
        resume = extract_text(text)
    except Exception as error:  # garbled or symbol-only text is refused, never crashes
        from analyzer.errors import UnusableTextError

        assert isinstance(error, UnusableTextError)
        return
    assert_consistent(resume)


def test_headings_in_the_left_margin_start_their_sections(tmp_path: Path) -> None:
    resume = extract(
        pdf_factory.margin_headings_pdf(
            tmp_path / "margin.pdf",
            [
                ("Interests", ["Probabilistic models of language"]),
                ("Experience", ["Data Scientist, Acme, 2019 - 2023", "• Built models in Python"]),
                ("Education", ["MSc Statistics, 2018"]),
                ("Skills", ["Python, PyTorch, Kubernetes"]),
            ],
        )
    )
    assert_consistent(resume)
    assert kinds(resume) == ["contact", "interests", "experience", "education", "skills"]
    assert "Built models in Python" in section_text(resume, "Experience")


@pytest.mark.parametrize("engine", ["pdfminer", "pdfium"])
@pytest.mark.parametrize("gutter", [12, 7])
def test_margin_headings_set_flush_right_close_to_the_text(
    tmp_path: Path, engine: str, gutter: float
) -> None:
    """A gutter of 1.2 font sizes (wider than any word space: two cells, however the engine drew
    them), or of 0.7 (a bold heading before regular text, further than a word space)."""
    sections = [
        ("Experience", ["Data Scientist, Acme, 2019 - 2023", "• Built models in Python"]),
        ("Education", ["MSc Statistics, 2018"]),
        ("Skills", ["Python, PyTorch, Kubernetes"]),
    ]
    pdf = pdf_factory.margin_headings_pdf(tmp_path / "flush.pdf", sections, gutter=gutter)
    resume = extract(pdf, engine=engine)  # type: ignore[arg-type]
    assert_consistent(resume)
    assert kinds(resume) == ["contact", "experience", "education", "skills"]
    assert "Built models in Python" in section_text(resume, "Experience")


@pytest.mark.parametrize("engine", ["pdfminer", "pdfium"])
@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("SKILLS &\nINTERESTS", "skills"),
        ("Technical\nSkills", "skills"),
        ("TECHNICAL SKILLS\nAND INTERESTS", "skills"),
        ("PUBLICATIONS AND\nPREPRINTS", "publications"),
    ],
)
def test_a_margin_title_wrapped_over_rows_heads_its_section_from_its_first_row(
    tmp_path: Path, engine: str, title: str, kind: str
) -> None:
    """A margin too narrow for a title wraps it over two rows: the words together name the
    section ("SKILLS & INTERESTS" is skills, not interests, whose evidence would not count; nor
    is "AND INTERESTS" a row of its own), and it starts on the title's first row, whose line
    beside it is its own."""
    sections = [
        ("Experience", ["Data Scientist, Acme, 2019 - 2023", "• Built models in Python"]),
        ("Education", ["MSc Statistics, 2018"]),
        (title, ["Programming: Go, Rust, Python", "Tools: Git, Docker, Tableau"]),
    ]
    pdf = pdf_factory.margin_headings_pdf(tmp_path / "wrapped.pdf", sections)
    resume = extract(pdf, engine=engine)  # type: ignore[arg-type]
    assert_consistent(resume)
    assert kinds(resume) == ["contact", "experience", "education", kind]
    assert resume.sections[-1].heading == title.replace("\n", " ")
    skills = resume.text[resume.sections[-1].start : resume.sections[-1].end]
    assert "Go, Rust, Python" in skills
    assert "Docker" in skills


def test_a_date_in_the_margin_above_a_margin_heading_is_no_part_of_its_title() -> None:
    """A year set in the margin beside an entry is the entry's, even on the row above a heading:
    the section starts on the heading's row ("2016 Skills" would also name the skills)."""
    resume = extract_text(
        "Ada Roe\n\nExperience\tData Engineer, Acme\n2020\tBuilt Spark jobs in Python\n"
        "Education\tMSc Computing, 2018\n2016\tBSc Physics, Leeds\nSkills\tPython, SQL\n"
    )
    assert_consistent(resume)
    assert kinds(resume) == ["contact", "experience", "education", "skills"]
    assert "BSc Physics" in section_text(resume, "Education")


def test_a_weak_margin_name_heads_its_section_only_as_a_whole_label() -> None:
    """Beside margin headings, "Work" opens a section too; "Software" wrapped over "Development"
    is a role's title, and "LEARNING" under "MACHINE" the second row of a project's."""
    resume = extract_text(
        "Ada Roe\n\nSummary\tData engineer who likes tidy data.\n"
        "Work\tData Engineer, Acme, 2020 - 2024\n- Built Spark jobs in Python\n"
        "Software\tBeta Labs, 2018 - 2020\nDevelopment\t- Wrote the billing service in Go\n"
        "Education\tMSc Computing, 2018\n"
        "MACHINE\tWrote a blog on model metrics\nLEARNING\tfor a course on clustering\n"
        "Skills\tPython, SQL\n"
    )
    assert_consistent(resume)
    assert kinds(resume) == ["contact", "summary", "experience", "education", "skills"]
    assert "Wrote the billing service" in section_text(resume, "Work")
    assert "clustering" in section_text(resume, "Education")


def test_figures_in_a_sentence_under_the_name_are_no_phone_number() -> None:
    """A sentence under the name whose figures read like a phone number ("12.40/2.75 ms") is
    content, not the last of the contact lines."""
    resume = extract_text(
        "Ada Roe\nML engineer\nada@example.org\n\nLatency work\n"
        "Cut P90 latency from 12.40/2.75 ms to 9.2/2.1 ms on phone NPUs with ONNX and INT8\n"
        "\nSkills\nPython, ONNX\n"
    )
    assert_consistent(resume)
    assert kinds(resume) == ["contact", "other", "skills"]
    opening = resume.sections[1]
    assert resume.text[opening.start : opening.end].startswith("Cut P90 latency")


def test_one_margin_name_alone_is_a_table_row_not_a_heading() -> None:
    resume = extract_text("Ada\n\nSKILLS\nLanguages\tPython, Go\nCloud\tAWS\n")
    assert kinds(resume) == ["contact", "skills"]


def test_a_misread_interests_heading_never_swallows_the_rest() -> None:
    """After the first block under "Interests", a section whose heading was not recognised is
    `other`, so its skills still count."""
    text = (
        "Ada Lovelace\n\nRESEARCH INTERESTS\nProbabilistic models of language\n\n"
        "Where I Worked\nAcme, 2019 - 2023\n• Built models in Python\n"
    )
    resume = extract_text(text)
    assert kinds(resume) == ["contact", "interests", "other"]
    other = resume.sections[-1]
    assert resume.text[other.start : other.end].startswith("Where I Worked")


OPENING_CONTACT = ["Jane Roe", "Data Engineer", "12 Long Road, Cambridge", "jane.roe@example.org"]


@pytest.mark.parametrize(
    "content",
    [
        "• Published the workshop material on GitHub for 300 students",
        "> Ran the spring workshop for 300 students",  # a typed mark as its bullet
        "Platform Engineer, Acme Corp, 2019 - present",
        "Platform Engineer, Acme Corp, 06/2019 - 08/2023",  # months as numbers
        "Platform Engineer at Acme Corp since Sep 2019",
        "I build the data platform of a bank and teach its engineers to run it well.",
    ],
)
def test_the_opening_block_ends_where_its_content_starts(content: str) -> None:
    """An opening heading outside the vocabulary does not make what follows it contact lines: a
    bullet, a dated role or a sentence starts an `other` section, read like any other."""
    text = "\n".join(
        [*OPENING_CONTACT, "WHAT I HAVE DONE LATELY", content, "Education", "BSc, 2015"]
    )
    resume = extract_text(text)
    assert_consistent(resume)
    assert kinds(resume) == ["contact", "other", "education"]
    contact, other = (resume.text[s.start : s.end] for s in resume.sections[:2])
    assert contact.rstrip().endswith("WHAT I HAVE DONE LATELY")
    assert other.startswith(content)


def test_a_name_and_contact_lines_stay_one_contact_block() -> None:
    text = "\n".join([*OPENING_CONTACT, "+44 1223 555 0199", "Experience", "• Built pipelines"])
    resume = extract_text(text)
    assert kinds(resume) == ["contact", "experience"]
    contact = resume.sections[0]
    assert "+44 1223" in resume.text[contact.start : contact.end]


def test_contact_details_below_a_tagline_stay_contact() -> None:
    tagline = "I build the data platform of a bank and teach its engineers to run it well."
    text = "\n".join(
        ["Jane Roe", tagline, "jane.roe@example.org · github · linkedin", "Skills", "Go"]
    )
    resume = extract_text(text)
    assert kinds(resume) == ["contact", "skills"]


HEADING_LIKE = st.tuples(
    st.sampled_from(["", " ", "# ", "## ", "**", "__", "1", "12", "\u0663", "I", "IV", "X", "x"]),
    st.sampled_from(["", ".", ")", ". ", ") ", " "]),
    st.lists(st.sampled_from([*"#*_ \t1IVXa.):-\u2022;&+\\", "Skills", "(x)"]), max_size=6),
).map(lambda parts: parts[0] + parts[1] + "".join(parts[2]))
"""Lines made of what the heading patterns look for: markdown marks and line breaks, numbering (a
decimal digit beyond ASCII too), brackets, colons and bullets, in any order."""


@settings(max_examples=500)
@given(HEADING_LIKE)
def test_heading_patterns_are_skipped_only_where_they_cannot_match(line: str) -> None:
    """`_heading_shape` tries its patterns only on lines opening with a character a match of
    theirs opens with, `match_heading` its remark only on lines holding a ")", `inline_label`
    its label only on lines holding a colon or a tab: the shape is the one trying them on every
    line finds, and a line without ")" holds no remark, one without either no label."""
    from analyzer.extract import headings, sections

    stripped = line.strip().removesuffix("\\").rstrip()
    wrapped = stripped.endswith("**") and stripped[-3:-2].isalnum() and stripped.count("**") % 2
    words = sections._MARKDOWN.sub("", stripped).strip("*_ ")
    words = sections._NUMBERING.sub("", words).rstrip(": ").strip()
    sentence = not words or words[0] in "\u2022-*" or words[-1] in ".,;" or ":" in words
    long = (
        len(words) > sections.MAX_HEADING_CHARS or len(words.split()) > sections.MAX_HEADING_WORDS
    )
    shape = None if wrapped or sentence or long or "\t" in words else words
    assert sections._heading_shape(line) == shape
    if ")" not in line:
        assert headings._REMARK.search(line) is None
    if ":" not in line and "\t" not in line:  # `inline_label` tries its pattern only if not
        assert headings._INLINE_LABEL.match(line) is None
    if "&" not in line and "+" not in line:  # nor `heading_key` its "&"
        assert headings._AMPERSAND.search(line) is None
