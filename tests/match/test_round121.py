"""A hundred-and-twenty-first round, from the misses of seven fresh hold-outs (h737-h740,
h742-h744) after their first look (in-sample). Now evidence: the detection of anomalies written
as a noun phrase, beside the analytics or pipeline that watches the data; a dataset's quality
raised (its cleaning); classifying sound ("classify song genres from audio data"). No
longer evidence: ML the programming language's tools (ML-Lex, ML-Yacc) as machine learning;
deduplication that saves a storage system's disk, as data cleaning; statistical learning,
cognitive science's name for picking up regularities, as machine learning, unless the
statisticians' methods, data or a course are near or it stands in a skills list.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience",
     "Built streaming analytics for the payments team, including the detection of anomalies",
     "unsupervised-learning", True),
    ("experience", "Audit work included the detection of anomalies in expense claims",
     "unsupervised-learning", False),
    ("projects", "Improved dataset quality by relabelling blurry frames", "data-processing", True),
    ("experience", "Raised training-data quality for the intent model", "data-processing", True),
    ("experience", "Improved the quality of service for data centre clients", "data-processing",
     False),
    ("projects", "Classify bird calls from audio recordings", "supervised-learning", True),
    ("experience", "Classify incoming invoices for the accounts team", "supervised-learning",
     False),
    ("projects", "Wrote a compiler front end with ML-Lex and ML-Yacc",
     "machine-learning-algorithms", False),
    ("skills", "ML: scikit-learn, LightGBM", "machine-learning-algorithms", True),
    ("projects", "Implemented block de-duplication to cut backup disk usage", "data-processing",
     False),
    ("projects", "De-duplication of customer records before the CRM migration",
     "data-processing", True),
    ("publications", "Statistical learning of tone sequences in infants, Cognition 2019",
     "machine-learning-algorithms", False),
    ("education", "Courses: Statistical Learning, Bayesian Data Analysis",
     "machine-learning-algorithms", True),
    ("projects", "Applied statistical learning methods to predict crop yields",
     "machine-learning-algorithms", True),
]  # fmt: skip


test_round121_kinds = sentence_test(CASES)
