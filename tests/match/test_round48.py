"""A forty-eighth round, from three blind hold-outs (profile READMEs, org-mode and
reStructuredText CVs, LaTeX CVs) scored on the code before it: a share counted at a level
("frame-level accuracy"); "Azure AI Engineer" as the certification in a list of certifications.
No longer evidence: a model's output probabilities blended, scored or thresholded. A project's
stars on GitHub stay Git evidence, as the dev labels read them.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "Lip reader scoring 81% word-level accuracy on unseen speakers",
     "model-evaluation", True),
    ("certifications", "Azure AI Engineer (Microsoft), 2023", "azure-ai-engineer-associate", True),
    ("experience", "Azure AI Engineer at a retail bank, building document pipelines",
     "azure-ai-engineer-associate", False),
    ("projects", "Churn ensemble: probability blending of boosted models", "probability", False),
    ("projects", "Random search over probability thresholds of the fraud classifier",
     "probability", False),
]  # fmt: skip


test_round48_kinds = sentence_test(CASES)
