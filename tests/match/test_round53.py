"""A fifty-third round, from six blind hold-outs (Streamlit resume apps, Flutter portfolio data,
MDX and content-collection CVs, terminal portfolios, React resume-template JSON, AltaCV and Deedy
LaTeX CVs) scored first on the fifty-second round's code. New readings: the correlation
coefficients by name, TensorFlow.js glued, PostgresDB, Raspbian, Robust PCA, and a CNN beside its
classifier. No longer evidence: Firestore named as Firebase's (Cloud Firestore with no word of
Google Cloud near), Dialogflow alone, Red Hat's products that are not its Linux, an early-career
researcher's ECR role, inference of a statistical model's parameters, a person's interests, and a
method done without. A site's name in a labelled list of tools under a role is the tool.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "Ranked suppliers by Spearman's rank correlation with delivery delays",
     "statistics", True),
    ("projects", "Pearson correlation coefficient between rainfall and yield per county",
     "statistics", True),
    ("projects", "In-browser digit recognizer written with TensorflowJS", "tensorflow", True),
    ("skills", "Databases: PostgresDB, Redis", "sql", True),
    ("experience", "Kiosk software running on Raspbian for a museum", "linux", True),
    ("projects", "Shadow removal from traffic video with Robust PCA", "unsupervised-learning",
     True),
    ("projects", "Reached 91% test accuracy with a CNN classifier of leaf diseases",
     "deep-learning", True),
    ("experience", "Chat app keeping messages and profiles in Cloud Firestore", "gcp", False),
    ("experience", "Event ingestion on Google Cloud Run writing to Cloud Firestore", "gcp", True),
    ("projects", "Booking assistant for a dental clinic built on Dialogflow", "gcp", False),
    ("experience", "Ran internal apps on Red Hat OpenShift clusters", "linux", False),
    ("experience", "Administered Red Hat Enterprise Linux servers", "linux", True),
    ("skills", "Faculty board | ECR Representative", "aws", False),
    ("skills", "Containers: Docker, ECR, Helm", "aws", True),
    ("publications", "An R package for hidden Markov model inference on panel data",
     "model-deployment", False),
    ("experience", "Cut model inference latency of the ranking service by half",
     "model-deployment", True),
    ("summary", "My interests are graph neural networks and causal discovery", "deep-learning",
     False),
    ("projects", "Tagged invoices without resorting to neural networks, by rules alone",
     "deep-learning", False),
    ("experience", "Tools: Terraform · Jira · Bitbucket", "git", True),
]  # fmt: skip


test_round53_kinds = sentence_test(CASES)
