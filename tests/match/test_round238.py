"""A two-hundred-and-thirty-eighth round, in-sample, from the undisputed misses over all the open
hold-outs once the tenth session's look-ups had run out:

- principal components, a dimension reduced or an anomaly detected show unsupervised learning but
  no ML algorithm by themselves (skills.tsv names clustering for the algorithms, not these): a
  statistician and a monitoring team do them too. Clustering and a named learner (an isolation
  forest) still show both.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

ML = "machine-learning-algorithms"
UNSUPERVISED = "unsupervised-learning"
PCA_LINE = "• Applied principal component analysis to leaf shape measurements"
CASES: list[Case] = [
    ("experience", PCA_LINE, UNSUPERVISED, True),
    ("experience", PCA_LINE, ML, False),
    ("skills", "Methods: anomaly detection, dimensionality reduction", UNSUPERVISED, True),
    ("skills", "Methods: anomaly detection, dimensionality reduction", ML, False),
    ("projects", "Grouped listening histories with k-means clustering", ML, True),
    ("experience", "• Trained an isolation forest on card payments", ML, True),
]  # fmt: skip


test_round238_kinds = sentence_test(CASES)
