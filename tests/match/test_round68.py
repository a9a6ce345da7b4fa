"""A sixty-eighth round, from the first looks at this session's third hold-outs (LaTeX resumes,
CVs in Russian, Polish and Turkish, IT people and software engineers outside ML, ML
researchers):

- linear algebra in Russian (in its cases: "владею линейной алгеброй"), Ukrainian, Polish,
  Czech, Turkish, Indonesian, Vietnamese, Greek, Persian, Arabic and Korean; probability theory
  and mathematical analysis in the Russian instrumental case;
- "data classification" beside security and governance words is the practice of labelling data
  by its sensitivity, not a supervised model's task;
- data ingested is data processing, as its ingestion is.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("summary", "Уверенно владею линейной алгеброй и статистикой", "linear-algebra", True),
    ("education", "Kursy: algebra liniowa, analiza matematyczna", "linear-algebra", True),
    ("education", "전공 과목: 선형대수학, 확률론", "linear-algebra", True),
    ("summary", "Работаю с теорией вероятностей в задачах скоринга", "probability", True),
    ("summary", "Владею линейной алгеброй и математическим анализом", "calculus", True),
    ("skills", "Compliance: data classification, retention policies, DLP", "supervised-learning",
     False),
    ("experience", "Kept data ingesting jobs for the billing lake within their budget",
     "data-processing", True),
]  # fmt: skip


test_round68_kinds = sentence_test(CASES)
