"""A hundred-and-ninth round, from the first look at eight more hold-outs (h558-h565):
Kolmogorov-Smirnov's test by its short name and the corrections of many tests run at once (Holm,
Bonferroni, Benjamini-Hochberg, the false discovery rate) are statistics; "linear algebraic" is
linear algebra; data marts, sources, silos or feeds integrated are data processing.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "Flagged drift with a KS-test on each feature", "statistics", True),
    ("experience", "Compared twelve arms with Holm correction", "statistics", True),
    ("experience", "Controlled the false discovery rate across 900 genes", "statistics", True),
    ("publications", "A linear algebraic view of sensor placement", "linear-algebra", True),
    ("experience", "Integrated the vendor data feeds into one warehouse schema", "data-processing",
     True),
    ("experience", "Integrated the payment gateway with the storefront", "data-processing", False),
]  # fmt: skip


test_round109_kinds = sentence_test(CASES)
