"""A hundred-and-eighty-fifth round, from the first looks at new hold-outs (in-sample):

- a skill's name inside the name of a university's unit ("Department of Mathematics and
  Statistics", "Institute for Machine Learning") is where a person works, outside an education
  section; in one it names the subject studied;
- the hidden Markov model is a learned model (machine learning, as the CRF is);
- "GitHub/Actions", the product joined to its host's name by a slash, is CI/CD;
- data visualizations curated are analysis shown, not data prepared.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("contact", "Department of Statistics and Applied Mathematics, Example College", "statistics",
     False),
    ("contact", "Dept. of Statistics and Applied Mathematics, Example College", "statistics",
     False),
    ("experience", "Postdoctoral Fellow, Institute for Machine Learning, 2021 - 2023",
     "machine-learning-algorithms", False),
    ("experience", "• Taught machine learning to first-year students",
     "machine-learning-algorithms", True),
    ("education", "Ph.D., Department of Statistics, Example University, 2020", "statistics",
     True),
    ("projects", "• Part-of-speech tagger built on a hidden Markov model",
     "machine-learning-algorithms", True),
    ("skills", "Tooling: GitHub/Actions, Docker, Make", "ci-cd", True),
    ("skills", "Hosting: GitHub/Pages, Netlify", "ci-cd", False),
    ("experience", "• Curated the team's data visualizations for quarterly reviews",
     "data-processing", False),
    ("experience", "• Curated a labelled data set of 20k support tickets", "data-processing",
     True),
]  # fmt: skip


test_round185_kinds = sentence_test(CASES)
