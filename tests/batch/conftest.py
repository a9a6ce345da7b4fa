"""A folder of candidates to batch: text resumes, PDFs, broken files and a file that is skipped."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from fpdf import FPDF

SKILL_LINES = (
    "Python, pandas, NumPy",
    "SQL (PostgreSQL)",
    "PyTorch and TensorFlow",
    "Docker, Kubernetes",
    "scikit-learn, XGBoost",
    "Git, Linux, Bash",
    "MLflow, Kubeflow",
    "AWS SageMaker",
    "statistics, A/B testing",
    "Spark, Airflow",
)
EXPERIENCE_LINES = (
    "Built a churn classifier with scikit-learn and deployed it to production.",
    "Trained transformer models in PyTorch for text classification.",
    "Ran model training pipelines on Kubernetes with Kubeflow.",
    "Wrote SQL for the analytics warehouse in PostgreSQL.",
    "Designed A/B tests and reported the statistics to product teams.",
    "Packaged models in Docker and served them behind a REST API.",
)


def resume_text(seed: int) -> str:
    """A plausible resume; `seed` picks which skills it shows, so scores differ."""
    rng = random.Random(seed)
    skills = rng.sample(SKILL_LINES, k=rng.randint(1, len(SKILL_LINES)))
    done = rng.sample(EXPERIENCE_LINES, k=rng.randint(0, len(EXPERIENCE_LINES)))
    return (
        f"Candidate {seed}\ncandidate{seed}@example.org\n\n"
        "Summary\nMachine learning engineer.\n\n"
        "Skills\n" + "\n".join(skills) + "\n\n"
        "Experience\nML Engineer, Example Corp, 2020-2024\n" + "\n".join(done) + "\n"
    )


def write_pdf(path: Path, text: str) -> Path:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for line in text.splitlines():
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def make_candidates(folder: Path, *, texts: int = 6) -> Path:
    """`texts` text resumes, two PDFs (one named like a spreadsheet formula), a truncated PDF,
    an empty file, and an .odt that is not a resume type."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(texts):
        (folder / f"cand-{n:02d}.txt").write_text(resume_text(n), encoding="utf-8")
    write_pdf(folder / "pdf-resume.pdf", resume_text(100))
    write_pdf(folder / "=cmd|calc.pdf", resume_text(101))
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Cat" + bytes(range(40)))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "letter.odt").write_bytes(b"PK\x03\x04 not a resume type")
    return folder


@pytest.fixture
def candidates(tmp_path: Path) -> Path:
    return make_candidates(tmp_path / "candidates")
