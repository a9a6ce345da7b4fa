"""A fifty-ninth round, from the fifty-ninth round's hold-outs (CVs in other languages, Markdown
resumes kept in their own repositories):

- "dalle" is Italian for "from the": the image model written without its hyphen counts in
  capitals only;
- Fiddler beside Postman is Telerik's web debugging proxy: the monitoring product comes with
  model words, in a skills list too;
- ROC beside moving averages and oscillators is a price's rate of change, not the curve;
- probability theory in twelve more languages, Bayesian inference in Russian, a model's
  evaluation in fifteen;
- a model that categorizes things is a classifier (bookkeeping's categorizing is not);
- a regression model fitted in a study is the statistician's; it is a learner when made to
  predict, beside words of learning, or in a skills list or a project;
- an entry's title line whose dates wrap onto the next line ("... | July" / "2024 -- Sept 2024",
  as a printed page wraps it) still opens the next entry.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "Servizi web richiesti dalle scuole e dalle famiglie", "generative-ai",
     False),
    ("projects", "Product mock-ups drawn with DALLE prompts", "generative-ai", True),
    ("skills", "Postman, Fiddler, Tomcat, SoapUI", "model-monitoring", False),
    ("skills", "Postman, Fiddler, Tomcat, SoapUI", "mlops", False),
    ("skills", "Fiddler AI, Arize, Evidently", "model-monitoring", True),
    ("skills", "Quant: Kelly criterion, Monte Carlo, EMA/ROC", "model-evaluation", False),
    ("skills", "Metrics: ROC, AUC, F1", "model-evaluation", True),
    ("education", "Теория вероятностей и математическая статистика", "probability", True),
    ("skills", "Байесовский вывод, Python", "probability", True),
    ("skills", "Байесовский вывод, Python", "statistics", True),
    ("projects", "Pembuatan dan evaluasi model klasifikasi", "model-evaluation", True),
    ("experience", "Trained a vision model which categorizes pill packs from photos",
     "supervised-learning", True),
    ("experience", "Categorized expenses and receipts for the finance team", "supervised-learning",
     False),
    ("publications", "Rainfall and crop yield in 40 regions: a multilevel regression model (2021)",
     "supervised-learning", False),
    ("publications", "Rainfall and crop yield in 40 regions: a multilevel regression model (2021)",
     "machine-learning-algorithms", False),
    ("publications", "Rainfall and crop yield in 40 regions: a multilevel regression model (2021)",
     "statistics", True),
    ("experience", "Trained a regression model to predict delivery times", "supervised-learning",
     True),
    ("projects", "• Hardened the public login endpoint\nStock Prediction Game | React | July\n"
     "2024 -- Sept 2024", "model-deployment", False),
    ("projects", "• Built an endpoint serving\nchurn predictions for the CRM\nAcme | 2021 - 2024",
     "model-deployment", True),
]  # fmt: skip


test_round59_kinds = sentence_test(CASES)
