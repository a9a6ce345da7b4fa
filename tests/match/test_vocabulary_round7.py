"""A seventh round of general rules, from the kinds of error two more blind hold-outs showed,
through the real matcher and the built-in lexicon: a hyphenated learning setting is its own
setting; an ambiguous method name (PCA, HMMs, anomalies detected) counts in a field context of
learning, data or methods; ML named only as the consumer of data work is not ML done; the field's
words for statistics courses, evaluation experiments, probabilistic graphical models, neural
translation and models in production; and the infrastructure around data tools (a Spark cluster
operated, pages scraped) is not data processing by itself. Each positive stands beside
look-alikes, and short resumes of people outside ML carry the look-alikes and must show no ML
skill.

Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from analyzer.match.matcher import SkillMatcher
from tests.match.sentences import (
    Case,
    Section,
    ml_skills_shown,
    sentence_test,
)

HYPHENATED_SETTINGS: list[Case] = [
    # Semi- and self-supervised learning are settings of their own: ML, not the supervised one.
    ("publications", "Semi-supervised learning for tagging bird calls", "supervised-learning",
     False),
    ("publications", "Semi-supervised learning for tagging bird calls",
     "machine-learning-algorithms", True),
    ("experience", "Pretrained encoders with self-supervised learning", "supervised-learning",
     False),
    ("experience", "Trained supervised learning models for churn", "supervised-learning", True),
    ("skills", "Supervised learning, semi-supervised learning", "supervised-learning", True),
]  # fmt: skip

AMBIGUOUS_IN_FIELD_CONTEXT: list[Case] = [
    # An ambiguous name counts beside the field's words: learning, methods, data.
    ("experience", "Compared HMMs with other machine learning methods on bird song", "probability",
     True),
    ("experience", "Hmm, HMM said the label on the crate", "probability", False),
    ("experience", "Ran PCA on 200 survey indicators, keeping the projection on two axes",
     "unsupervised-learning", True),
    ("experience", "Worked as a PCA for elderly clients at home", "unsupervised-learning", False),
    ("experience", "A nightly job detecting anomalies in the shop's sales data",
     "unsupervised-learning", True),
    ("experience", "Detected anomalies in expense reports by hand", "unsupervised-learning",
     False),
]  # fmt: skip

ML_AS_CONSUMER: list[Case] = [
    # Data work that serves ML teams is data work.
    ("experience", "Modelled the warehouse that analysts and ML workloads share",
     "machine-learning-algorithms", False),
    ("experience", "Built feeds for the ML teams and dashboards for finance",
     "machine-learning-algorithms", False),
    ("experience", "Modelled the warehouse that analysts and ML workloads share",
     "data-processing", False),
    ("experience", "Trained ML models to rank search results", "machine-learning-algorithms",
     True),
    ("skills", "ML, Python, SQL", "machine-learning-algorithms", True),
]  # fmt: skip

VOCABULARY: list[Case] = [
    # Statistics by the titles of its courses.
    ("certifications", "Online course: Statistical Thinking for Researchers", "statistics", True),
    ("education", "Courses: Statistical Inference, Biostatistics", "statistics", True),
    ("experience", "Encouraged critical thinking in the classroom", "statistics", False),
    # Evaluation run as experiments, or a system assessed by a quality of it.
    ("experience", "Designed evaluation experiments for the trained speech models",
     "model-evaluation", True),
    ("experience", "Assessed the robustness of our trained speech models to noise",
     "model-evaluation", True),
    ("experience", "Measured the accuracy of the translation systems on rare words",
     "model-evaluation", True),
    ("experience", "Evaluated the performance of the HVAC system in winter", "model-evaluation",
     False),
    ("experience", "Ran evaluation experiments of the new seating plan with pupils",
     "model-evaluation", False),
    # Probabilistic graphical models and Bayesian nonparametrics.
    ("experience", "Research on graphical models and variational inference", "probability",
     True),
    ("experience", "Topic discovery with Dirichlet processes", "probability", True),
    ("skills", "Bayesian nonparametrics, Gaussian processes", "probability", True),
    ("experience", "Drew graphical models of the building for the client", "probability", False),
    # Neural machine translation and neural decoding of language models are deep learning.
    ("experience", "Trained NMT models for low-resource languages", "deep-learning", True),
    ("experience", "Worked on neural machine translation", "deep-learning", True),
    ("experience", "Neural decoding with beam search for text generation", "deep-learning", True),
    ("experience", "Neural decoding of motor cortex spikes with Kalman filters", "deep-learning",
     False),
    ("experience", "Shipped 40 NMT pallets a day", "deep-learning", False),
    # A learning algorithm is ML's; a deep learning algorithm is deep learning's (which alone
    # shows no ML methods).
    ("experience", "Compared three learning algorithms on the churn data",
     "machine-learning-algorithms", True),
    ("experience", "Tuned deep learning algorithms for image search",
     "machine-learning-algorithms", False),
    ("experience", "Tuned deep learning algorithms for image search", "deep-learning", True),
    # Models said to be in production are deployed (and so MLOps).
    ("experience", "Maintained two production forecasting models for the stores",
     "model-deployment", True),
    ("experience", "Maintained two production forecasting models for the stores", "mlops", True),
    ("experience", "Maintained the production ML models of the search team", "model-deployment",
     True),
    ("experience", "Drove the first production model of the new sedan", "model-deployment",
     False),
    ("experience", "Built a production planning model for the bakery", "model-deployment",
     False),
]  # fmt: skip

DATA_INFRASTRUCTURE: list[Case] = [
    # Operating a cluster is infrastructure; the jobs run on it are data work.
    ("experience", "Provisioned and patched the Spark clusters on bare metal",
     "data-processing", False),
    ("experience", "Upgraded the Hadoop clusters to a new release", "data-processing", False),
    ("experience", "Wrote PySpark jobs on our Spark clusters", "data-processing", True),
    ("experience", "Processed click logs with Spark", "data-processing", True),
    # Collecting pages is not processing data; cleaning what was scraped is.
    ("experience", "Web scraping of product pages for a price tracker", "data-processing", False),
    ("experience", "Scraped product pages, then cleaned and deduplicated the records",
     "data-processing", True),
]  # fmt: skip

CASES = [
    *HYPHENATED_SETTINGS,
    *AMBIGUOUS_IN_FIELD_CONTEXT,
    *ML_AS_CONSUMER,
    *VOCABULARY,
    *DATA_INFRASTRUCTURE,
]


test_round7_kinds = sentence_test(CASES)


NON_ML_RESUMES: dict[str, list[Section]] = {
    "care assistant": [
        (
            "experience",
            "Experience",
            "Worked as a PCA for elderly clients. Detected anomalies in medication charts by "
            "hand. Encouraged critical thinking in group sessions.",
        ),
        ("skills", "Skills", "First aid, Manual handling, Rotas"),
    ],
    "facilities engineer": [
        (
            "experience",
            "Experience",
            "Evaluated the performance of the HVAC system in winter. Drew graphical models of the "
            "building. Built a production planning model for the plant.",
        ),
        ("skills", "Skills", "AutoCAD, BMS, Excel"),
    ],
    "platform engineer": [
        (
            "experience",
            "Experience",
            "Provisioned and patched the Spark clusters on bare metal. Upgraded the Hadoop "
            "clusters. Modelled the warehouse that analysts and ML workloads share.",
        ),
        ("skills", "Skills", "Linux, Terraform, Ansible"),
    ],
    "logistics coordinator": [
        (
            "experience",
            "Experience",
            "Shipped 40 NMT pallets a day. Drove the first production model of the new sedan to "
            "the dealers. Web scraping of competitor prices for the sales team.",
        ),
        ("skills", "Skills", "SAP, Excel, Forklift licence"),
    ],
}


@pytest.mark.parametrize("person", sorted(NON_ML_RESUMES))
def test_look_alikes_outside_ml_show_no_ml_skill(
    builtin_matcher: SkillMatcher, person: str
) -> None:
    assert not ml_skills_shown(builtin_matcher, NON_ML_RESUMES[person]), person
