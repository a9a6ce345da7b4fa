"""An eighth round of general rules, from the kinds of error that recur across five blind
hold-outs, through the real matcher and the built-in lexicon: "probability" as an everyday noun
is not the discipline; a recommendation engine is ML beside the words of how it learns; a model
runtime's name shows model deployment but not the MLOps practice (and Apple's runtime holds no ML
of its own); a model's metric at an operating point, or as the aim of the work, and evaluation
named as the stage after training are model evaluation; the discrete and masked kinds of diffusion
models are generative, their finance and transport namesakes are not; a regression design named
in the plural is statistics; scraping and the clusters a data platform runs on are not data
processing; a common spelling of scikit-learn; and the look-alikes of other trades (a teacher's
essay prompts, brand recall, an assay's precision, a data center, a deal's data room); models
taken to the devices that run them; results against a baseline, detectors benchmarked, a test set
held out; features derived from data; regression models as statistics, tree-based models as
supervised and association rules as unsupervised learning; ML pipelines brought into a company's
infrastructure; "CI" alone beside builds and tests; supervised fine-tuning is LLM fine-tuning
and reinforcement learning implies no ML algorithms; a skill's name that names a team is not the
skill. Each positive stands beside look-alikes, and short resumes of people outside ML carry the
look-alikes and must show no ML skill.

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

PROBABILITY_AS_A_WORD: list[Case] = [
    # The discipline beside its own words, or in a list, a degree or a paper.
    ("experience", "Taught probability and statistics to first-year students", "probability",
     True),
    ("experience", "Built probability models of machine failure", "probability", True),
    ("education", "Coursework: Probability, Real Analysis", "probability", True),
    ("skills", "Probability, Statistics, SQL", "probability", True),
    # The chance of an event that a product shows or a model predicts.
    ("experience", "Added a win-probability widget to the sales dashboard", "probability", False),
    ("experience", "Rain probability estimation for the farm app, using weather feeds and "
     "statistical models", "probability", False),
]  # fmt: skip

RECOMMENDATION_ENGINES: list[Case] = [
    ("experience", "Built a recommendation engine with collaborative filtering on purchase history",
     "machine-learning-algorithms", True),
    ("projects", "Movie recommendation system", "machine-learning-algorithms", True),
    ("experience", "Built recommendation algorithms for the news feed",
     "machine-learning-algorithms", True),
    ("experience", "Designed a recommendation engine for the bookshop",
     "machine-learning-algorithms", True),
    ("experience", "Backend work on the recommendation engine of a shopping app",
     "machine-learning-algorithms", False),
    ("experience", "Maintained the API of the recommendation system",
     "machine-learning-algorithms", False),
]  # fmt: skip

RUNTIME_NAMES: list[Case] = [
    # A runtime, format or demo host named alone: model deployment, not the MLOps practice.
    ("skills", "TFLite, Core ML, ONNX", "model-deployment", True),
    ("skills", "TFLite, Core ML, ONNX", "mlops", False),
    # (a demo library named alone is neither since round 178: see test_round178)
    ("skills", "Gradio, Streamlit", "model-deployment", False),
    ("skills", "Gradio demos on Hugging Face Spaces", "model-deployment", True),
    ("skills", "Gradio demos on Hugging Face Spaces", "mlops", False),
    # TFLite is TensorFlow's, so deep learning's (implications chain), but not the ML methods'.
    ("skills", "TFLite, Core ML, ONNX", "deep-learning", True),
    ("skills", "TFLite, Core ML, ONNX", "machine-learning-algorithms", False),
    # Models deployed to production are MLOps, whatever runtime serves them.
    ("experience", "Deployed the trained models to production with ONNX Runtime", "mlops", True),
]  # fmt: skip

METRICS: list[Case] = [
    # A rate at an operating point, written as one token.
    ("experience", "Raised TPR@1%FPR of the spam detector by 3 points", "model-evaluation", True),
    ("experience", "Reported Recall@FPR=0.1 for the face matcher", "model-evaluation", True),
    # A model's metric as the aim of the work, with no figure.
    ("experience", "Optimized recall of the fraud classifier to cut false negatives",
     "model-evaluation", True),
    # (accuracy alone, with no figure, is a claim since the thirty-second round: test_round32.py)
    ("experience", "Tuned the features to improve accuracy of gesture recognition",
     "model-evaluation", False),
    ("experience", "Tuned the features to improve the F1 of gesture recognition",
     "model-evaluation", True),
    ("experience", "Improved accuracy of invoices and payroll", "model-evaluation", False),
    ("experience", "Improved brand recall with a radio campaign", "model-evaluation", False),
    ("experience", "Improved precision of the milling machine by 0.01 mm", "model-evaluation",
     False),
    # Evaluation named as the stage after training in an account of model work.
    ("experience", "Owned data collection, annotation, preprocessing, training, evaluation and "
     "release of the speech recognizers", "model-evaluation", True),
    ("experience", "Organised staff training and evaluation for the new branch",
     "model-evaluation", False),
]  # fmt: skip

DIFFUSION_MODELS: list[Case] = [
    ("experience", "Implemented discrete diffusion models for protein sequences", "generative-ai",
     True),
    ("experience", "Wrote masked diffusion models from scratch", "generative-ai", True),
    ("experience", "Calibrated jump-diffusion models for option pricing", "generative-ai", False),
    ("experience", "Solved advection-diffusion models of groundwater flow", "generative-ai",
     False),
]  # fmt: skip

STATISTICS_AND_DATA: list[Case] = [
    # A regression design named in the plural.
    ("publications", "Interaction terms in multiple linear regressions", "statistics", True),
    ("experience", "Ran multiple regression cycles before each release", "statistics", False),
    # Scraping collects; a later verb on the data processes it.
    ("experience", "Scrapes listing data from ten property sites every night", "data-processing",
     False),
    ("experience", "Scraped reviews, then cleaned and merged the data", "data-processing", True),
    # The clusters a data platform runs on are infrastructure; the jobs on it are data work.
    ("experience", "Automated Databricks cluster scaling with Terraform", "data-processing",
     False),
    ("experience", "Operated Kafka clusters for the payments team", "data-processing", False),
    ("experience", "Wrote Spark jobs on Databricks that clean click logs", "data-processing",
     True),
    # A common spelling of scikit-learn.
    ("skills", "Sci-kit learn, NumPy", "machine-learning-algorithms", True),
    ("skills", "Sci-kit learn, NumPy", "python", True),
]  # fmt: skip

LOOK_ALIKES_OF_OTHER_TRADES: list[Case] = [
    # Prompts a teacher writes are not an LLM's; prompt work on a model is.
    ("experience", "Wrote essay prompts for the English class", "prompt-engineering", False),
    ("experience", "Wrote prompts for the support chatbot's LLM", "prompt-engineering", True),
    ("experience", "Design prompts and guardrails for the assistant", "prompt-engineering", True),
    ("experience", "Iterated on the prompts until answers stopped drifting", "prompt-engineering",
     True),
    # A percentage of recall or precision is a model's only beside a model's words.
    ("experience", "Brand recall rose to 42% after the campaign", "model-evaluation", False),
    ("experience", "Precision of 99% on the assay after calibrating the pipettes",
     "model-evaluation", False),
    ("experience", "Recall of 91% on the test set for the triage model", "model-evaluation", True),
    # The racing series and the data protection law's processing are other trades' words.
    ("experience", "Improved F1 car aerodynamics with wind tunnel runs", "model-evaluation",
     False),
    ("experience", "Trained staff on GDPR data processing and consent", "data-processing", False),
    ("experience", "Reached a macro F1 of 0.82 on the test set", "model-evaluation", True),
    # A server building and a deal's document room hold no data work.
    ("experience", "Cleaned the data center racks and relabelled cables", "data-processing",
     False),
    ("experience", "Prepared the data room for the due diligence", "data-processing", False),
    ("experience", "Cleaned the sensor data before training", "data-processing", True),
]  # fmt: skip

DEPLOYMENT_TO_DEVICES: list[Case] = [
    # A model taken to the device that runs it is deployed (and so MLOps).
    ("experience", "Ported the perception models to Jetson boards for on-robot inference",
     "model-deployment", True),
    ("experience", "Quantized the model to INT8 for deployment on mobile phones",
     "model-deployment", True),
    ("experience", "Pose tracking and grasp detection modules for Jetson deployment",
     "model-deployment", True),
    ("experience", "Ran the detector on edge devices at 30 frames a second", "mlops", True),
    # Redeployed models are deployed; redeployed nurses are not models.
    ("experience", "Redeployed the updated ranking models every week", "model-deployment", True),
    ("experience", "Automated retraining and redeployment of the churn model",
     "model-deployment", True),
    ("experience", "Redeployed nurses to the ICU during the surge", "model-deployment", False),
    # Apps, devices and sites are deployed too.
    ("experience", "Released the app to Android phones and iOS devices", "model-deployment",
     False),
    ("experience", "Led deployment to the edge sites of the retail network", "model-deployment",
     False),
    ("experience", "Managed the deployment of mobile devices to field staff", "model-deployment",
     False),
]  # fmt: skip

RESULTS_AND_FEATURES: list[Case] = [
    # A result against a baseline, a benchmarked detector, a test set held out.
    ("experience", "Outperformed the strongest baseline by 4 points", "model-evaluation", True),
    ("experience", "Beat the benchmark rate of return for the fund", "model-evaluation", False),
    ("experience", "Outperformed sales targets by 20% every quarter", "model-evaluation", False),
    ("experience", "Benchmarked three detectors on our internal dataset", "model-evaluation",
     True),
    ("experience", "Held out 20% of the data for testing", "model-evaluation", True),
    ("experience", "Achieved state-of-the-art results on three benchmarks", "model-evaluation",
     True),
    ("experience", "Built a state-of-the-art facility for the lab", "model-evaluation", False),
    ("experience", "Backtested the demand forecasting models over two years", "model-evaluation",
     True),
    ("experience", "Improved mAP of the defect detector", "model-evaluation", True),
    ("experience", "Reduced the MAE of the load forecasts by tuning lags", "model-evaluation",
     True),
    ("experience", "Improved the map of the warehouse for the pickers", "model-evaluation", False),
    ("experience", "Held out for a better offer from the client", "model-evaluation", False),
    # Duplicate rows removed from tables are data cleaning; a guest list's are not.
    ("experience", "Merged customer tables from three CRMs and removed duplicate rows",
     "data-processing", True),
    ("experience", "Removed duplicate entries from the guest list", "data-processing", False),
    # Features derived from data are feature engineering; a product's features are not.
    ("experience", "Derived features from raw logs for the churn model", "data-processing", True),
    ("experience", "Extracted 40 features from the vibration signals", "data-processing", True),
    ("experience", "Created features for the mobile app's new release", "data-processing", False),
]  # fmt: skip

METHODS_AND_PRACTICES: list[Case] = [
    # A regression model is statistical modelling (the spec's "regression analysis").
    ("experience", "Fitted regression models of crop yield on rainfall", "statistics", True),
    ("experience", "Kept the regression test model of the release suite", "statistics", False),
    # The models of applied statistics by their names.
    ("experience", "Fitted generalized additive models to traffic counts", "statistics", True),
    ("experience", "Ran survival models of time to churn", "statistics", True),
    ("experience", "Modelled claim counts with negative binomial regression", "statistics", True),
    ("experience", "Fitted mixed effects models to repeated measures", "statistics", True),
    ("experience", "Survival skills instructor for scout groups", "statistics", False),
    # Tree-based models are decision-tree methods; association rules are mined without labels.
    ("experience", "Scored credit risk with tree-based ensemble models", "supervised-learning",
     True),
    ("skills", "Association rule mining, frequent itemsets", "unsupervised-learning", True),
    ("experience", "Market basket analysis of till receipts", "unsupervised-learning", True),
    ("experience", "Enforced the homeowners association rules of the estate",
     "unsupervised-learning", False),
    # ML pipelines brought into the company's infrastructure or cloud are run in production.
    ("experience", "Integrated the ML pipelines into the bank's cloud infrastructure", "mlops",
     True),
    ("experience", "Wrote an ML pipeline in a notebook for the course", "mlops", False),
    # "CI" alone beside builds, tests and gates; not a confidence interval or an ITIL item.
    ("experience", "Added CI gates that run the evaluation suite", "ci-cd", True),
    ("skills", "Docker, CI, Terraform", "ci-cd", True),
    ("experience", "Mean uplift 3.2 (95% CI 2.1 to 4.0)", "ci-cd", False),
    ("experience", "Updated CI records in the CMDB", "ci-cd", False),
    ("experience", "Led the CI programme of the plant with lean tools", "ci-cd", False),
]  # fmt: skip

FIELDS_OF_THEIR_OWN: list[Case] = [
    # Supervised fine-tuning of an LLM is LLM fine-tuning, not the supervised setting of
    # classifiers; reinforcement learning, like deep learning, has a row of its own and is a
    # family of ML methods too.
    ("experience", "Supervised fine-tuning of a 7B LLM on support dialogues",
     "supervised-learning", False),
    ("experience", "Supervised fine-tuning of a 7B LLM on support dialogues", "llm-development",
     True),
    ("experience", "Trained PPO agents for legged locomotion", "reinforcement-learning", True),
    ("experience", "Trained PPO agents for legged locomotion", "machine-learning-algorithms",
     True),
    ("experience", "Trained supervised classifiers and PPO agents", "machine-learning-algorithms",
     True),
]  # fmt: skip

TEAM_NAMES: list[Case] = [
    # The name of a team a person was in is not the skill, as an employer's name is not.
    ("experience", "Software engineer on the PyTorch team, 2021-2023", "pytorch", False),
    ("experience", "Trained models in PyTorch for the search team", "pytorch", True),
    ("experience", "Research intern, Kubernetes team", "kubernetes", False),
    # ... but a team's lead is a job title, and an ML job title is evidence.
    ("experience", "Machine Learning Team Lead, 2020-2024", "machine-learning-algorithms", True),
    ("experience", "Led a cross-functional team of five engineers", "team-collaboration", True),
]  # fmt: skip

CASES = [
    *PROBABILITY_AS_A_WORD,
    *RECOMMENDATION_ENGINES,
    *RUNTIME_NAMES,
    *METRICS,
    *DIFFUSION_MODELS,
    *STATISTICS_AND_DATA,
    *LOOK_ALIKES_OF_OTHER_TRADES,
    *DEPLOYMENT_TO_DEVICES,
    *RESULTS_AND_FEATURES,
    *METHODS_AND_PRACTICES,
    *FIELDS_OF_THEIR_OWN,
    *TEAM_NAMES,
]


test_round8_kinds = sentence_test(CASES)


def test_a_runtime_name_shows_deployment_without_implying_mlops(
    builtin_matcher: SkillMatcher,
) -> None:
    evidence = builtin_matcher.match(
        resume_from_sections([("skills", "Skills", "TFLite, ONNX Runtime")])
    )

    accepted = [e.text for e in evidence["model-deployment"] if e.accepted]
    assert accepted == ["TFLite", "ONNX Runtime"]
    assert "mlops" not in evidence


NON_ML_RESUMES: dict[str, list[Section]] = {
    "marketing manager": [
        (
            "experience",
            "Experience",
            "Improved brand recall with a radio campaign; brand recall rose to 42%. Added a "
            "win-probability widget to the sales dashboard. Organised staff training and "
            "evaluation for the new branch. Prepared the data room for the sale of the firm.",
        ),
        ("skills", "Skills", "HubSpot, Excel, Canva"),
    ],
    "backend developer": [
        (
            "experience",
            "Experience",
            "Backend work on the recommendation engine of a shopping app. Automated Databricks "
            "cluster scaling with Terraform. Operated Kafka clusters for the payments team. "
            "Scrapes listing data from ten property sites every night.",
        ),
        ("skills", "Skills", "Go, Terraform, PostgreSQL"),
    ],
    "quantitative analyst": [
        (
            "experience",
            "Experience",
            "Calibrated jump-diffusion models for option pricing. Solved advection-diffusion "
            "models of pollutant transport for the city.",
        ),
        ("skills", "Skills", "Excel, VBA, Bloomberg"),
    ],
    "mobile developer": [
        (
            "experience",
            "Experience",
            "Released the app to Android phones and iOS devices. Managed the deployment of "
            "mobile devices to field staff. Created features for the app's new release. Led "
            "deployment to the edge sites of the retail network.",
        ),
        ("skills", "Skills", "Kotlin, Swift, Firebase"),
    ],
    "fund manager": [
        (
            "experience",
            "Experience",
            "Beat the benchmark rate of return for the fund three years running. Held out for a "
            "better price on the bond sale.",
        ),
        ("skills", "Skills", "Bloomberg, Excel, Portfolio construction"),
    ],
    "IT service manager": [
        (
            "experience",
            "Experience",
            "Updated CI records in the CMDB after each change. Led the CI programme of the "
            "service desk with lean tools. Enforced the homeowners association rules of the estate "
            "as a volunteer.",
        ),
        ("skills", "Skills", "ITIL, ServiceNow, Excel"),
    ],
    "machinist": [
        (
            "experience",
            "Experience",
            "Improved precision of the milling machine by 0.01 mm. Ran multiple regression "
            "cycles on the gauges before each batch.",
        ),
        ("skills", "Skills", "CNC, CAD, Lathes"),
    ],
}


@pytest.mark.parametrize("person", sorted(NON_ML_RESUMES))
def test_look_alikes_outside_ml_show_no_ml_skill(
    builtin_matcher: SkillMatcher, person: str
) -> None:
    assert not ml_skills_shown(builtin_matcher, NON_ML_RESUMES[person]), person
