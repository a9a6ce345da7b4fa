"""A tenth round of general rules, from the kinds of error that recur across four more blind
hold-outs, through the real matcher and the built-in lexicon: learning systems deployed without
the word "model" and learning parts put into production are model deployment (an AI chatbot
deployed is not); generation tasks named by what they generate, text a model writes and the
generative adjective before a model are generative AI (lead, power and code generation are not);
data that is labelled or annotated is a state, labelling it is the work; a training or modelling
pipeline alone is model work, not MLOps; Apple's runtime is not the centre of the field ("core ML
engineering"); a software package is not a model packaged; a database engine's name beside
another engine is the database, a CNN listed among algorithms is deep learning, clustering
beside an analyst's methods is the method (data that comes clustered is not); LDA the topic
model; a physics engine alone is not reinforcement learning; image and signal processing are
fields, not data preparation; media preprocessed are data prepared; the classical designs of
statistics, random motion in probability, deep networks and neural fields; models compared by
their performance, trained and tested, metrics written as identifiers, a policy's success rate;
and a stage's own word is not its context. Each positive stands beside look-alikes, and short
resumes of people outside ML carry the look-alikes and must show no ML skill.

Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from analyzer.match.matcher import SkillMatcher
from tests.builders import resume_from_sections
from tests.match.sentences import (
    Case,
    Section,
    ml_skills_shown,
    sentence_test,
)

LEARNING_SYSTEMS_DEPLOYED: list[Case] = [
    ("experience", "Designed and deployed a deep learning system for fraud alerts",
     "model-deployment", True),
    ("experience", "Designed and deployed a deep learning system for fraud alerts", "mlops", True),
    ("experience", "Deployed machine learning pipelines as REST APIs with FastAPI",
     "model-deployment", True),
    ("experience", "Deployed NLP services on Kubernetes for the support desk", "model-deployment",
     True),
    ("experience", "Integrated ML components into the production system with the platform team",
     "model-deployment", True),
    ("experience", "Brought machine learning features into production for the checkout",
     "model-deployment", True),
    # An app that calls a hosted model deploys none; an ML word elsewhere is not the object.
    ("experience", "Deployed an AI chatbot for the shop's website", "model-deployment", False),
    ("experience", "Deployed a CV screening application for recruiters", "model-deployment",
     False),
    ("experience", "Deployed the payroll system; studied machine learning at night",
     "model-deployment", False),
    ("experience", "Integrated the ML team's dashboard into the intranet", "model-deployment",
     False),
]  # fmt: skip

GENERATION: list[Case] = [
    ("experience", "Designed a dialogue generation system for customer support",
     "generative-ai", True),
    ("publications", "Caption generation for product photos with vision transformers",
     "generative-ai", True),
    ("projects", "3D shape generation from a single image with diffusion priors",
     "generative-ai", True),
    # Games and graphics generate by hand-written procedures.
    ("experience", "Built a procedural texture generation system in Unity", "generative-ai",
     False),
    ("skills", "Texture generation, shaders, Unity", "generative-ai", False),
    ("experience", "Fine-tuned BERT to generate short summaries of product reviews",
     "generative-ai", True),
    ("experience", "Evaluated generative language models on reading comprehension",
     "generative-ai", True),
    ("projects", "Generative soft inpainting of damaged photographs", "generative-ai", True),
    ("publications", "Conditional flow matching for music synthesis", "generative-ai", True),
    ("publications", "Bidirectional planning for generation of goal-directed proactive dialogue",
     "generative-ai", True),
    ("publications", "Controllable language generation with small decoders", "generative-ai",
     True),
    ("experience", "Automated the generation of monthly summary reports", "generative-ai", False),
    ("publications", "Normalizing flows for density estimation of galaxies", "generative-ai",
     True),
    # Other trades generate leads, power, code and summaries of accounts.
    ("experience", "Led lead generation for the regional sales team", "generative-ai", False),
    ("experience", "Ran maintenance of the power generation plant", "generative-ai", False),
    ("experience", "Wrote the code generation pass of a small compiler", "generative-ai", False),
    ("experience", "Evaluated code generation with LLMs on a new benchmark", "generative-ai", True),
    ("experience", "Code generation from UML models for the billing service", "generative-ai",
     False),
    ("experience", "Generated summaries of the monthly accounts for the board", "generative-ai",
     False),
    ("skills", "Generative design in Fusion 360, CAD", "generative-ai", False),
    # Text that something else generated, rated by the person.
    ("experience", "Rated AI-generated image captions for a labelling vendor", "generative-ai",
     False),
]  # fmt: skip

LABELLED_DATA: list[Case] = [
    # Labelling data is preparing it.
    ("experience", "Labelled the raw data and trained a classifier on it", "data-processing",
     True),
    ("experience", "Annotated 20,000 images for the defect detector", "data-processing", True),
    ("experience", "Cleaned and labelled the survey data", "data-processing", True),
    ("experience", "Labeled 40k tweets for stance detection", "data-processing", True),
    ("experience", "Labeled 200 boxes of archive files", "data-processing", False),
    # Labelled data is a state of the data.
    ("publications", "Learning to recognise birds from minimal labeled data", "data-processing",
     False),
    ("experience", "Multi-task scene parsing trained on partly annotated street data",
     "data-processing", False),
]  # fmt: skip

PIPELINES_OF_MODEL_WORK: list[Case] = [
    ("experience", "Built a predictive modeling pipeline on chess game records", "mlops", False),
    ("experience", "Wrote test cases for a language model's training pipelines", "mlops", False),
    ("experience", "Automated the training pipelines on Kubeflow with nightly retraining",
     "mlops", True),
    ("experience", "Built training pipelines orchestrated with Airflow", "mlops", True),
    ("experience", "Ran hyperparameter sweeps on the GPU cluster", "machine-learning-algorithms",
     True),
]  # fmt: skip

NAMES_WITH_OTHER_READINGS: list[Case] = [
    # Apple's runtime against the centre of the field.
    ("skills", "Core ML Engineering: PyTorch, model training", "model-deployment", False),
    ("skills", "Swift, Core ML, Vision", "model-deployment", True),
    # A software package describes a library, not a model packaged.
    ("other", "The R package focuses on the predictive model for multiple instance data",
     "model-deployment", False),
    ("experience", "Packaged the trained model as a Docker image", "model-deployment", True),
    # A database engine beside another engine, not the business suite.
    ("experience", "Tools: Python, Git, Docker, Oracle, MongoDB", "sql", True),
    ("experience", "Tools: SAP, Oracle, QuickBooks", "sql", False),
    # A CNN listed among learned methods, not the news channel.
    ("experience", "Developed track reconstruction algorithms (BDT, MLP, CNN)", "deep-learning",
     True),
    ("experience", "Appeared on CNN as a guest on housing", "deep-learning", False),
    # Clustering beside an analyst's methods; data that comes clustered.
    ("experience", "Planned delivery routes using linear optimization and clustering",
     "unsupervised-learning", True),
    ("experience", "Built dashboards that work with clustered survey data",
     "unsupervised-learning", False),
    ("experience", "Configured failover clustering for the file servers",
     "unsupervised-learning", False),
    # LDA the topic model, not the discriminant.
    ("experience", "Optimized Gibbs LDA on Spark for topic discovery", "unsupervised-learning",
     True),
    ("experience", "Trained a classifier with LDA and QDA", "unsupervised-learning", False),
    # Classification named with its methods, not a job's or an account's.
    ("publications", "The uncertainty of classification methods for rare classes",
     "supervised-learning", True),
    ("experience", "Reviewed the job classification methods of the council", "supervised-learning",
     False),
    # A physics engine alone is not reinforcement learning.
    ("skills", "Frameworks: JAX, PyTorch, MuJoCo, OpenCV", "reinforcement-learning", False),
    ("experience", "Trained locomotion policies in MuJoCo", "reinforcement-learning", True),
    # Fields named for what they process are not data preparation.
    ("skills", "Image Processing, Signal Processing", "data-processing", False),
    ("skills", "Image preprocessing, OpenCV", "data-processing", True),
    ("experience", "Preprocessed the song recordings into mel spectrograms", "data-processing",
     True),
    ("experience", "Preprocessed the MRI scans of 300 patients for a segmentation study",
     "data-processing", True),
    ("experience", "Extracted raw sensor data from the loggers and cleaned it in R",
     "data-processing", True),
    ("experience", "Exported raw footage files for the editor", "data-processing", False),
    ("experience", "Resolved free-text dates into structured data", "data-processing", True),
    ("experience", "Organised the volunteers into structured shifts", "data-processing", False),
    # A model taken to the device that runs it, by its architecture's name.
    ("experience", "Trained and optimized a U-Net for Edge TPU, now on five million phones",
     "model-deployment", True),
    # An AutoML product fits models for its users: work on it is not MLOps.
    ("experience", "Added deep learning support to their automated ML platform", "mlops", False),
    ("experience", "Built the company's ML platform for training and serving", "mlops", True),
]  # fmt: skip

METHODS_BY_NAME: list[Case] = [
    ("experience", "Discriminant analysis of survey answers", "statistics", True),
    ("experience", "Fit statistical, autoregressive and boosted models to the meter readings",
     "statistics", True),
    ("experience", "Nonlinear regression of growth curves", "statistics", True),
    ("experience", "Ran large-scale stochastic simulations of polymers", "probability", True),
    ("publications", "Brownian dynamics simulations of dense filaments", "probability", True),
    ("publications", "An interpretable deep network derived from compression", "deep-learning",
     True),
    ("publications", "Neural fields for tactile sensing", "deep-learning", True),
    # A network of people is not a neural one.
    ("experience", "Built a deep network of contacts in retail banking", "deep-learning", False),
]  # fmt: skip

RESULTS: list[Case] = [
    ("experience", "Compared performances of different state-of-the-art models on one dataset",
     "model-evaluation", True),
    ("experience", "Compared the performance of three suppliers' business models",
     "model-evaluation", False),
    ("experience", "Compared and assessed the accuracy of linear, tree-based and neural models",
     "model-evaluation", True),
    ("experience", "Benchmarked the performance of the sorting algorithms in Rust",
     "model-evaluation", False),
    ("experience", "Evaluated the performance of the system architecture under load",
     "model-evaluation", False),
    ("experience", "Trained and tested a logistic regression classifier", "model-evaluation",
     True),
    ("experience", "Trained and tested new staff on the tills", "model-evaluation", False),
    ("experience", "Built and tested the office network", "model-evaluation", False),
    ("experience", "Developed and validated the financial model for the merger",
     "model-evaluation", False),
    ("projects", "Image classification: VGG19, Val_Accuracy: 0.95, Val_Dice_Score 0.92",
     "model-evaluation", True),
    ("experience", "Reported f1_score and roc_auc for each fold", "model-evaluation", True),
    ("experience", "Built a receipt recognition prototype with OCR, achieving 70-80% accuracy",
     "model-evaluation", True),
    ("experience", "Trained the drone controller with PPO, reaching a 60% success rate in new "
     "rooms", "model-evaluation", True),
    ("experience", "Achieved a 90% success rate on cold calls", "model-evaluation", False),
    ("experience", "Improved invoice accuracy by 15%", "model-evaluation", False),
    # The stage's own word is not its context.
    ("experience", "Core engineer on the simulation platform, enabling training and validation "
     "of the full driving software stack", "model-evaluation", False),
    ("experience", "Owned data collection, training and validation of the pest classifier",
     "model-evaluation", True),
]  # fmt: skip

CASES = [
    *LEARNING_SYSTEMS_DEPLOYED,
    *GENERATION,
    *LABELLED_DATA,
    *PIPELINES_OF_MODEL_WORK,
    *NAMES_WITH_OTHER_READINGS,
    *METHODS_BY_NAME,
    *RESULTS,
]


test_round10_kinds = sentence_test(CASES)


def test_an_excluded_field_name_is_kept_with_its_reason(builtin_matcher: SkillMatcher) -> None:
    evidence = builtin_matcher.match(
        resume_from_sections([("skills", "Skills", "Image Processing, SQL")])
    )

    [item] = evidence["data-processing"]
    assert (item.text, item.accepted) == ("Image Processing", False)
    assert item.reason is not None and "image processing" in item.reason


NON_ML_RESUMES: dict[str, list[Section]] = {
    "sales manager": [
        (
            "experience",
            "Experience",
            "Led lead generation for the regional team and achieved a 90% success rate on cold "
            "calls. Built a deep network of contacts in retail banking. Compared the performance "
            "of our suppliers' business models. Trained and tested new staff on the tills.",
        ),
        ("skills", "Skills", "Salesforce, Excel, negotiation"),
    ],
    "accountant": [
        (
            "experience",
            "Experience",
            "Generated summaries of the monthly accounts for the board. Improved invoice accuracy "
            "by 15%. Deployed the new payroll system across three offices.",
        ),
        ("skills", "Skills", "SAP, Oracle, QuickBooks, Excel"),
    ],
    "chef": [
        (
            "experience",
            "Experience",
            "Labelled and dated every prepared dish for the cold room. Ran the kitchen's power "
            "generation backup checks. Planned the weekly menu with the suppliers.",
        ),
        ("skills", "Skills", "Menu costing, food safety, pastry"),
    ],
    "web developer": [
        (
            "experience",
            "Experience",
            "Deployed an AI chatbot for the shop's website. Configured failover clustering for "
            "the file servers. Wrote the code generation pass of a template compiler. Packaged "
            "the front end as an npm package.",
        ),
        ("skills", "Skills", "TypeScript, React, Node.js, PostgreSQL"),
    ],
    "architect": [
        (
            "experience",
            "Experience",
            "Used generative design in Fusion 360 for the façade. Worked with clustered survey "
            "data of the site.",
        ),
        ("skills", "Skills", "Revit, AutoCAD, SketchUp"),
    ],
}


@pytest.mark.parametrize("person", sorted(NON_ML_RESUMES))
def test_look_alikes_outside_ml_show_no_ml_skill(
    builtin_matcher: SkillMatcher, person: str
) -> None:
    assert not ml_skills_shown(builtin_matcher, NON_ML_RESUMES[person]), person
