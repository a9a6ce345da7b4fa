"""A twenty-sixth round, from the general kinds among the errors of h111-h114, first scored on the
twenty-fifth: the ML family of programming languages is not machine learning; CompTIA's Linux+
is Linux; BLEU and ROUGE shares are results; a share of error ("2% error") is a model's result
beside a model's words; a model of images is deployed; extraction and data-warehouse pipelines
are data work; a tutor of calculus has it.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("skills", "Languages: Haskell, Scheme, ML-style syntax, Prolog", "machine-learning-algorithms",
     False),
    ("certifications", "CompTIA Linux+ (2022)", "linux", True),
    ("experience", "Captioner scored BLEU-2 of 38.4% on the test images", "model-evaluation", True),
    ("experience", "Kept the surrogate model under 2% error on unseen loads", "model-evaluation",
     True),
    ("experience", "Cut the clerks' invoice backlog to a 2% error rate", "model-evaluation", False),
    ("experience", "Deployment of the drone image counting model for the farm co-op",
     "model-deployment", True),
    ("experience", "Wrote an extraction pipeline that reads scanned leases", "data-processing",
     True),
    ("experience", "Maintained the data lake pipeline feeding the finance dashboards",
     "data-processing", True),
    ("experience", "Private tutor, chemistry and calculus", "calculus", True),
]  # fmt: skip


test_round26_kinds = sentence_test(CASES)
