"""A sixtieth round, from the residue of this session's earlier hold-outs and the first looks at
its new ones (CVs in French, Spanish, Portuguese and Italian; engineers who moved into LLM work):

- processes named as nouns before a "Data ..." item of a list ("Stochastic Processes, Data
  Mining") are a course's or a firm's, not the verb that processes data;
- a site's name before a person's name, beside a line of contact details ("GitHub: Ada
  Lovelace" over "LinkedIn: Ada Lovelace"), is a profile's link;
- classification and clustering in Spanish, Portuguese, Italian and German, with the words of
  methods, models and data in those languages and French as their context;
- a model deployed, or machine learning put into production, in those languages (a data model
  and a website's release are not);
- a pattern's word that the tokenizer cuts ("zero-shot", "feed-forward", "production-grade",
  "de-duplicated") is matched as its tokens: such words were written in the rules and never
  matched.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("education", "Courses: Stochastic Processes, Data Mining, Compilers", "data-processing",
     False),
    ("education", "Courses: Business Processes, Data Governance", "data-processing", False),
    ("experience", "Wrote the service that processes, cleans and stores sensor data",
     "data-processing", True),
    ("summary", "Portland, Oregon\nGitHub: Ada Lovelace\nLinkedIn: Ada Lovelace", "git", False),
    ("summary", "Portland, Oregon\nGitHub: adal\nLinkedIn: Ada Lovelace", "git", False),
    ("projects", "GitHub: Actions, Packages and Pages for the docs site", "git", True),
    ("experience", "Méthodes de classification appliquées aux pannes des turbines",
     "supervised-learning", True),
    ("experience", "Classificação de cartas do arquivo municipal", "supervised-learning", False),
    ("experience", "Problemas de clasificación y clusterización de clientes",
     "unsupervised-learning", True),
    ("experience", "Clusterização de servidores web com Nginx", "unsupervised-learning", False),
    ("experience", "Fiz o deploy de modelos preditivos na AWS",
     "model-deployment", True),
    ("experience", "Despliegue de modelos de datos en Power BI", "model-deployment", False),
    ("experience", "Previsioni con machine learning e messa in produzione del servizio",
     "model-deployment", True),
    ("experience", "Mise en production du site vitrine et du back-office", "model-deployment",
     False),
    ("projects", "Reached 92% zero-shot accuracy on a held-back benchmark", "model-evaluation",
     True),
    ("experience", "Shipped a production-grade forecasting model for the stores",
     "model-deployment", True),
    ("projects", "Trained deep feed-forward networks on tabular data", "deep-learning", True),
    ("experience", "Parsed, then de-duplicated 4,000 venue listings", "data-processing",
     True),
]  # fmt: skip


test_round60_kinds = sentence_test(CASES)
