"""Job descriptions written for the tests: clean, messy, and the edge cases of reading levels.

None is copied from a real posting; the company names are invented.
"""

AGGREGATOR = """\
# [Machine Learning Engineer (Remote)](https://jobs.example.org/apply/ml-engineer-123)
### Quillfeather Analytics
#### `Remote` `Europe`

## Description

Quillfeather Analytics builds forecasting software for bakeries. Our platform runs on AWS and
Kubernetes, and our data team uses Airflow every day.

Quillfeather Analytics builds forecasting software for bakeries. Our platform runs on AWS and
Kubernetes, and our data team uses Airflow every day.

### What you will do
* Train and evaluate forecasting models in Python
* Deploy models to production and monitor them for drift

### Requirements
* 3+ years of experience building machine learning systems
* Strong SQL and Python; experience with PyTorch
* Docker (preferred)
* Machine learning expertise in computer vision is not required

### Nice to have
* Experience with Terraform and GCP
* Familiarity with MLflow

### Benefits
* Free Python conference tickets
* Learning budget for Coursera courses on deep learning

## CLICK TO [APPLY](https://jobs.example.org/apply/ml-engineer-123)
"""

ONE_LINE = """\
Data Engineer - Junior

About us: Lanternfish Ltd makes route planning tools; we use Java and Scala internally.

Requirements: Python, SQL (PostgreSQL), Spark; Linux; Git. Kubernetes is a plus; \
Azure (preferred), \
AWS, GCP.
Bonus: Tableau, Go, or Rust.
Knowledge of deep learning is not required. No need for Docker experience.
At least two years of professional experience.
"""

PLAIN = """\
Senior AI Engineer

ABOUT THE COMPANY
Copperleaf Robotics makes warehouse robots. We build everything on Azure.

RESPONSIBILITIES
Fine-tune large language models for support workflows
Build retrieval-augmented generation pipelines with LangChain

QUALIFICATIONS
5-8 years of software engineering experience
Strong Python (FastAPI preferred) and prompt engineering skills
Experience with TensorFlow is desired but not required

PERKS
Health insurance, a home office budget and a yearly hackathon on generative AI
"""

NO_HEADINGS = """\
We are hiring a data analyst. You will work with SQL and Excel every day and build reports in
Power BI for the finance team. Experience with Python is a plus. Our office has a gym.
"""

CURLY_QUOTES = """Data Scientist II
Fabrikam Health · New York, NY (Hybrid)

About the role
We\u2019re looking for a data scientist to build churn and pricing models with Python and
scikit-learn.

What we\u2019re looking for
• 2\u20134 years of experience in a data science role
• Fluency in SQL and experience with dbt or Airflow
• Solid grounding in statistics and A/B testing
• Excellent communication skills

Bonus points
• Experience with causal inference
• You have shipped an LLM feature using the OpenAI API

What we offer
• Stock options, 401(k) match and a learning budget for Coursera courses on deep learning
"""
NON_TECHNICAL = """Office Manager

Who we are: A small architecture studio in Lisbon.

Responsibilities:
- Manage the office budget in Excel and keep vendor contracts in order
- Plan team events and travel
- You will excel at juggling priorities

Requirements:
- 3 years as an office manager or executive assistant
- Fluent Portuguese and English
- Knowledge of Microsoft Office; SQL or Python is not required
"""
COMPANY_STACK = """Senior Backend Engineer (Go)

Our stack: Go, PostgreSQL, Kafka, Kubernetes on GCP.

In this role you will design APIs and services in Go.

Must have
- 5+ years building backend services
- Go or Rust in production
- Experience with Docker; Kubernetes is nice to have

Nice to have
- Terraform, CI/CD with GitHub Actions
"""

QUALIFICATIONS_FIRST = """Software Engineer, Machine Learning

Minimum qualifications:
Bachelor's degree or equivalent practical experience.
2 years of experience with software development in Python or C++.
Experience with machine learning algorithms and tools (e.g., TensorFlow, JAX).

Preferred qualifications:
Master's degree or PhD in Computer Science.
Experience with large-scale distributed systems and Kubernetes.
Experience in natural language processing or computer vision.

About the job
Our team builds the ranking models behind search. As an engineer you will train models with
TensorFlow and deploy them to production.

Responsibilities
Design, train and evaluate ranking models.
Collaborate with product teams.
"""
PROSE_AND_STACK = """Who you are
You have at least four years of experience building data pipelines with Spark and Airflow,
and you write clean SQL. Ideally you have worked with Kafka and dbt. You communicate clearly.

Tech stack
Python, Spark, Airflow, Snowflake, AWS, Terraform

What you'll do
Own our batch and streaming pipelines; improve data quality and monitoring.
"""
PROFILE_AND_TASKS = """ML Ops Engineer (m/f/d)

Your tasks
- Operate our model serving platform (Kubernetes, Seldon)
- Automate training pipelines with Kubeflow and MLflow

Your profile
- Must: Python, Docker, Linux
- Nice: Go, Azure, GPU experience
- Experience with LLMs is not necessary

We offer
- 30 days vacation, Python conference budget
"""
