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
