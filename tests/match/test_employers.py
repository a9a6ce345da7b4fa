"""A company's name that is also a skill's ("AWS", "GitHub", "Red Hat") is the employer, not the
skill, when a role's heading line in the experience section sets it apart; the same name in an
account of work or a list of tools under the role stays the skill.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "• Research Intern, AWS, Amazon, May-Aug. 2023.\n• Topic: protein design",
     "aws", False),
    ("experience", "Amazon Web Services (AWS)\tSeattle, WA\nApplied Scientist Intern\tJun 2024",
     "aws", False),
    ("experience", "Staff Engineer at GitHub, 2019 - 2022\n• Built the merge queue", "git",
     False),
    ("experience", "Red Hat \u2014 Raleigh, NC\nSoftware Engineer, 2018 - 2021", "linux", False),
    ("experience", "Google Cloud | Customer Engineer | 2020 - 2023", "gcp", False),
    ("experience", "GitLab\nSenior Backend Engineer | 2021 - 2024\n• Wrote Go services", "git",
     False),
    # the same names as what a person used
    ("experience", "Data Engineer, Acme, 2020 - 2023\nAWS, Docker, Kubernetes", "aws", True),
    ("experience", "Data Engineer, Acme, 2020 - 2023\nAWS · Datalake · ETL", "aws", True),
    ("experience", "Data Engineer, Acme, 2020 - 2023\nAWS\n• Cut the cloud bill by a third",
     "aws", True),
    ("experience", "• Migrated the billing services to AWS, cutting costs by 30% in 2021",
     "aws", True),
    ("experience", "• Used Python, AWS and Docker to ship the pricing service", "aws", True),
    ("experience", "Data Engineer, Acme, 2020 - 2023\n• Ran CI on GitHub Actions", "ci-cd", True),
    ("skills", "AWS, GitHub, Red Hat Enterprise Linux", "aws", True),
    ("experience", "• Moved the nightly scoring jobs to\nAWS, in 2021, then to Azure.",
     "aws", True),
]  # fmt: skip


test_employers_are_not_skills = sentence_test(CASES)
