"""A fifteenth round of general rules, from the errors of twelve hold-outs (three fresh ones
measured it unseen):

- GitHub's Actions named in GitHub's parenthesis or run together; AI systems deployed;
- a learned model trained to predict or classify a target; scikit-learn's report and scorers by
  their names; clustering beside other learning methods in one list; DRL; principal components;
- a subject after its course code; airflow in a model of physics; data processing in the words of
  the sciences that do it; a few names of the field (a system prompt, AppEngine, TorchRL);
- an account of work under a skills heading needs the context words a sentence needs elsewhere;
- the concept skills' names in French, Spanish, Portuguese, German and Italian.

Each positive stands beside look-alikes, and short resumes of people outside ML carry the
look-alikes and must show no ML skill. Every sentence and resume is written for these tests."""

from __future__ import annotations

import pytest

from analyzer.match.matcher import SkillMatcher
from tests.match.sentences import (
    Case,
    Section,
    ml_skills_shown,
    sentence_test,
)

GITHUB_ACTIONS: list[Case] = [
    ("skills", "GitHub (Actions, Packages, Pages)", "ci-cd", True),
    ("skills", "Git, GitHub (Codespaces, Actions), Docker", "ci-cd", True),
    ("skills", "Tooling: GitHubActions, pre-commit, Poetry", "ci-cd", True),
    ("skills", "GitHub (Issues, Projects, Discussions)", "ci-cd", False),
    ("experience", "Kept GitHub tidy (labels for every issue). Actions were agreed weekly",
     "ci-cd", False),
]  # fmt: skip

AI_DEPLOYED: list[Case] = [
    ("experience", "Deploying multi-stage AI pipelines that tag product photos", "model-deployment",
     True),
    ("experience", "Deployed GenAI systems for triage in two clinics", "model-deployment", True),
    ("experience", "Deployed an AI chatbot widget on the florist's website", "model-deployment",
     False),
    # AI deployment as a policy's subject
    ("experience", "Chaired the ethics board that reviews each AI deployment", "model-deployment",
     False),
    ("experience", "Drafted the council's policy on the deployment of AI systems in schools",
     "model-deployment", False),
    ("experience", "Deployed the new AI policy to all staff", "model-deployment", False),
    ("experience", "Deployed volunteers to the AI summit registration desk", "model-deployment",
     False),
]  # fmt: skip

MODEL_TO_PREDICT: list[Case] = [
    ("projects", "Wrote a machine learning model to predict which trial users upgrade",
     "supervised-learning", True),
    ("experience", "Trained a small CNN to predict sign-language letters from camera frames",
     "supervised-learning", True),
    ("experience", "Fitted XGBoost to predict late deliveries from order features",
     "supervised-learning", True),
    ("experience", "Maintained the pricing model to predict quarterly revenue in Excel",
     "supervised-learning", False),
    ("experience", "Ran the regional climate model to predict spring frost dates",
     "supervised-learning", False),
]  # fmt: skip

EVALUATION_BY_LIBRARY_NAME: list[Case] = [
    ("projects", "Compared the classifiers with classification reports and confusion matrices",
     "model-evaluation", True),
    ("skills", "scikit-learn (pipelines, accuracy_score, f1_score)", "model-evaluation", True),
    ("experience", "Wrote the monthly report on credit classification for the bank",
     "model-evaluation", False),
]  # fmt: skip

CLUSTERING_AMONG_METHODS: list[Case] = [
    ("experience", "Tried logistic models, SVMs and clustering on the churn table",
     "unsupervised-learning", True),
    ("experience", "Set up server clustering and load balancing for the web farm",
     "unsupervised-learning", False),
    ("experience", "Planted forests beside the clustering of new houses", "unsupervised-learning",
     False),
]  # fmt: skip

DEEP_REINFORCEMENT_INITIALS: list[Case] = [
    ("projects", "A DRL-based controller for a robotic arm", "reinforcement-learning", True),
    ("skills", "DRL, imitation learning, MuJoCo", "reinforcement-learning", True),
    ("experience", "Fitted DRL lamps to the fleet vans", "reinforcement-learning", False),
    ("experience", "Drl and the team of drivers", "reinforcement-learning", False),
]  # fmt: skip

