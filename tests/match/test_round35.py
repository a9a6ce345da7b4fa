"""A thirty-fifth round, from the general kinds among the misses of ten hold-outs first scored on
the thirty-fourth (h149-h158): years of use glued to a tool's name ("Git-4yr"); cleaning named by
its object (a database, records, data sets); a share measured over a number of classes or for
clustering, and false alarms cut by a share; Monte Carlo as a study, a framework or a code; more
of the tasks learnt without labels (discovery, unmixing); a model implemented on a device,
integrated into a product or served behind an API. And two look-alikes: a confusion matrix read
is no linear algebra; a GitHub page or the GitHub API is no version control.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("skills", "Tools: Git-4yr, Docker-2yr", "git", True),
    ("skills", "Languages: Python-1yr, Go-3yrs", "python", True),
    ("experience", "Cleaned the recipe database before each release", "data-processing", True),
    ("experience", "Wrote R scripts to clean the bakery's data sets", "data-processing",
     True),
    ("experience", "Cleaned tables and restocked the bar", "data-processing", False),
    ("projects", "Reached 81.5% 3-class accuracy on held-out scans", "model-evaluation", True),
    ("projects", "Achieving 72% clustering accuracy on the news corpus", "model-evaluation", True),
    ("experience", "Retuned the spam classifier, cutting false positives by 30%",
     "model-evaluation", True),
    ("experience", "Tuned the fraud model: 25% fewer false positives", "model-evaluation", True),
    ("experience", "Reduced false alarms of the smoke sensors by 20% after rewiring",
     "model-evaluation", False),
    ("experience", "Ran a Monte Carlo study to check the estimator's bias", "probability", True),
    ("experience", "Wrote a Monte Carlo framework in C++ that later fed coupled molecular runs",
     "probability", True),
    ("experience", "Spent a week at the Monte Carlo casino with the team", "probability", False),
    ("experience", "Separated the signals using unsupervised pattern unmixing",
     "unsupervised-learning", True),
    ("publications", "Unsupervised Object Discovery from Street Scenes", "unsupervised-learning",
     True),
    ("experience", "Worked unsupervised at night shifts", "unsupervised-learning", False),
    ("experience", "Implemented the model on an NVIDIA Jetson Nano for fast inference",
     "model-deployment", True),
    ("experience", "Integrated the trained model into the company's video calling platform",
     "model-deployment", True),
    ("experience", "Shipped REST APIs on top of our ranking models", "model-deployment", True),
    ("experience", "Embedded the financial model in the reporting tool", "model-deployment", False),
    ("experience", "Integrated the order model into the billing system", "model-deployment", False),
    ("projects", "Read the confusion-matrix analysis for each class", "linear-algebra", False),
    ("education", "Matrix analysis, numerical methods", "linear-algebra", True),
    ("projects", "Built a scraper over the GitHub API", "git", False),
    ("projects", "Notes published with Jekyll on GitHub Pages", "git", False),
    ("projects", "Reviewed pull requests and managed branches on GitHub", "git", True),
]  # fmt: skip


test_round35_kinds = sentence_test(CASES)
