"""A nineteenth round, from the kinds of error on three fresh hold-outs (h70-h72):

- GCE A levels are the General Certificate of Education, not Google Compute Engine, even with a
  Linux certificate on the line above;
- Firestore alone is where a web or mobile app keeps its data through Firebase: Google Cloud
  only beside Google Cloud's words;
- a course's code beside its title ("Calculus I (MTH 151)") says the subject is a course;
- statistical consulting is statistics;
- a trained regressor is a supervised learner (an econometric regressor is a variable);
- clustering of emails, articles or tickets is the learning method (Redis clustering is not);
- "prompt/context engineering" is prompt engineering; a reasoning model's chain-of-thought
  outputs, measured, are no prompt written;
- "Graduate Coursework (selected)" opens an education section in a plain-text resume.

And a second part, from three more hold-outs (h73-h75) after their first look:

- a regression model fitted to analyse or explain is statistics, one made to predict is a
  learner only;
- a loss a model is trained on is no evaluation of it;
- "Certified TensorFlow Developer" names the certificate;
- models deployed and analysed are models deployed;
- a method that works without labelled examples is no supervised learning;
- "data collection, processing and analysis" names data processing.

Every sentence is written for these tests."""

from __future__ import annotations

from analyzer.extract import extract_text
from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("certifications", "Linux: LPIC-1 System Administrator\nSchool: GCE A/L (Physical Science), "
     "2016", "gcp", False),
    ("education", "GCE Advanced Level in Mathematics, Physics and Chemistry", "gcp", False),
    ("skills", "Cloud: Google Compute Engine (GCE), Cloud Storage", "gcp", True),
    ("skills", "Databases: PostgreSQL, MongoDB, Firestore, Redis", "gcp", False),
    ("experience", "Streamed Firestore changes into BigQuery with Dataflow", "gcp", True),
    ("experience", "Teaching assistant for Calculus I (MTH 151)", "calculus", True),
    ("experience", "Removed calculus deposits in a dental clinic", "calculus", False),
    ("experience", "Provided statistical consulting to clinical researchers", "statistics", True),
    ("experience", "Trained a ResNet-50 age regressor on face crops", "supervised-learning", True),
    ("publications", "Used lagged GDP as a regressor in a panel of 40 countries",
     "supervised-learning", False),
    ("experience", "Built an internal email clustering tool for the support desk",
     "unsupervised-learning", True),
    ("experience", "Set up Redis clustering and failover for the session store",
     "unsupervised-learning", False),
    ("skills", "LLM tooling: prompt/context engineering, evals, RAG", "prompt-engineering", True),
    ("experience", "Measured decoding speed of long chain-of-thought outputs on reasoning models",
     "prompt-engineering", False),
    ("skills", "Chain-of-thought prompting, few-shot prompting", "prompt-engineering", True),
]  # fmt: skip


SECOND_PART: list[Case] = [
    ("experience", "Fitted a logistic regression model to analyse what drives late payments",
     "statistics", True),
    ("experience", "Trained a regression model on past weeks to predict ticket volume",
     "statistics", False),
    ("experience", "Fine-tuned the text encoder with a weighted cross-entropy loss",
     "model-evaluation", False),
    ("experience", "Cut log-loss from 0.52 to 0.38 on the held-out fold", "model-evaluation",
     True),
    ("certifications", "Google Certified TensorFlow Developer, 2023", "tensorflow-developer",
     True),
    ("experience", "Deployed and analyzed forecasting models on Databricks", "model-deployment",
     True),
    ("experience", "Grouped weld defects with an autoencoder, without labeled examples",
     "supervised-learning", False),
    ("experience", "Trained a defect classifier on 4k labeled examples", "supervised-learning",
     True),
    ("summary", "Comfortable with data collection, processing, and reporting", "data-processing",
     True),
]  # fmt: skip


test_round19_kinds = sentence_test(CASES + SECOND_PART)


def test_graduate_coursework_opens_an_education_section() -> None:
    text = (
        "Ada Lovelace\n\nExperience\nAnalyst, Acme, 2019 - 2021\n• Built reports\n\n"
        "Graduate Coursework (selected)\n• Winter 2018 — Probability I-II (MATH 501-502)\n\n"
        "Teaching\n• Spring 2017 — Linear Algebra, Instructor\n"
    )
    resume = extract_text(text, name="ada.txt")
    kinds = [section.kind for section in resume.sections]
    assert kinds[:3] == ["contact", "experience", "education"]
    course = resume.text.index("Probability")
    assert next(s.kind for s in resume.sections if s.start <= course < s.end) == "education"
