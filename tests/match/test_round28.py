"""A twenty-eighth round, from the general kinds among the errors of h120-h123, first scored on
the twenty-seventh: a language's interactive shell (the Python or Spark shell) is not the Unix
shell, nor is Shell's student car race; a qualified statistics course ("Nonparametric
Statistics") is the discipline; large language models named in a coordination ("large language
and multimodal models"); continuous build, test and deployment spelt out is CI/CD; a
distribution's drift is a model's inputs drifting.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("skills", "IPython shell, Spark shell, SQL", "linux", False),
    ("experience", "Ran nightly exports as an AWS Glue Python shell task", "linux", False),
    ("experience", "Automated server setup with shell scripts and Python", "linux", True),
    ("skills", "Shell Eco-marathon 2019, student team lead", "linux", False),
    ("other", "Nonparametric Statistics: 17/20", "statistics", True),
    ("other", "High-dimensional statistics: grade A", "statistics", True),
    ("experience", "Published weekly usage statistics for the support team", "statistics", False),
    ("experience", "Fine-tuned large language and multimodal models for invoice questions",
     "llm-development", True),
    ("experience", "Taught large language and literature classes", "llm-development", False),
    ("experience", "Set up continuous build, test and deployment for twelve services", "ci-cd",
     True),
    ("experience", "Introduced continuous testing and delivery for the mobile apps", "ci-cd", True),
    ("experience", "Led continuous improvement and deployment of new shift rotas", "ci-cd", False),
    ("experience", "Guarded the pricing features against distribution drift",
     "model-monitoring", True),
]  # fmt: skip


test_round28_kinds = sentence_test(CASES)