COURSE_BY_CODE: list[Case] = [
    ("experience", "• MATH 3341: Probability", "probability", True),
    ("experience", "ECE 313 Probability with Engineering Applications", "probability", True),
    ("experience", "Cut the probability of late orders for the shop", "probability", False),
    ("experience", "Since 2019 - probability of a late order halved", "probability", False),
]  # fmt: skip

WORK_UNDER_A_SKILLS_HEADING: list[Case] = [
    # a skills list names the discipline; an account of work under the same heading names the
    # everyday noun
    ("skills", "Probability, Statistics, Linear Algebra", "probability", True),
    ("skills", "Built a dashboard showing the probability of churn for each account",
     "probability", False),
]  # fmt: skip

AIRFLOW_THE_FLOW: list[Case] = [
    ("experience", "Scheduled the nightly ETL jobs in Airflow", "data-processing", True),
    ("projects", "A finite-element model of turbulent airflow over a heated plate",
     "data-processing", False),
]  # fmt: skip

NAMES_OF_THE_FIELD: list[Case] = [
    ("experience", "Wrote the system prompt and tool descriptions for the support agent",
     "prompt-engineering", True),
    ("skills", "Google AppEngine, Firestore", "gcp", True),
    ("skills", "TorchRL, Gymnasium", "reinforcement-learning", True),
]  # fmt: skip

OTHER_LANGUAGES: list[Case] = [
    ("skills", "Statistique, Probabilités, Algèbre linéaire", "statistics", True),
    ("skills", "Statistique, Probabilités, Algèbre linéaire", "probability", True),
    ("skills", "Statistique, Probabilités, Algèbre linéaire", "linear-algebra", True),
    ("experience", "Análisis estadístico de encuestas de hogares", "statistics", True),
    ("experience", "Limpieza de datos de ventas para el equipo comercial", "data-processing",
     True),
    ("skills", "Maschinelles Lernen, Datenverarbeitung", "data-processing", True),
    ("education", "Cálculo diferencial e integral", "calculus", True),
    ("experience", "Aprendizado de máquina para previsão de demanda", "machine-learning-algorithms",
     True),
    # the everyday words beside them
    ("experience", "La probabilidad de lluvia subió en mayo", "probability", False),
    ("experience", "Prétraitement des eaux usées de la commune", "data-processing", False),
    ("experience", "Cálculo de nóminas y facturas", "calculus", False),
]  # fmt: skip

DATA_WORK_OF_THE_SCIENCES: list[Case] = [
    ("experience", "Seismic data processing for the survey vessel", "data-processing", True),
    ("experience", "Curated a new derived dataset of river levels",
     "data-processing", True),
    ("experience", "Data processing of invoices for the accounts team", "data-processing", False),
    ("skills", "Econometrics: panel data, principal components, instrumental variables",
     "unsupervised-learning", True),
]  # fmt: skip

CASES: list[Case] = [
    *GITHUB_ACTIONS,
    *AI_DEPLOYED,
    *MODEL_TO_PREDICT,
    *EVALUATION_BY_LIBRARY_NAME,
    *CLUSTERING_AMONG_METHODS,
    *DEEP_REINFORCEMENT_INITIALS,
    *COURSE_BY_CODE,
    *WORK_UNDER_A_SKILLS_HEADING,
    *AIRFLOW_THE_FLOW,
    *NAMES_OF_THE_FIELD,
    *OTHER_LANGUAGES,
    *DATA_WORK_OF_THE_SCIENCES,
]


test_round15_kinds = sentence_test(CASES)


NON_ML_RESUMES: dict[str, list[Section]] = {
    "fleet manager": [
        (
            "experience",
            "Experience",
            "Fitted DRL lamps to the fleet vans. Built a fuel cost model to predict the yearly "
            "budget. Deployed drivers to the AI expo car park.",
        ),
        ("skills", "Skills", "Excel, route planning, GitHub (Issues, Wiki)"),
    ],
    "town planner": [
        (
            "experience",
            "Experience",
            "Reviewed the clustering of new houses near the old forests. Wrote the classification "
            "report for the listed buildings.",
        ),
        ("skills", "Skills", "GIS, planning law, public consultation"),
    ],
}


@pytest.mark.parametrize("person", sorted(NON_ML_RESUMES))
def test_look_alikes_outside_ml_show_no_ml_skill(
    builtin_matcher: SkillMatcher, person: str
) -> None:
    assert not ml_skills_shown(builtin_matcher, NON_ML_RESUMES[person]), person
