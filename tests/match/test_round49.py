"""A forty-ninth round, from six blind hold-outs (R Markdown and datadrivencv CVs, AsciiDoc and
plain-text CVs, portfolio data modules, LaTeX CVs in section files, Hugo and TOML data, Markdown
CVs in less common places) scored on the code before it: "generative LLMs", "GitlabCI", the
course "Machine Learning in Production", diffusion models beside their sampling, and Redshift
beside a table's rows. No longer evidence: a site's name set apart before other links' labels or
on a line of its own under a project; code that handles errors beside a percentage; a person's
topics of interest inside a role, or what they are "learning how to" do; what a model monitors
(patients, crops); servers clustered in an application; Argo's workflow engine as CI/CD.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "Compared generative LLMs for drafting contract summaries", "generative-ai",
     True),
    ("projects", "Every merge request ran through GitlabCI", "ci-cd", True),
    ("education", "Machine Learning in Production (online course), 2022", "mlops", True),
    ("publications", "Few-step sampling of diffusion models for weather nowcasting",
     "generative-ai", True),
    ("projects", "Offline map app for hikers, written in Kotlin. GitHub Demo", "git", False),
    ("projects", "Offline map app for hikers\nGitHub", "git", False),
    ("projects", "Kept the team's branches tidy on GitHub with pull request reviews", "git", True),
    ("projects", "Model API with error handling for 99% uptime", "model-evaluation", False),
    ("projects", "Gradient boosting cut the demand forecast error by 18%", "model-evaluation",
     True),
    ("experience", "Topics of interest include graph networks and GANs for chemistry",
     "generative-ai", False),
    ("experience", "Built a remote patient monitoring service on top of ML models for wearables",
     "model-monitoring", False),
    ("experience", "Set up monitoring of ML models in production with weekly retraining",
     "model-monitoring", True),
    ("projects", "Mise en place du clustering applicatif sous JBoss", "unsupervised-learning",
     False),
    ("projects", "Curated a typing benchmark set, fitted ML models and charted the results",
     "model-evaluation", False),
    ("projects", "Benchmarked three gradient-boosted models on churn data", "model-evaluation",
     True),
    ("experience", "Cleaned 90M rows in Redshift for the sales team each week", "aws", True),
    ("experience", "Learning how to run Kubernetes operators on weekends", "kubernetes", False),
    ("skills", "Orchestration: Argo Workflows, Prefect", "ci-cd", False),
    ("skills", "Delivery: Argo CD, Helm", "ci-cd", True),
]  # fmt: skip


test_round49_kinds = sentence_test(CASES)
