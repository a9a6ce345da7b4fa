"""A hundred-and-twenty-eighth round, from the misses of seven hold-outs read once on the code of
the hundred-and-twenty-seventh round (h790-h793, h795-h797; in-sample now) and of one seen
before (h787). Now evidence: containers named in a skills list (the spec counts containers as
Docker), not Java's servlet containers. No longer evidence: the accuracy of books, stock and
orders ("improved financial accuracy by 40%") as a model's metric; GitHub as where the work is
available, a pointer to a link, as Git.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("skills", "Containers, Terraform, Prometheus", "docker", True),
    ("skills", "Nginx\nContainers\nPostgreSQL", "docker", True),
    ("experience", "Loaded containers onto vessels at the port", "docker", False),
    ("skills", "Containers: Apache Tomcat, JBoss EAP, WebSphere", "docker", False),
    ("skills", "Servlet containers (Tomcat, Jetty)", "docker", False),
    ("projects", "Automated the month-end accruals, improving financial accuracy by 40%",
     "model-evaluation", False),
    ("experience", "Raised inventory accuracy to 99% across three warehouses",
     "model-evaluation", False),
    ("projects", "Raised the classifier's accuracy by 12% with class weights",
     "model-evaluation", True),
    ("other", "Slides, code and data all available on GitHub", "git", False),
    ("other", "Further material available in: GitHub", "git", False),
    ("projects", "Managed releases with Git and GitHub pull requests", "git", True),
]  # fmt: skip


test_round128_kinds = sentence_test(CASES)
