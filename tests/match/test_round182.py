"""A hundred-and-eighty-second round, from the first looks at new hold-outs (in-sample):

- a venue's name in Spanish, Portuguese or French opens as an English one does ("Congreso
  Internacional de ...", "Revista Brasileira de ...") and runs through those languages' joiners
  ("de", "la", "y"), so a skill's name inside it is the venue's word, not the person's skill;
- "Stat & Prob", the joint course shortened the other way round, is statistics and probability;
- a business process beside the data as nouns ("Process and Data Owner", "process and data
  flows") is no data processed.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("publications", "• Congreso Nacional de Probabilidad Aplicada, Lima, 2022",
     "probability", False),
    ("publications", "• Modelos de fila. Revista Brasileira de Probabilidade e Estatística, 2022",
     "probability", False),
    ("publications", "• Cadenas de Markov y teoría de la probabilidad en inventarios, 2021",
     "probability", True),
    ("publications", "• Bayesian Probability for Port Delays. Journal of Maritime Studies",
     "probability", True),
    ("education", "Courses: Calculus II, Stat & Prob, Algorithms", "probability", True),
    ("experience", "Process and Data Owner, Example Utilities, 2024 - present", "data-processing",
     False),
    ("experience", "• Documented process and data flows for the billing migration",
     "data-processing", False),
    ("experience", "• Wrote the intake process and data cleaning rules in pandas",
     "data-processing", True),
]  # fmt: skip


test_round182_kinds = sentence_test(CASES)
