"""The field's vocabulary and the concept skills a person shows by what they did, through the real
matcher: each rule of the built-in lexicon on sentences written for these tests, with the
look-alike sentences (kitchens, accounts, web shops, job adverts) that must not match."""

from __future__ import annotations

from analyzer.match.matcher import SkillMatcher
from analyzer.types import SectionKind
from tests.match.sentences import Case, sentence_cases, shown

CASES: list[Case] = [
    # Generative-AI products and models, and the look-alikes.
    ("experience", "Built agents on Claude and GPT-4 through their APIs", "llm-development", True),
    ("experience", "Built agents on Claude and GPT-4 through their APIs", "generative-ai", True),
    ("projects", "Fine-tuned Mistral 7B with QLoRA", "llm-development", True),
    ("skills", "Gemini, Claude, LangChain", "generative-ai", True),
    ("experience", "Worked with Claude Dubois on the spring menu", "generative-ai", False),
    ("summary", "A Gemini who loves travel", "llm-development", False),
    ("experience", "Wrote code faster with Claude Code", "llm-development", False),
    ("experience", "Trained a VAE to generate molecule images", "generative-ai", True),
    ("experience", "Compared generative models for synthetic tabular data", "generative-ai", True),
    ("experience", "Cooked for the Llama Lodge retreat", "llm-development", False),
    # AWS AI services, bare names only beside AWS or another service.
    ("skills", "AWS: Lex, Polly, Kendra", "aws-machine-learning", True),
    ("experience", "Built a voice bot with Amazon Transcribe and Amazon Polly", "aws", True),
    ("experience", "Forecast demand with Amazon Forecast", "aws-machine-learning", True),
    ("experience", "Trained Polly and Kendra, two new line cooks", "aws-machine-learning", False),
    ("experience", "Forecast monthly revenue for the board", "aws-machine-learning", False),
    # Relational databases are SQL.
    ("skills", "RDBMS (PostgreSQL, MySQL)", "sql", True),
    ("experience", "Designed relational databases for the clinic", "sql", True),
    # Statistics and probability: Bayesian methods, time series, ANOVA.
    ("experience", "Bayesian inference for churn estimates", "statistics", True),
    ("experience", "Bayesian inference for churn estimates", "probability", True),
    ("projects", "Bayesian estimation of click-through rates", "probability", True),
    ("projects", "Forecast sales with ARIMA and exponential smoothing", "statistics", True),
    ("education", "Analysis of variance, survival analysis", "statistics", True),
    ("projects", "Fitted time-series models to energy demand", "statistics", True),
    ("experience", "Reconciled variance in the monthly accounts", "statistics", False),
    ("education", "Ordinary differential equations", "calculus", True),
    # Coordination: one learning word shared by two settings.
    ("experience", "Built supervised and unsupervised models", "supervised-learning", True),
    ("experience", "Built supervised and unsupervised models", "unsupervised-learning", True),
    ("experience", "Used supervised ML techniques for credit risk", "supervised-learning", True),
    ("experience", "Classification and clustering tasks on text", "unsupervised-learning", True),
    ("experience", "Classification and clustering tasks on text", "supervised-learning", True),
    ("experience", "Pretrained self-supervised vision encoders", "supervised-learning", False),
    # Tasks that imply a learning setting.
    ("projects", "Sentiment analysis of product reviews", "supervised-learning", True),
    ("projects", "Classified tickets with a fine-tuned BERT model", "supervised-learning", True),
    ("experience", "Classified expenses into cost centres", "supervised-learning", False),
    ("projects", "Clustered customers into segments by spending", "unsupervised-learning", True),
    ("projects", "Anomaly detection on server metrics", "unsupervised-learning", True),
    # Data work stated as verbs on data; clerical data work is not it.
    ("experience", "Scraped, merged and deduplicated public data", "data-processing", True),
    ("experience", "Parsed raw sensor data into parquet", "data-processing", True),
    ("experience", "Acquired and cleaned clinical data", "data-processing", True),
    ("skills", "Data processing, visualisation", "data-processing", True),
    ("experience", "Data processing clerk for the records office", "data-processing", False),
    ("experience", "Collected customer feedback cards", "data-processing", False),
    # Results stated as numbers, and comparing models.
    ("projects", "Correctly classified 92% of test images", "model-evaluation", True),
    ("projects", "A 12% gain in accuracy over the baseline", "model-evaluation", True),
    ("projects", "Cut the word error rate of the speech model to 8%", "model-evaluation", True),
    ("experience", "Compared three classifiers against a baseline", "model-evaluation", True),
    ("experience", "Reduced the billing error rate", "model-evaluation", False),
    ("experience", "Prediction accuracy of the churn model is 83%", "model-evaluation", True),
    ("experience", "Improved invoice accuracy by 15%", "model-evaluation", False),
    ("projects", "Cut error rates of the detector to 2% on the test set", "model-evaluation", True),
    ("skills", "ML: Supervised, Unsupervised, scikit-learn", "supervised-learning", True),
    ("skills", "ML: Supervised, Unsupervised, scikit-learn", "unsupervised-learning", True),
    ("experience", "Supervised a team of five ML engineers", "supervised-learning", False),
    ("experience", "Correctly labelled every spice jar", "model-evaluation", False),
    ("experience", "Compared supplier prices every week", "model-evaluation", False),
    # Deployment to devices and platforms, serving and hosting.
    ("projects", "Optimised a detector with TensorRT for edge devices", "model-deployment", True),
    ("projects", "Shipped the classifier in a mobile app with Core ML", "model-deployment", True),
    ("projects", "Hosted the model on a GPU server behind an API", "model-deployment", True),
    ("experience", "Partner firms deployed our billing software", "model-deployment", False),
    ("experience", "Deployed the storefront to a new host", "model-deployment", False),
    ("experience", "Trained a churn model and deployed it to production", "model-deployment", True),
    ("experience", "Deployed the web shop to production weekly", "model-deployment", False),
    ("experience", "Hosted a cooking class for models", "model-deployment", False),
    # Production ML as pipelines and monitoring.
    ("experience", "Built training pipelines that retrain models nightly", "mlops", True),
    ("experience", "Maintained the kitchen supply pipeline", "mlops", False),
    # Named architectures, Python-only libraries and recommender methods.
    ("projects", "Image segmentation with U-Net on medical scans", "deep-learning", True),
    ("projects", "Detected defects with YOLO on conveyor video", "deep-learning", True),
    ("summary", "YOLO, said the travel blogger", "deep-learning", False),
    ("experience", "Entity extraction with spaCy and NLTK", "python", True),
    (
        "projects",
        "Recommendation engine with collaborative filtering",
        "machine-learning-algorithms",
        True,
    ),
    ("projects", "Recommendation engine with collaborative filtering", "team-collaboration", False),
    # Data verbs on data-like nouns, and cleaning stated by what was removed.
    ("experience", "Cleaning and exploring the historical data", "data-processing", True),
    ("experience", "Parsed server logs into daily tables", "data-processing", True),
    ("projects", "Preprocessed a corpus of news articles", "data-processing", True),
    ("experience", "Removed duplicates and outliers from sales records", "data-processing", True),
    ("skills", "Missing values, outlier removal, feature scaling", "data-processing", True),
    ("projects", "Collect, clean, normalise and store the survey data", "data-processing", True),
    ("experience", "Cleaned tables and set the dining room", "data-processing", False),
    ("experience", "Processed orders and collected customer data", "data-processing", False),
    ("experience", "Processed patient records and insurance claims", "data-processing", False),
    ("experience", "Removed duplicates from the shared drive's folders", "data-processing", False),
    ("experience", "Prepared data quality reports for the audit", "data-processing", False),
    ("experience", "Resolved inconsistencies in vendor records", "data-processing", False),
    ("experience", "Flagged duplicates in the payment records", "data-processing", False),
    # Deployment phrased generally: prediction APIs, inference services, productionised models.
    ("projects", "Built a REST API serving real-time predictions", "model-deployment", True),
    ("experience", "Ran the fraud inference service on Kubernetes", "model-deployment", True),
    ("experience", "Productionized ML models for pricing", "model-deployment", True),
    ("projects", "Deployed a quantised BERT to a GPU server", "model-deployment", True),
    ("projects", "A pruned neural network deployed to 2M phones", "model-deployment", True),
    ("experience", "Deployed network switches across three sites", "model-deployment", False),
    ("experience", "Built batch scoring jobs for the churn model", "model-deployment", True),
    ("experience", "Built a REST API for the booking service", "model-deployment", False),
    ("experience", "REST APIs in Node.js serving 1M requests a day", "model-deployment", False),
    ("experience", "Customer service and weather predictions", "model-deployment", False),
    # Monitoring counts for models, not for servers or budgets.
    (
        "experience",
        "Deployed ML models to production, ensuring continuous monitoring and alerts",
        "model-monitoring",
        True,
    ),
    ("experience", "Set up server monitoring with Grafana", "model-monitoring", False),
    ("experience", "Designed data models and monitored query speed", "model-monitoring", False),
    ("experience", "Monitors student learning every week", "model-monitoring", False),
    ("experience", "Moved the data models to production after review", "model-deployment", False),
    ("experience", "Parsed JSON files from the REST API", "data-processing", False),
    ("experience", "Normalized database tables to third normal form", "data-processing", False),
    ("experience", "Monitored the budget against forecasts", "model-monitoring", False),
    ("projects", "Forecast demand at an average error rate under 3%", "model-evaluation", True),
    # Awards and programmes a cloud vendor funds are not its services.
    ("other", "AWS AI & ML Scholarship recipient, 2023", "aws", False),
    ("other", "AWS AI & ML Scholarship recipient, 2023", "aws-machine-learning", False),
    ("other", "A mentoring programme organised by AWS", "aws", False),
    ("other", "Google Cloud Scholarship for women in tech", "gcp", False),
    ("experience", "Moved batch jobs to AWS Lambda", "aws", True),
    ("summary", "Hope to go to an AWS summit some day", "aws", False),
    ("experience", "Spoke at AWS Summit about our S3 data lake", "aws", True),
    # Text mining and the names of the field in other languages.
    ("projects", "Topic tags from LSA over TF-IDF vectors", "unsupervised-learning", True),
    ("experience", "LSA for the regional school board", "unsupervised-learning", False),
    ("experience", "Apprentissage par renforcement, robotique", "reinforcement-learning", True),
    ("experience", "Proyecto de aprendizaje profundo", "deep-learning", True),
    ("education", "Maschinelles Lernen, Statistik", "machine-learning-algorithms", True),
    # A link's label set apart at the end of a project's title line is not the tool.
    ("projects", "Spam filter | Python, scikit-learn\tGit Repository", "git", False),
    ("projects", "Spam filter | Python | GitHub Link", "git", False),
    ("experience", "Set up the team's Git repository and review rules", "git", True),
    # Tools and terms of the trade: experiment tracking, exported and demo-hosted models, ranking
    # metrics, held-out sets, hyperparameter search, probabilistic programming, deep Q-networks.
    ("experience", "Tracked experiments with Weights & Biases and DVC", "mlops", True),
    ("education", "Associate degree, Diablo Valley College (DVC)", "mlops", False),
    ("projects", "Exported the detector to ONNX for a C++ runtime", "model-deployment", True),
    ("projects", "A Gradio demo of the classifier on HF Spaces", "model-deployment", True),
    ("experience", "Ranked listings, improving NDCG@10 by 4%", "model-evaluation", True),
    ("projects", "Split the data into train, validation and test sets", "model-evaluation", True),
    ("experience", "Kept a validation set of recipes for the menu", "model-evaluation", False),
    ("experience", "Tuned hyperparameters with Optuna", "machine-learning-algorithms", True),
    ("projects", "A hierarchical Bayesian model of sales in PyMC", "statistics", True),
    ("projects", "Trained agents with deep Q-networks", "reinforcement-learning", True),
    ("experience", "Hosted dinner service for models at fashion week", "model-deployment", False),
    ("experience", "Ingested vendor files into the ERP system", "data-processing", False),
    # What a learned model is for, models put into production, features engineered, anomalies.
    ("projects", "Models to predict equipment failure", "machine-learning-algorithms", True),
    ("other", "Financial models to predict cash flow", "machine-learning-algorithms", False),
    ("experience", "Put the forecasting model into production", "model-deployment", True),
    ("experience", "Moved models from notebooks to production", "mlops", True),
    ("experience", "Engineered features from clickstream logs", "data-processing", True),
    ("projects", "Data labelling and web scraping for a price index", "data-processing", True),
    ("projects", "Detected anomalies in sensor streams", "unsupervised-learning", True),
    ("experience", "Detected anomalies in expense reports", "unsupervised-learning", False),
    (
        "experience",
        "Classify customer complaints into 12 product categories from their reviews",
        "supervised-learning",
        True,
    ),
    # Job-advert wording and the trades keep their meaning.
    ("summary", "We are hiring a line cook; no experience with Python needed", "python", False),
    ("experience", "Prepared meals and processed payments", "data-processing", False),
]


@sentence_cases(CASES)
def test_concept_skills_and_new_vocabulary(
    builtin_matcher: SkillMatcher, section: SectionKind, text: str, skill: str, expected: bool
) -> None:
    assert (skill in shown(builtin_matcher, section, text)) is expected
