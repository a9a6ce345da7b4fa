"""A hundred-and-forty-first round, from the misses of new hold-outs: real analysis, the proof
course, is no longer read as calculus (a calculus course still is); airflow beside the words of
ventilation and fluid flow is air, not the scheduler, even in a resume that shows Python; a
program that "displays statistics" shows figures; and a result reported beside anomalies is a
model's.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("education", "Coursework: Real Analysis, Abstract Algebra, Topology", "calculus", False),
    ("education", "Coursework: Real Analysis, Multivariable Calculus", "calculus", True),
    ("experience", "• Measured airflow through the ductwork of a lecture hall with Python scripts",
     "data-processing", False),
    ("experience", "• Modelled airflow and heat transfer around server racks", "data-processing",
     False),
    ("experience", "• Scheduled nightly Airflow DAGs that load sales data into the warehouse",
     "data-processing", True),
    ("experience", "• Wrote a shell tool that displays statistics about finished cluster jobs",
     "statistics", False),
    ("education", "Coursework: Statistics, Probability", "statistics", True),
    ("experience",
     "• Trained sequence models on vibration logs that flag bearing anomalies in wind turbines "
     "with 97% precision", "model-evaluation", True),
    ("experience", "• Reconciled 4,000 invoices a month with 99% accuracy", "model-evaluation",
     False),
]  # fmt: skip


test_round141_kinds = sentence_test(CASES)
