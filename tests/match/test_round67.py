"""A sixty-seventh round, from the first looks at this session's second hold-outs (experienced
ML engineers, quantitative researchers, CVs in French, German, Spanish, Portuguese and Italian,
MLOps and LLM engineers):

- models evaluated in German, French, Spanish, Portuguese and Italian, German compounds
  included ("Modellarchitekturen"; not "Modellierung", a modelling);
- language models deployed, and models "industrialised" (as French says putting them into
  production), are deployment;
- prompt engineering in French, Spanish, Portuguese and Italian;
- a data science pipeline is data processing;
- Airflow in a resume that shows code or data work elsewhere is Apache's (the HVAC sense needs
  none of them).

Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from analyzer.match import SkillMatcher
from tests.builders import resume_from_sections
from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "Evaluierung neuer Modellvarianten für die Betrugserkennung",
     "model-evaluation", True),
    ("experience", "Avaliação dos modelos de churn com dados reais", "model-evaluation", True),
    ("experience", "Bewertung der Modellierung von Geschäftsprozessen", "model-evaluation", False),
    ("experience", "Déploiement des LLMs internes sur un cluster GPU", "model-deployment", True),
    ("experience", "Industrialisation des modèles de prévision de la demande", "model-deployment",
     True),
    ("certifications", "Curso de ingeniería de prompts (2024)", "prompt-engineering", True),
    ("experience", "Refactored the data science pipelines for the claims team", "data-processing",
     True),
    ("skills", "HVAC balancing\nDuct sizing\nAirflow", "data-processing", False),
]  # fmt: skip


test_round67_kinds = sentence_test(CASES)


@pytest.mark.parametrize(("project", "expected"), [
    ("Wrote the grading scripts in Python for a night school", True),
    ("Balanced the ducts of a four-storey clinic", False),
])  # fmt: skip
def test_airflow_takes_its_sense_from_the_rest_of_the_resume(
    builtin_matcher: SkillMatcher, project: str, expected: bool
) -> None:
    resume = resume_from_sections(
        [("projects", "Projects", project), ("skills", "Skills", "Agile\nAirflow\nScrum")]
    )
    evidence = builtin_matcher.match(resume).get("data-processing", [])
    assert any(e.accepted and e.text == "Airflow" for e in evidence) is expected
