"""The built-in lexicon through the real matcher: the labelling rules of shared/corpus/README.md,
one sentence each (written for these tests)."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    # The forms the core issue names: inflections, brackets, slashes and punctuated names.
    ("experience", "Deployed models behind an API", "model-deployment", True),
    ("experience", "Fine-tuned LLMs for support tickets", "llm-development", True),
    ("experience", "Ran services on Kubernetes (EKS)", "kubernetes", True),
    ("experience", "Ran services on Kubernetes (EKS)", "aws", True),
    ("skills", "scikit-learn", "machine-learning-algorithms", True),
    ("experience", "Built CI/CD pipelines", "ci-cd", True),
    ("skills", "C++, C#, Node.js", "python", False),
    ("skills", "C++, C#, Node.js", "linux", False),
    # A Python-only library used for work is Python (and pandas is data processing too).
    ("skills", "pandas, NumPy, scikit-learn", "python", True),
    ("skills", "pandas, NumPy, scikit-learn", "data-processing", True),
    ("projects", "Served predictions from a Flask app", "python", True),
    ("experience", "Rinsed each flask after the titration", "python", False),
    # SQL engines count; NoSQL stores and Oracle's business applications do not.
    ("skills", "PostgreSQL, BigQuery, Snowflake", "sql", True),
    ("skills", "MongoDB, NoSQL", "sql", False),
    ("skills", "Oracle 19c, PL/SQL", "sql", True),
    ("experience", "Consultant for Oracle Financials", "sql", False),
    # Employer and product names, links and contact lines are not evidence.
    ("experience", "Organised meetups for the Linux Foundation", "linux", False),
    ("contact", "GitHub: ada-lovelace", "git", False),
    ("skills", "Git, GitHub Actions", "git", True),
    ("experience", "Sold books on Amazon", "aws", False),
    ("experience", "Shell Oil, retail operations", "linux", False),
    # Implications: a framework is deep learning, MLflow or deploying a model is MLOps.
    ("experience", "Trained image models in PyTorch", "deep-learning", True),
    ("skills", "MLflow", "mlops", True),
    ("experience", "Deployed machine learning models to production", "model-deployment", True),
    ("experience", "Deployed machine learning models to production", "mlops", True),
    ("skills", "EC2, S3, Lambda", "aws", True),
    ("skills", "SageMaker", "aws", True),
    ("experience", "Built a Java 8 lambda expression parser", "aws", False),
    # A classifier is supervised learning and machine learning.
    ("projects", "Built a spam classifier", "supervised-learning", True),
    ("projects", "Built a spam classifier", "machine-learning-algorithms", True),
    ("projects", "Clustered customers with k-means", "unsupervised-learning", True),
    ("experience", "Configured Windows failover clustering", "unsupervised-learning", False),
    # A reported result with a metric is model evaluation; a vague one is not.
    ("projects", "Reached 83% accuracy on the test set", "model-evaluation", True),
    ("projects", "AUROC 0.73 on held-out patients", "model-evaluation", True),
    ("projects", "Achieved high accuracy", "model-evaluation", False),
    ("experience", "Kept the books with accuracy and precision", "model-evaluation", False),
    ("skills", "Precision, recall, F1", "model-evaluation", True),
    ("experience", "Applied for an F1 visa", "model-evaluation", False),
    # Negations and wishes do not count; "machine learning" is not a wish.
    ("summary", "Interested in reinforcement learning", "reinforcement-learning", False),
    ("skills", "Kubernetes (currently learning)", "kubernetes", False),
    ("experience", "No experience with Docker yet", "docker", False),
    ("experience", "Machine learning with PyTorch", "pytorch", True),
    # Ambiguous words need their context.
    ("experience", "Sent weekly RAG status reports", "generative-ai", False),
    ("projects", "Built a RAG chatbot over company documents", "generative-ai", True),
    ("projects", "Built a RAG chatbot over company documents", "llm-development", True),
    ("experience", "Maintained power transformers at the substation", "deep-learning", False),
    ("projects", "Fine-tuned transformer models for translation", "deep-learning", True),
    ("education", "Coursework: Calculus II, Linear Algebra", "calculus", True),
    ("experience", "Removed calculus and plaque", "calculus", False),
    ("skills", "LoRaWAN, LoRa gateways", "llm-development", False),
    ("projects", "Fine-tuned Llama 2 with LoRA adapters", "llm-development", True),
    ("skills", "Helm charts, Argo CD", "kubernetes", True),
    ("experience", "Took the helm of the support team", "kubernetes", False),
    ("experience", "Welding torch and plasma cutting", "pytorch", False),
    ("experience", "Measured 500 ml doses", "machine-learning-algorithms", False),
    ("skills", "ML, NLP", "machine-learning-algorithms", True),
    ("experience", "Reference: Dr. Mary Jenkins", "ci-cd", False),
    ("experience", "Automated builds with Jenkins pipelines", "ci-cd", True),
    ("experience", "Patient care: PCA duties, vital signs", "unsupervised-learning", False),
    ("experience", "Handled HMO/PPO claims", "reinforcement-learning", False),
    ("experience", "Charted visits in the EMR", "aws", False),
    ("education", "A/B testing and Markov chains", "statistics", True),
    ("education", "A/B testing and Markov chains", "probability", True),
    ("education", "Probability & Statistics", "statistics", True),
    ("skills", "Statistics, Excel", "statistics", True),
    ("experience", "Compared statistical / econometric models", "statistics", True),
    ("experience", "Reported statistical information about ticket volumes", "statistics", False),
    ("experience", "Posted monthly sales statistics on the team board", "statistics", False),
    (
        "experience",
        "Data processing and filing for the front office",
        "data-processing",
        False,
    ),
    ("experience", "Cleaned and preprocessed the raw data", "data-processing", True),
    ("experience", "Published order events to Kafka for billing", "data-processing", False),
    ("experience", "Streamed sensor data through Kafka into the lake", "data-processing", True),
    ("summary", "Wrote zsh aliases for my Mac", "linux", False),
    ("experience", "Kept the ranking model serving traffic during sales", "model-deployment", True),
    ("experience", "Ran an AI-powered customer service desk", "model-deployment", False),
    ("experience", "Served as a role model for new hires", "model-deployment", False),
    # Certifications, with what they evidence.
    ("certifications", "AWS Certified Machine Learning - Specialty", "aws-ml-specialty", True),
    ("certifications", "AWS Certified Machine Learning - Specialty", "aws-machine-learning", True),
    ("certifications", "TensorFlow Developer Certificate", "tensorflow-developer", True),
    ("certifications", "Microsoft Certified: Azure AI Engineer Associate", "azure", True),
    (
        "certifications",
        "AWS Certified Machine Learning Engineer - Associate",
        "aws-ml-specialty",
        False,
    ),
]


test_labelling_rules = sentence_test(CASES)
