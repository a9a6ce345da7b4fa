"""Generate the example resumes in examples/resumes/ (fictional people) and their reports, also
against the two example job descriptions in examples/jobs/.

    python examples/make_examples.py            # needs fpdf2: pip install -e '.[test]'

Three layouts: a single-column ML engineer, a data analyst with gaps, and a two-column resume with
a sidebar. The PDFs are deterministic (fixed dates, core fonts), so regenerating them only changes
them when this script changes. Reports are written beside them in examples/reports/, and
tests/test_examples.py checks that the committed reports are what skillgap says today.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
RESUMES = HERE / "resumes"
REPORTS = HERE / "reports"
JOBS = HERE / "jobs"
JOB_FILES = ("ml_engineer.md", "ai_engineer.txt")
"""Job descriptions written for the examples (fictional companies)."""
FIXED_DATE = datetime(2026, 1, 1, tzinfo=UTC)
"""The PDFs' creation date, and the date ongoing roles are counted to in the reports."""

Block = tuple[str, list[str]]
"""A section: its heading and its lines (a line starting with "- " is a bullet)."""


@dataclass(frozen=True)
class ExampleResume:
    file: str
    name: str
    title: str
    contact: str
    main: list[Block]
    sidebar: list[Block]


ML_ENGINEER = ExampleResume(
    file="ml_engineer.pdf",
    name="Priya Raman",
    title="Machine Learning Engineer",
    contact="priya.raman@example.com | github.com/priya-raman | Berlin",
    main=[
        (
            "SUMMARY",
            [
                "Machine learning engineer with five years of building and shipping models, from",
                "feature pipelines to monitored production services.",
            ],
        ),
        (
            "EXPERIENCE",
            [
                "Senior ML Engineer, Northwind Retail (2022 - present)",
                "- Built demand-forecasting models with XGBoost and PyTorch; reached 94% accuracy.",
                "- Deployed models to production on Kubernetes (EKS) behind FastAPI services.",
                "- Ran experiments and the model registry in MLflow; CI/CD with GitHub Actions.",
                "- Monitored data drift with Evidently and retrained on alerts.",
                "ML Engineer, Contoso Health (2019 - 2022)",
                "- Fine-tuned LLMs (Llama 2 with LoRA) for clinical note summarisation.",
                "- Built a retrieval-augmented generation (RAG) assistant with LangChain.",
                "- Wrote ETL pipelines in Spark and Airflow over PostgreSQL and S3.",
            ],
        ),
        (
            "PROJECTS",
            [
                "Fraud detection - gradient boosting and logistic regression on card data,",
                "evaluated with cross-validation and AUC; packaged in Docker.",
            ],
        ),
        (
            "SKILLS",
            [
                "Languages: Python, SQL, Bash",
                "ML: scikit-learn, PyTorch, TensorFlow, Keras, Hugging Face Transformers",
                "MLOps: Docker, Kubernetes, MLflow, SageMaker, Git, Linux",
                "Cloud: AWS (EC2, S3, SageMaker), GCP",
            ],
        ),
        (
            "EDUCATION",
            [
                "M.Sc. Computer Science, TU Munich (2019)",
                "Coursework: Statistics, Probability, Linear Algebra, Calculus",
            ],
        ),
        ("CERTIFICATIONS", ["AWS Certified Machine Learning - Specialty (2023)"]),
    ],
    sidebar=[],
)

DATA_ANALYST = ExampleResume(
    file="data_analyst.pdf",
    name="Tom Becker",
    title="Data Analyst",
    contact="tom.becker@example.com | +49 30 1234567 | Hamburg",
    main=[
        (
            "PROFILE",
            [
                "Data analyst who turns sales data into decisions. Currently learning PyTorch;",
                "no experience with Kubernetes yet.",
            ],
        ),
        (
            "WORK EXPERIENCE",
            [
                "Data Analyst, Fabrikam Logistics (2021 - present)",
                "- Wrote SQL queries in PostgreSQL and built Tableau dashboards for sales teams.",
                "- Cleaned and prepared data with pandas; automated weekly reports in Python.",
                "- Ran A/B tests and regression analysis for pricing.",
                "Junior Analyst, Amazon (2019 - 2021)",
                "- Reconciled vendor invoices in Excel.",
            ],
        ),
        ("SKILLS", ["Excel, Tableau, SQL, Python, Git"]),
        ("EDUCATION", ["B.Sc. Business Informatics, University of Hamburg (2019)"]),
        ("INTERESTS", ["Machine learning, deep learning, cycling"]),
    ],
    sidebar=[],
)

