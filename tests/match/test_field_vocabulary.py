"""The wider vocabulary of the field through the real matcher and the built-in lexicon: how ML, data
and software people name their tools and methods (current model families, AWS AI services,
statistical methods, architectures, MLOps and CI/CD tools, evaluation metrics), each next to the
look-alikes that must not match; and short resumes of people outside ML (a chef, an accountant, a
web developer, a nurse, a sales manager), in which the same rules must find no ML skill.

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

GENERATIVE_AI: list[Case] = [
    ("experience", "Fine tuned Qwen2.5 and DeepSeek models", "llm-development", True),
    ("projects", "Finetuning Phi-3 on domain text", "llm-development", True),
    ("skills", "Gemma, Falcon, Qwen", "llm-development", True),
    ("projects", "A text-to-SQL assistant built on Claude 3.5 Sonnet", "generative-ai", True),
    ("experience", "Wired Anthropic and OpenAI models into a help desk", "generative-ai", True),
    ("experience", "Aligned a chat model with preference data using DPO", "llm-development", True),
    ("experience", "Scored the outputs of large-language-model agents", "llm-development", True),
    ("experience", "Built retrieval-augmented-generation pipelines", "generative-ai", True),
    ("projects", "Fine-tuned a small language model for triage", "llm-development", True),
    ("experience", "Image synthesis with Stable-Diffusion and ControlNet", "generative-ai", True),
    ("experience", "Served Falcon-40B behind a streaming endpoint", "llm-development", True),
    # Names of people, places, products and an office that are not models or vendors.
    ("experience", "Catered at the Mistral hotel and the Falcon club", "generative-ai", False),
    ("experience", "Gemma and Claude organised the charity run", "llm-development", False),
    ("experience", "Rolled out CrowdStrike Falcon agents", "llm-development", False),
    ("experience", "Office manager at OpenAI for two years", "generative-ai", False),
    ("experience", "Data protection officer (DPO) for GDPR requests", "llm-development", False),
    ("experience", "SFT and DPO of a 7B chat model", "llm-development", True),
    ("experience", "Quantized models to 4-bit with GPTQ", "llm-development", True),
    ("experience", "Leased 2,400 SFT of retail space", "llm-development", False),
    (
        "experience",
        "In-context learning with worked examples for invoice fields",
        "prompt-engineering",
        True,
    ),
    ("experience", "Compared prompt variants on a test set", "prompt-engineering", True),
    ("experience", "Prompt delivery and prompt service", "prompt-engineering", False),
]

AWS_AI_SERVICES: list[Case] = [
    ("experience", "Transcribed calls with AWS Transcribe", "aws-machine-learning", True),
    ("experience", "A voice bot on Amazon Lex and Polly", "aws-machine-learning", True),
    ("experience", "Product suggestions from Amazon Personalize", "aws-machine-learning", True),
    ("experience", "Taught Lex and Polly, trainee cooks", "aws-machine-learning", False),
    ("experience", "Mapped bedrock under the foundation slab", "aws-machine-learning", False),
]

STATISTICS_AND_MATHEMATICS: list[Case] = [
    ("experience", "Ran A/B experiments on checkout flows", "statistics", True),
    ("experience", "Causal inference with difference-in-differences", "statistics", True),
    ("experience", "Weighed treatment effects with propensity scores", "statistics", True),
    ("education", "Design of experiments, survival analysis", "statistics", True),
    ("projects", "Computed confidence intervals for conversion rates", "statistics", True),
    ("publications", "A Bayesian approach to sparse signals", "statistics", True),
    ("skills", "R, SAS, SPSS, Minitab", "statistics", True),
    ("skills", "Prophet, ARIMA, statsmodels", "statistics", True),
    ("projects", "Hierarchical models fitted in Stan", "statistics", True),
    ("experience", "Sold SAS drives and RAID controllers", "statistics", False),
    ("experience", "Modelled shoes for Stan and his label", "statistics", False),
    ("experience", "Sang in a choir that toured Prophet's Hall", "statistics", False),
    ("projects", "Gaussian processes as surrogate models", "probability", True),
    ("education", "Measure theory and variational inference", "probability", True),
    ("education", "Numerical linear algebra and tensor decompositions", "linear-algebra", True),
    ("education", "Numerical methods for PDEs", "calculus", True),
    ("education", "Wrote an ode to the sea for the poetry prize", "calculus", False),
    ("education", "Coursework: Calc III, Lin Alg, Prob & Stats", "calculus", True),
    ("education", "Coursework: Calc III, Lin Alg, Prob & Stats", "linear-algebra", True),
    ("education", "Coursework: Calc III, Lin Alg, Prob & Stats", "probability", True),
    ("skills", "LibreOffice Calc, Writer, Impress", "calculus", False),
]

MACHINE_LEARNING: list[Case] = [
    ("experience", "Built learning-to-rank models for search", "machine-learning-algorithms", True),
    ("experience", "A fraud detection model for cards", "machine-learning-algorithms", True),
    ("experience", "Vision models that grade fruit on a belt", "machine-learning-algorithms", True),
    ("experience", "Fit a logistic-regression baseline", "supervised-learning", True),
    ("experience", "Multi-class classification of help tickets", "supervised-learning", True),
    ("experience", "An anomaly-detection service for payments", "unsupervised-learning", True),
    ("skills", "HDBSCAN, BERTopic, UMAP", "unsupervised-learning", True),
    ("experience", "A reinforcement-learning scheduler", "reinforcement-learning", True),
    ("projects", "Q learning for stock replenishment", "reinforcement-learning", True),
    # Tree search alone is planning, not RL: see tests/match/test_round11.py.
    ("experience", "Classified letters for the archive by hand", "supervised-learning", False),
    # Learning settings named in papers and research projects.
    ("publications", "Federated learning across hospitals", "machine-learning-algorithms", True),
    ("publications", "Few-shot learning with prototypes", "machine-learning-algorithms", True),
    ("publications", "Self-supervised learning for speech", "machine-learning-algorithms", True),
    ("publications", "Self-supervised learning for speech", "supervised-learning", False),
    ("projects", "Transfer learning from ImageNet weights", "machine-learning-algorithms", True),
    ("publications", "Manifold learning on point clouds", "unsupervised-learning", True),
    ("publications", "Neural ODEs for irregular series", "deep-learning", True),
    ("projects", "Built models that predict demand for bikes", "machine-learning-algorithms", True),
    ("projects", "A recommender trained on implicit feedback", "machine-learning-algorithms", True),
    ("experience", "Tested H2O hardness in water samples", "machine-learning-algorithms", False),
    ("skills", "Classroom management, active learning", "machine-learning-algorithms", False),
    ("experience", "Knowledge transfer, learning, coaching", "machine-learning-algorithms", False),
]

DEEP_LEARNING: list[Case] = [
    ("experience", "Attention-based encoder-decoder models for captions", "deep-learning", True),
    ("experience", "Sequence-to-sequence translation of product titles", "deep-learning", True),
    ("experience", "Speech recognition with wav2vec", "deep-learning", True),
    ("skills", "GRU, ViT, Detectron2", "deep-learning", True),
    ("publications", "Deep reinforcement learning for routing", "deep-learning", True),
    ("skills", "TF/Keras, PyTorch", "tensorflow", True),
    ("experience", "Joined the TF working group of the council", "tensorflow", False),
    ("projects", "ML search over TF-IDF vectors", "tensorflow", False),
    ("skills", "TF/IDF, word2vec, ML", "tensorflow", False),
    ("experience", "Wired current transformers in the plant", "deep-learning", False),
    ("projects", "Trained a GAN to synthesise satellite tiles", "deep-learning", True),
    ("experience", "Grew GaN crystals for power chips", "deep-learning", False),
    ("projects", "Fine-tuned ResNet-18 and EfficientNet-B0", "deep-learning", True),
    ("projects", "Speech synthesis with Tacotron and WaveNet", "deep-learning", True),
    ("experience", "Ran the Inception-2 campaign", "deep-learning", False),
]

MLOPS_AND_DELIVERY: list[Case] = [
    ("experience", "Orchestrated retraining with Airflow", "mlops", True),
    ("experience", "CI/CD for machine learning models", "mlops", True),
    ("skills", "Kedro, Flyte, Hopsworks", "mlops", True),
    ("experience", "Automated model retraining and deployment", "model-deployment", True),
    ("experience", "Designed data models and deployment scripts", "model-deployment", False),
    ("experience", "Dashboards for model performance monitoring", "model-monitoring", True),
    ("experience", "Alerted on training-serving skew", "model-monitoring", True),
    ("experience", "Watched 3D model monitoring rigs at the studio", "model-monitoring", False),
    ("experience", "Tracked model accuracy after each release", "model-monitoring", True),
    ("experience", "Traced LLM calls with Langfuse", "model-monitoring", True),
    ("experience", "Audited the financial model's accuracy", "model-monitoring", False),
    ("experience", "Release pipelines in Azure DevOps", "ci-cd", True),
    ("skills", "Bitbucket Pipelines, AWS CodePipeline", "ci-cd", True),
    ("experience", "Helped build pipeline for the sales team", "ci-cd", False),
    ("experience", "Packaged the inference API and deployed it on ECS", "aws", True),
    ("experience", "Shipped the ML model inside the mobile app", "model-deployment", True),
    ("experience", "Integrated LLMs into the help desk app", "model-deployment", False),
    ("experience", "Rolled out the new ranking model via an A/B test", "model-deployment", True),
    ("projects", "A Streamlit app that predicts rents", "model-deployment", True),
    ("experience", "Set up real-time scoring for fraud", "model-deployment", True),
    ("experience", "Integrated the payment API into the mobile app", "model-deployment", False),
    ("experience", "Launched the new pricing model in spring", "model-deployment", False),
]

DATA_PROCESSING: list[Case] = [
    ("experience", "Processed terabytes of logs with Spark", "data-processing", True),
    ("experience", "A data-pipeline for sensor readings", "data-processing", True),
    ("experience", "Annotated and cleaned the raw image data", "data-processing", True),
    ("skills", "NiFi, Fivetran, Azure Data Factory", "data-processing", True),
    ("skills", "Airflow, Prefect, dbt", "data-processing", True),
    ("experience", "Sparked a new reading club", "data-processing", False),
    ("experience", "Scheduled the nightly ETL DAGs in Airflow", "data-processing", True),
    ("experience", "Airflow balancing of the ducts on each floor", "data-processing", False),
    ("education", "Head prefect in the final year", "data-processing", False),
    ("experience", "Audio feature extraction from the mixing desk", "data-processing", False),
    ("skills", "Data modeling, data normalization, indexing", "data-processing", False),
]

MODEL_EVALUATION: list[Case] = [
    ("projects", "Reached 92 percent accuracy on the test set", "model-evaluation", True),
    ("projects", "Reached R² = 0.81 on held-out weeks", "model-evaluation", True),
    ("projects", "Cut MAE by 12% on the validation set", "model-evaluation", True),
    ("projects", "The detector reached 0.93 accuracy", "model-evaluation", True),
    ("experience", "Built an evaluation harness for LLM answers", "model-evaluation", True),
    ("publications", "Ablation studies of the attention heads", "model-evaluation", True),
    ("experience", "Summaries scored with ROUGE-L and BERTScore", "model-evaluation", True),
    ("experience", "Raised guest satisfaction to 95 percent", "model-evaluation", False),
    ("experience", "Opened a bistro in Baton Rouge", "model-evaluation", False),
    ("experience", "Improved test accuracy in the clinical lab", "model-evaluation", False),
    ("projects", "A CNN at 93.5% acc on handwritten digits", "model-evaluation", True),
    ("experience", "Reduced forecast error by 20%", "model-evaluation", True),
    ("experience", "Beat the baseline by 7 points of F1", "model-evaluation", True),
    ("projects", "Dice score of 0.89 on organ masks", "model-evaluation", True),
    ("experience", "Reduced billing error by 20%", "model-evaluation", False),
]

PYTHON_LINUX_SQL: list[Case] = [
    ("skills", "Polars, PyArrow, Numba", "python", True),
    ("experience", "Entity linking with spaCy", "python", True),
    ("skills", "Ubuntu under WSL", "linux", True),
    ("experience", "Shelled peas for the prep line", "linux", False),
    ("experience", "Queried the lake with Amazon Athena", "sql", True),
    ("experience", "Wrote stored procedures for billing", "sql", True),
    ("experience", "Coded faster with GitHub Copilot", "git", False),
    ("experience", "Ran jobs in Apptainer containers", "docker", True),
    ("experience", "Event routing with EventBridge", "aws", True),
    ("experience", "Services on Cloud Run and Cloud Functions", "gcp", True),
    ("skills", "GCS, Dataflow, Pub/Sub", "gcp", True),
    ("experience", "Scored GCS on every trauma patient", "gcp", False),
    ("experience", "Dataflow analysis in the compiler", "gcp", False),
]

COORDINATION: list[Case] = [
    # One head shared by coordinated stages, verbs or traditions.
    ("experience", "Model training, evaluation and deployment on GCP", "model-deployment", True),
    ("experience", "Model training, evaluation and deployment on GCP", "model-evaluation", True),
    ("experience", "Build, deploy and monitor ML models", "model-deployment", True),
    ("experience", "Deployed and monitored LLM applications", "model-deployment", True),
    ("experience", "Built statistical and ML models of credit risk", "statistics", True),
    ("education", "Statistical learning, linear models", "statistics", True),
    ("experience", "Data collection, cleaning and labelling", "data-processing", True),
    ("experience", "Data model design, development and testing", "model-evaluation", False),
    ("experience", "Data model design, development and deployment", "model-deployment", False),
    ("experience", "Business model development and validation", "model-evaluation", False),
    ("experience", "Deployed, scaled and managed web clusters", "model-deployment", False),
    ("experience", "Statistical and financial reports for the board", "statistics", False),
    ("experience", "Led data collection and analysis for the survey", "data-processing", False),
]

PLAIN_NAMES: list[Case] = [
    # A tool's own name beside the words its work comes with, not only beside its family's names.
    ("experience", "Moved the reporting jobs from Hive to Snowflake", "sql", True),
    ("experience", "Templated the microservices with Helm", "kubernetes", True),
    ("experience", "Applied PCA before fitting the regressor", "unsupervised-learning", True),
    ("experience", "Used RAG to ground the assistant's answers", "llm-development", True),
    ("experience", "Wrote the booking service in Flask", "python", True),
    ("experience", "Ran YOLO on drone footage", "deep-learning", True),
    ("experience", "Used statistics to size the experiments", "statistics", True),
    ("experience", "Used clustering to group similar tickets", "unsupervised-learning", True),
    ("experience", "Transformers for document understanding", "deep-learning", True),
    ("experience", "Scaled training with torch distributed", "pytorch", True),
    ("experience", "Kept statistics on power use per site", "statistics", False),
    ("experience", "Trained new PCAs on the ward", "unsupervised-learning", False),
    ("experience", "Took the helm of the regional team", "kubernetes", False),
]

CASES = [
    *GENERATIVE_AI,
    *AWS_AI_SERVICES,
    *STATISTICS_AND_MATHEMATICS,
    *MACHINE_LEARNING,
    *DEEP_LEARNING,
    *MLOPS_AND_DELIVERY,
    *DATA_PROCESSING,
    *MODEL_EVALUATION,
    *PYTHON_LINUX_SQL,
    *COORDINATION,
    *PLAIN_NAMES,
]


test_field_vocabulary = sentence_test(CASES)


NON_ML_RESUMES: dict[str, list[Section]] = {
    "chef": [
        ("summary", "Summary", "Head chef, twelve years in bistros. A Gemini who loves markets."),
        (
            "experience",
            "Experience",
            "Ran a brigade of ten; wrote the seasonal menu; cut food cost by 9% by comparing "
            "suppliers. Trained Polly and Lex, two new commis. Forecast covers for each weekend. "
            "Cleaned and deep-cleaned the walk-in every night. Cooked at the Mistral hotel.",
        ),
        ("skills", "Skills", "Menu design, HACCP, stock control, costing, pastry, sous vide"),
    ],
    "accountant": [
        (
            "experience",
            "Experience",
            "Reconciled ledgers and prepared month-end statements. Variance analysis of budgets "
            "against forecasts. Built financial models in Excel. Classified expenses into cost "
            "centres and detected anomalies in expense reports. Improved invoice accuracy by 15%.",
        ),
        ("skills", "Skills", "QuickBooks, Excel (pivot tables), Oracle Financials, GAAP, payroll"),
    ],
    "web developer": [
        (
            "experience",
            "Experience",
            "Built React and Vue storefronts and REST APIs in Node.js. Wrote regression tests in "
            "Cypress. Designed data models for the CMS. Set up uptime monitoring with Pingdom.",
        ),
        ("skills", "Skills", "HTML, CSS, TypeScript, React, Vue, Webpack, Jest, Figma"),
    ],
    "nurse": [
        (
            "experience",
            "Experience",
            "Monitored patients' vital signs, gave medication, charted in the EMR, supervised "
            "nursing assistants and a PCA, and coordinated care with physicians.",
        ),
        ("skills", "Skills", "Triage, wound care, IV therapy, patient education, BLS"),
    ],
    "sales manager": [
        (
            "experience",
            "Experience",
            "Grew the sales pipeline by 40% and forecast quarterly revenue. Managed key accounts "
            "and presented results to the board. Built a lead scoring model in Excel. A role "
            "model for new hires; sparked a mentoring scheme.",
        ),
        ("skills", "Skills", "Salesforce, negotiation, account planning, CRM campaigns"),
    ],
}


@pytest.mark.parametrize("person", sorted(NON_ML_RESUMES))
def test_resumes_outside_ml_show_no_ml_skill(builtin_matcher: SkillMatcher, person: str) -> None:
    assert not ml_skills_shown(builtin_matcher, NON_ML_RESUMES[person]), person


def test_pattern_lemmas_are_lemmas(builtin_matcher: SkillMatcher) -> None:
    """A LEMMA value that the lookup table turns into another word ("clustering" is "cluster",
    "learning" is "learn") can never match: every value must be a lemma some word has."""
    lemmatizer = builtin_matcher.nlp.get_pipe("lemmatizer")
    table = lemmatizer.lookups.get_table("lemma_lookup")  # type: ignore[attr-defined]
    lemmas = set(table.values())
    dead = [
        (skill.id, pattern.id, value)
        for skill in builtin_matcher.lexicon.skills.values()
        for pattern in skill.patterns
        for token in pattern.pattern
        for value in _lemma_values(dict(token).get("LEMMA"))
        if table.get(value, value) != value and value not in lemmas
    ]
    assert not dead


def _lemma_values(spec: object) -> list[str]:
    """The words a LEMMA attribute names: one string, or the IN list of a set predicate."""
    if isinstance(spec, str):
        return [spec]
    if isinstance(spec, dict):
        return [str(v) for v in spec.get("IN", ())]
    return []
