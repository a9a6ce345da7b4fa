"""The whole pipeline on generated PDFs: where a skill stands decides its status, in every layout
family; OCR and non-English resumes keep their evidence."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from analyzer import Analyzer
from analyzer.config import AnalyzerConfig
from tests.pdf_factory import (
    image_only_pdf,
    sidebar_pdf,
    single_column_pdf,
    table_pdf,
    two_column_pdf,
)

EXPERIENCE = ("Experience", ["**ML Engineer, Acme (2021 - 2024)", "- Trained models in PyTorch"])
SKILLS = ("Skills", ["Docker, Kubernetes, SQL"])
EDUCATION = ("Education", ["M.Sc. Statistics", "Coursework: Linear Algebra"])
INTERESTS = ("Interests", ["Reinforcement learning, hiking"])


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def statuses(analyzer: Analyzer, path: Path) -> dict[str, str]:
    return {s.id: s.status for s in analyzer.analyze(path).skills}


EXPECTED = {
    "pytorch": "demonstrated",
    "deep-learning": "demonstrated",
    "docker": "listed",
    "kubernetes": "listed",
    "sql": "listed",
    "statistics": "mentioned",
    "linear-algebra": "mentioned",
    "reinforcement-learning": "missing",
}


def _layouts(folder: Path) -> dict[str, Path]:
    return {
        "single": single_column_pdf(
            folder / "single.pdf", [EXPERIENCE, SKILLS, EDUCATION, INTERESTS]
        ),
        "two-column": two_column_pdf(
            folder / "two.pdf", [SKILLS, EDUCATION, INTERESTS], [EXPERIENCE]
        ),
        "sidebar": sidebar_pdf(
            folder / "sidebar.pdf", [EXPERIENCE, EDUCATION, INTERESTS], [SKILLS], side="right"
        ),
    }


@pytest.mark.parametrize("layout", ["single", "two-column", "sidebar"])
def test_status_follows_the_section_in_every_layout(
    analyzer: Analyzer, tmp_path: Path, layout: str
) -> None:
    found = statuses(analyzer, _layouts(tmp_path)[layout])
    assert {k: found[k] for k in EXPECTED} == EXPECTED


def test_skills_table_rows_stay_in_the_skills_section(analyzer: Analyzer, tmp_path: Path) -> None:
    path = table_pdf(
        tmp_path / "table.pdf",
        "Technical Skills",
        [("Languages", "Python, SQL", "Bash"), ("MLOps", "Docker, MLflow", "Kubernetes")],
        before=[EXPERIENCE],
        after=[EDUCATION],
    )
    found = statuses(analyzer, path)
    assert found["mlflow"] == "listed"
    assert found["linux"] == "listed"
    assert found["pytorch"] == "demonstrated"


def test_profile_can_count_education_as_listed(tmp_path: Path) -> None:
    analyzer = Analyzer(config=AnalyzerConfig(section_status={"education": "listed"}))
    path = single_column_pdf(tmp_path / "edu.pdf", [EXPERIENCE, EDUCATION])
    assert statuses(analyzer, path)["statistics"] == "listed"


def test_non_english_resume_matches_technical_terms(analyzer: Analyzer, tmp_path: Path) -> None:
    path = single_column_pdf(
        tmp_path / "es.pdf",
        [
            (
                "Experiencia profesional",
                ["- Desarrollé modelos con PyTorch y los desplegué en Kubernetes."],
            ),
            ("Habilidades", ["Python, SQL, Docker"]),
            ("Formación", ["Grado en Matemáticas, Universidad de Sevilla"]),
        ],
    )
    result = analyzer.analyze(path)
    assert result.parse.language == "es"
    found = {s.id: s.status for s in result.skills}
    assert found["pytorch"] == "demonstrated"
    assert found["python"] == "listed"


@pytest.mark.ocr
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs tesseract-ocr")
def test_ocr_evidence_is_marked(tmp_path: Path) -> None:
    path = image_only_pdf(
        tmp_path / "scan.pdf", ["Ada Lovelace", "SKILLS", "Python, Docker, Kubernetes"]
    )
    result = Analyzer(config=AnalyzerConfig(ocr=True)).analyze(path)
    assert result.parse.ocr
    docker = result.skill("docker")
    assert docker.present
    assert all(e.ocr for e in docker.evidence)
