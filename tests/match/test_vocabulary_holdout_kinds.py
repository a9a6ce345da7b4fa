"""Kinds of evidence that resumes nobody tuned for state differently, through the real matcher and
the built-in lexicon: deployment with the verb far from its model noun, evaluation by error metrics
and their values, CI/CD by its tools, streams and batches of data, monitoring with observability
tools, the supervised setting by its labelled data, statistics by named regression analyses; and
what must not count: hedged skills, inference engines used offline, self-supervised autoencoders,
recommenders who are people, products used rather than built on, a website deployed beside data
models. Each positive stands beside look-alikes, and short resumes of people outside ML carry the
look-alikes of these rules and must show no ML skill.

Every sentence is written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.match.cache import pipeline_with_cached_lemmas
from analyzer.match.matcher import SkillMatcher
from analyzer.match.nlp import build_pipeline
from tests.builders import resume_from_sections
from tests.match.sentences import (
    Case,
    Section,
    ml_skills_shown,
    sentence_test,
    shown,
)

DEPLOYMENT: list[Case] = [
    # The verb several describing words before the model, or the model named by what it predicts.
    ("experience", "Trained and deployed a multi-horizon weekly sales forecasting model",
     "model-deployment", True),
    ("experience", "Deployed two fine-tuned multilingual sentiment classifiers",
     "model-deployment", True),
    ("experience", "Deployed the churn forecaster to production", "model-deployment", True),
    ("experience", "Built deployment tooling for large vision models", "model-deployment", True),
    ("experience", "Owned the deployment of the fraud classifiers", "model-deployment", True),
    ("experience", "Led deployment of the models to 40 stores", "model-deployment", True),
    ("experience", "Handled the deployment, monitoring and retraining of our ranking models",
     "model-deployment", True),
    ("experience", "Deployment and evaluation of the new staffing model",
     "model-deployment", False),
    ("experience", "Productionalizing ML models on SageMaker", "model-deployment", True),
    ("experience", "Trained XGBoost models and deployed them to production",
     "model-deployment", True),
    ("projects", "Served Llama with vLLM behind an API", "model-deployment", True),
    ("experience", "The model was containerized and deployed on GKE", "model-deployment", True),
    ("experience", "Deployed the new rota model for weekend shifts", "model-deployment", False),
    ("experience", "Deployed the model, cutting manual review time by 40%",
     "model-deployment", True),
    ("experience", "Models were deployed to 3 factories", "model-deployment", True),
    ("experience", "Packaged models as Docker images behind REST endpoints",
     "model-deployment", True),
    ("experience", "Took three models from prototype to production", "model-deployment", True),
    ("experience", "Launched a real-time recommendation service", "model-deployment", True),
    ("experience", "Launched the new sales forecasting system in Excel",
     "model-deployment", False),
    # A website, a staffing model or a care model is deployed too; an inference engine runs
    # offline generation as well as serving.
    ("experience", "Deployed the company website to production and redesigned its data models",
     "model-deployment", False),
    ("experience", "Deployed the company website and redesigned its data models",
     "model-deployment", False),
    ("experience", "Deployed the new regional staffing and rota model", "model-deployment", False),
    ("experience", "Deployment of the new regional care delivery model",
     "model-deployment", False),
    ("experience", "Used vLLM to generate synthetic answers for the evaluation set",
     "model-deployment", False),
    ("skills", "vLLM, Ollama, LangChain", "model-deployment", False),
    ("skills", "vLLM, Ollama, LangChain", "mlops", False),
    ("skills", "vLLM, Ollama, LangChain", "llm-development", True),
]  # fmt: skip

EVALUATION: list[Case] = [
    ("projects", "Reached 12.3 sMAPE on the benchmark", "model-evaluation", True),
    ("experience", "Kept the forecast below 5% MAPE", "model-evaluation", True),
    ("experience", "RMSE of 3.2 kWh on the held-out month", "model-evaluation", True),
    ("experience", "Log loss of 0.31 on the test split", "model-evaluation", True),
    ("experience", "Perplexity of 14.2 on held-out text", "model-evaluation", True),
    ("experience", "Lowered validation perplexity from 21 to 14", "model-evaluation", True),
    ("experience", "Top-5 accuracy of 91 on the image set", "model-evaluation", True),
    ("experience", "Top-k accuracy and MRR for retrieval", "model-evaluation", True),
    ("experience", "A BLEU score of 31 on the news test set", "model-evaluation", True),
    ("experience", "Achieved 0.82 mAP@0.5 on the validation set", "model-evaluation", True),
    ("experience", "Reduced forecast error by 20%", "model-evaluation", True),
    ("skills", "Macro-F1, PR-AUC, log-loss", "model-evaluation", True),
    ("experience", "Evaluation of the ranking models on offline metrics", "model-evaluation", True),
    ("experience", "Measured the hallucination rate of the assistant", "model-evaluation", True),
    ("experience", "Won the exact match award for the mixed doubles", "model-evaluation", False),
    ("experience", "Validated the safety model of the plant", "model-evaluation", False),
    ("experience", "Validated three candidate classifiers", "model-evaluation", True),
    ("experience", "Evaluated and selected models for the fraud team", "model-evaluation", True),
    ("experience", "Benchmarked and calibrated models for the ward", "model-evaluation", True),
    (
        "experience",
        "Evaluated and debugged the final model before launch",
        "model-evaluation",
        True,
    ),
    (
        "experience",
        "Validation and benchmarking of LLMs on internal tasks",
        "model-evaluation",
        True,
    ),
    (
        "experience",
        "Evaluation of the new teaching model across schools",
        "model-evaluation",
        False,
    ),
    ("experience", "Improved recall by 10 points over the baseline", "model-evaluation", True),
    (
        "experience",
        "Precision of 0.9 and recall of 0.85 for the fraud model",
        "model-evaluation",
        True,
    ),
    ("projects", "Segmentation network with mIoU of 71.2 on city scenes", "model-evaluation", True),
    (
        "experience",
        "Cohen's kappa of 0.78 between the model and the raters",
        "model-evaluation",
        True,
    ),
    ("projects", "Map 3 of the game was redrawn", "model-evaluation", False),
    ("experience", "Won the F1 2019 fantasy league", "model-evaluation", False),
    ("experience", "Machined parts to a precision of 0.01 mm", "model-evaluation", False),
    ("experience", "Recall of 0.5 seconds on the timing board", "model-evaluation", False),
    ("experience", "Raised survey accuracy by 4 points", "model-evaluation", False),
    # Mistakes of clerks and networks, a bewildered reader, an award dinner, a top rank.
    ("experience", "Reduced billing error by 20%", "model-evaluation", False),
    ("experience", "Reduced network error rates by 30%", "model-evaluation", False),
    ("experience", "An AI tool that improved invoice accuracy by 15%", "model-evaluation", False),
    ("experience", "Asked Perplexity for travel ideas", "model-evaluation", False),
    ("experience", "Ranked top accuracy in the regional audit", "model-evaluation", False),
    ("experience", "Mae 2019 dinner and awards", "model-evaluation", False),
    ("experience", "Won the Cordon Bleu 2019 prize for pastry", "model-evaluation", False),
]

CI_CD: list[Case] = [
    ("experience", "Wrote Jenkins scripts for the nightly builds", "ci-cd", True),
    ("experience", "Tests ran on CircleCI and Travis", "ci-cd", True),
    ("experience", "Rollouts with Argo on the EKS clusters", "ci-cd", True),
    ("experience", "Set up continuous integration for the monorepo", "ci-cd", True),
    ("skills", "GitLab runners, Buildkite, Spinnaker", "ci-cd", True),
    ("experience", "Maintained Jenkins for the team", "ci-cd", True),
    ("experience", "Dinner with Travis and his family", "ci-cd", False),
    ("experience", "Worked at Argo AI on mapping", "ci-cd", False),
    ("experience", "References: Dr. Jenkins, head of department", "ci-cd", False),
]

DATA_STREAMS: list[Case] = [
    ("experience", "Processed data streams from factory sensors", "data-processing", True),
    ("experience", "Ingested streaming data into the lake", "data-processing", True),
    ("experience", "Loaded batches of data into the warehouse nightly", "data-processing", True),
    ("experience", "Kafka consumers for clickstream events", "data-processing", True),
    ("experience", "Stream processing with Flink", "data-processing", True),
    ("experience", "Maintained the ingestion pipelines", "data-processing", True),
    ("experience", "Built ingestion for 40 data sources", "data-processing", True),
    ("experience", "Studied ingestion of microplastics by fish", "data-processing", False),
    ("experience", "Baked batches of cookies for the shop", "data-processing", False),
    ("experience", "Scaled training with distributed data parallel", "data-processing", False),
    ("experience", "Managed large volumes of data for the accounts team", "data-processing", False),
    ("experience", "Value stream processes for the assembly line", "data-processing", False),
]

MONITORING: list[Case] = [
    ("experience", "Monitored LLM traces with LangSmith", "model-monitoring", True),
    ("experience", "Grafana dashboards for inference latency and prediction volume",
     "model-monitoring", True),
    ("experience", "Detected feature drift and retrained weekly", "model-monitoring", True),
    ("experience", "Logged LLM runs and monitored hallucinations in W&B", "model-monitoring", True),
    ("experience", "Prometheus and Grafana dashboards for model latency and accuracy",
     "model-monitoring", True),
    ("experience", "Model latency and accuracy dashboards in Grafana", "model-monitoring", True),
    ("experience", "Grafana dashboards for data model performance", "model-monitoring", False),
    ("experience", "Grafana dashboards for server uptime", "model-monitoring", False),
    ("experience", "Set up experiment logging with Wandb and tuned inference", "model-monitoring",
     False),
    ("skills", "Helm, MLflow, Prometheus, Grafana", "model-monitoring", False),
    ("experience", "Tracked clock drift across the sensor network", "model-monitoring", False),
    ("experience", "Tracked shift data for the ward", "model-monitoring", False),
    ("experience", "Played fiddler in a folk band", "model-monitoring", False),
]  # fmt: skip

SUPERVISED_AND_STATISTICS: list[Case] = [
    ("experience", "Handled class imbalance in the fraud labels", "supervised-learning", True),
    ("experience", "Trained on 20k labelled examples", "supervised-learning", True),
    ("experience", "SMOTE for the minority class", "supervised-learning", True),
    ("experience", "Reported per-class accuracy for each disease", "supervised-learning", True),
    ("experience", "The army smote the city", "supervised-learning", False),
    ("experience", "Labelled the jars in the pantry", "supervised-learning", False),
    ("experience", "Labelled data sheets for the lab", "supervised-learning", False),
    ("experience", "Univariate and multiple linear regression of sales", "statistics", True),
    ("experience", "Ran hypothesis tests on conversion", "statistics", True),
    ("experience", "Regression analyses of survey data", "statistics", True),
    ("experience", "Multivariate analysis of soil samples", "statistics", True),
    ("experience", "Wrote multiple regression tests for the checkout", "statistics", False),
    ("experience", "Executed multiple regression cycles before each release", "statistics", False),
    ("experience", "Owned the regression suite for the mobile app", "statistics", False),
]

IMPLICATIONS_AND_NAMES: list[Case] = [
    # A masked autoencoder pretrains (self-supervised); an autoencoder that flags anomalies is
    # unsupervised; a recommender may be a person; a product may be used rather than built on.
    ("experience", "Pretrained vision transformers with masked autoencoders",
     "unsupervised-learning", False),
    ("experience", "Pretrained vision transformers with masked autoencoders",
     "deep-learning", True),
    ("experience", "Autoencoders for anomaly detection on logs", "unsupervised-learning", True),
    ("experience", "Recommender for the regional award", "machine-learning-algorithms", False),
    ("experience", "Served as recommender for users of the library",
     "machine-learning-algorithms", False),
    ("experience", "Built a recommender for movies", "machine-learning-algorithms", True),
    ("experience", "Used ChatGPT to draft emails", "llm-development", False),
    ("experience", "Built marketing content with ChatGPT", "llm-development", False),
    ("experience", "Used Claude AI and Gemini for writing", "llm-development", False),
    ("experience", "Built a support bot on the ChatGPT API", "llm-development", True),
    ("experience", "Converted the servers' disks from MBR to GPT", "generative-ai", False),
    ("experience", "Benchmarked Llama 3 against GPT 4 on internal tasks", "llm-development", True),
    ("experience", "Fine-tuned Mistral 7B with QLoRA", "llm-development", True),
    ("experience", "Claude 3 and his brother ran the shop", "generative-ai", False),
    ("experience", "Watched the Falcon 9 launch with the team", "generative-ai", False),
    ("experience", "Defined the ML flow of the project with the team", "mlflow", False),
    ("experience", "Logged experiments to the ML flow tracking server", "mlflow", True),
    ("experience", "Natural language generation for weather reports", "generative-ai", True),
]  # fmt: skip

HEDGES: list[Case] = [
    # A skill named on a condition is not a claim of use; the next item of a list still counts.
    ("skills", "MLflow (if used), Docker", "mlflow", False),
    ("skills", "MLflow (if used), Docker", "docker", True),
    ("skills", "Kubernetes (e.g. when needed), Docker", "kubernetes", False),
    ("skills", "Kubernetes (e.g. when needed), Docker", "docker", True),
    (
        "education",
        "Optional: Machine Learning, Computer Vision",
        "machine-learning-algorithms",
        True,
    ),
    ("skills", "PyTorch (2 years), Docker (optional)", "docker", False),
    ("skills", "PyTorch (2 years), Docker (optional)", "pytorch", True),
    ("experience", "If applicable, deployed models to SageMaker", "model-deployment", False),
    ("experience", "Scaled the Kubernetes cluster when needed", "kubernetes", True),
    ("education", "Optional modules: Machine Learning, Statistics", "statistics", True),
    ("skills", "Rust (currently learning), Docker", "docker", True),
]

CASES = [
    *DEPLOYMENT,
    *EVALUATION,
    *CI_CD,
    *DATA_STREAMS,
    *MONITORING,
    *SUPERVISED_AND_STATISTICS,
    *IMPLICATIONS_AND_NAMES,
    *HEDGES,
]


test_holdout_kinds = sentence_test(CASES)


def test_a_cut_lemma_table_reads_these_cases_alike(
    builtin_matcher: SkillMatcher, tmp_path: Path
) -> None:
    """The cached pipeline's lemma table keeps only the lemmas the lexicon names; a pattern that
    tests a word it does not name (by NOT_IN, say) would read differently with it."""
    cut = SkillMatcher(
        builtin_matcher.lexicon, pipeline_with_cached_lemmas((builtin_matcher.lexicon,), tmp_path)
    )
    differ = [
        text
        for section, text, _, _ in CASES
        if shown(cut, section, text) != shown(builtin_matcher, section, text)
    ]
    assert not differ


def test_a_hedge_says_why_the_skill_does_not_count(builtin_matcher: SkillMatcher) -> None:
    found = builtin_matcher.match(resume_from_sections([("skills", "Skills", "MLflow (if used)")]))
    assert [e.reason for e in found["mlflow"]] == ["wish: 'if used'"]


def test_a_metric_at_a_threshold_is_not_an_email_address() -> None:
    """ "mAP@0.5" is split before its threshold, so it is not read as an e-mail address (which
    evidence never comes from); an address whose domain starts with digits stays whole."""
    nlp = build_pipeline()
    tokens = [t.text for t in nlp("map@0.5 and ap@.75")]
    assert tokens == ["map", "@", "0.5", "and", "ap", "@", ".75"]
    (address,) = nlp("ann@163.com")
    assert address.like_email


NON_ML_RESUMES: dict[str, list[Section]] = {
    "baker": [
        (
            "experience",
            "Experience",
            "Baked batches of dough and streams of orders every morning; reduced waste error by "
            "20%. Deployed the new rota model for weekend shifts. Labelled every jar. Dinner "
            "service with Travis, the sous chef, when needed.",
        ),
        ("skills", "Skills", "Sourdough, lamination, food safety (if required), costing"),
    ],
    "web developer": [
        (
            "experience",
            "Experience",
            "Deployed the company website to production and redesigned its data models. Wrote "
            "multiple regression tests for the checkout. Grafana and Prometheus dashboards for "
            "server uptime; tracked clock drift on the cache nodes.",
        ),
        ("skills", "Skills", "React, TypeScript, Node.js, Prometheus, Grafana, Jest"),
    ],
    "recruiter": [
        (
            "experience",
            "Experience",
            "Recommender for the regional talent award. Managed large volumes of data on "
            "candidates. Asked Perplexity and Gemini for interview questions. Defined the hiring "
            "flow and improved offer accuracy by 12%.",
        ),
        ("skills", "Skills", "Sourcing, interviewing, Workday, negotiation"),
    ],
}


@pytest.mark.parametrize("person", sorted(NON_ML_RESUMES))
def test_look_alikes_outside_ml_show_no_ml_skill(
    builtin_matcher: SkillMatcher, person: str
) -> None:
    assert not ml_skills_shown(builtin_matcher, NON_ML_RESUMES[person]), person
