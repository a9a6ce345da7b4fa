"""A thirty-first round, from the general kinds among the errors of h134, h135 and h137 (first
scored on the thirtieth): a deep or a multilayer network by its initials (DCNN, DNN, MLP; the last
two only beside a model's words, since DNN is also a web CMS), more of scikit-learn's estimators
by class name, and change data capture.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "Graded leaf blight from field photos with a DCNN", "deep-learning", True),
    ("experience", "Profiled DNN inference on two edge accelerators", "deep-learning", True),
    ("projects", "Trained an MLP on the sensor readings", "deep-learning", True),
    ("skills", "Web: ASP.NET, C#, DNN, SQL Server", "deep-learning", False),
    ("experience", "Built DNN modules and skins for a county website", "deep-learning", False),
    ("experience", "Canvassed for the MLP before the 2019 election", "deep-learning", False),
    ("projects", "Digit recognition with scikit-learn's MLPClassifier", "supervised-learning",
     True),
    ("projects", "Tuned a KNeighborsClassifier and an ExtraTreesRegressor", "supervised-learning",
     True),
    ("experience", "Streamed Postgres changes into the lake with change data capture",
     "data-processing", True),
    ("experience", "Ran Debezium connectors for the orders database", "data-processing", True),
    ("experience", "Captured the change requests of three clients", "data-processing", False),
]  # fmt: skip


test_round31_kinds = sentence_test(CASES)