TWO_COLUMN = ExampleResume(
    file="two_column.pdf",
    name="Lena Ortiz",
    title="AI Engineer",
    contact="lena.ortiz@example.com | Madrid",
    main=[
        (
            "EXPERIENCE",
            [
                "AI Engineer, Tailspin Media (2023 - present)",
                "- Built GenAI features with the OpenAI API and prompt engineering.",
                "- Served models with FastAPI and Docker on Azure.",
                "- Evaluated LLM outputs with precision and recall on labelled sets.",
                "Software Engineer, Adventure Works (2020 - 2023)",
                "- Developed Node.js and Python services; CI/CD with Jenkins pipelines.",
                "- Wrote unit tests and managed releases with Git.",
            ],
        ),
        (
            "PROJECTS",
            [
                "Image identifying app - a CNN in TensorFlow that tags product photos.",
                "Chatbot - a Llama-based support bot with retrieval over documents.",
            ],
        ),
    ],
    sidebar=[
        ("SKILLS", ["Python", "TypeScript", "SQL", "Docker", "Azure", "Linux", "Git"]),
        ("EDUCATION", ["B.Eng. Software", "Engineering,", "UPM Madrid (2020)"]),
        ("LANGUAGES", ["Spanish, English"]),
    ],
)

EXAMPLES = (ML_ENGINEER, DATA_ANALYST, TWO_COLUMN)


def _block(pdf: FPDF, x: float, width: float, heading: str, lines: list[str]) -> None:
    pdf.set_x(x)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(width, 7, heading, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    for line in lines:
        pdf.set_x(x)
        text = f"{chr(149)} {line[2:]}" if line.startswith("- ") else line
        pdf.multi_cell(width, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def build_pdf(resume: ExampleResume, target: Path) -> None:
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(f"{resume.name} - resume")
    pdf.set_author("skillgap examples (fictional person)")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(0, 10, resume.name, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 12)
    pdf.cell(0, 6, resume.title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 6, resume.contact, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    top = pdf.get_y()
    if resume.sidebar:
        sidebar_width, gap = 50.0, 8.0
        for heading, lines in resume.sidebar:
            _block(pdf, pdf.l_margin, sidebar_width, heading, lines)
        main_x = pdf.l_margin + sidebar_width + gap
        pdf.set_y(top)
        width = pdf.w - pdf.r_margin - main_x
    else:
        main_x, width = pdf.l_margin, pdf.w - pdf.l_margin - pdf.r_margin
    for heading, lines in resume.main:
        _block(pdf, main_x, width, heading, lines)
    pdf.output(str(target))


def write_reports() -> None:
    from analyzer import Analyzer
    from analyzer.report import render
    from analyzer.report.job import render_job

    analyzer = Analyzer()
    as_of = FIXED_DATE.date()
    REPORTS.mkdir(exist_ok=True)
    (REPORTS / "jobs").mkdir(exist_ok=True)
    # paths relative to the repository, so the reports say the same on every machine
    jobs = {}
    for job_file in JOB_FILES:
        job = analyzer.read_job(JOBS.relative_to(HERE.parent) / job_file)
        jobs[Path(job_file).stem] = job
        for fmt in ("json", "text"):
            suffix = "txt" if fmt == "text" else fmt
            content = render_job(job, fmt)
            (REPORTS / "jobs" / f"{Path(job_file).stem}.job.{suffix}").write_text(
                content, encoding="utf-8"
            )
    for example in EXAMPLES:
        resume = RESUMES.relative_to(HERE.parent) / example.file
        result = analyzer.analyze(resume, as_of=as_of)
        stem = Path(example.file).stem
        for fmt, suffix in (("json", "json"), ("html", "html"), ("text", "txt")):
            content = render(result, fmt)
            (REPORTS / f"{stem}.{suffix}").write_text(content, encoding="utf-8")
        for job_stem, job in jobs.items():
            result = analyzer.analyze(resume, job=job, as_of=as_of)
            for fmt, suffix in (("json", "json"), ("text", "txt")):
                content = render(result, fmt)
                name = f"{stem}.for_{job_stem}.{suffix}"
                (REPORTS / "jobs" / name).write_text(content, encoding="utf-8")


def main() -> int:
    os.chdir(HERE.parent)
    RESUMES.mkdir(exist_ok=True)
    for example in EXAMPLES:
        build_pdf(example, RESUMES / example.file)
    write_reports()
    print(f"wrote {len(EXAMPLES)} resumes to {RESUMES} and their reports to {REPORTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
