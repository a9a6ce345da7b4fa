"""An eighty-sixth round, from the fourth batch of the session's hold-outs:

- Turkish's dotted capital I lowers to "i" ("İstatistik" is "istatistik"), keeping every offset;
  statistical modelling and prompt engineering in Turkish, prompt engineering in Polish;
- a colon ends the words between "deployed" and its model ("deployed automation: LLM-assisted
  reports" deploys no model);
- what comes next to learn ("Up next: Kubernetes", "Следующий шаг - Docker") is a wish;
- a company SAS owns is an employer, not the statistics software.

Every sentence is written for these tests."""

from __future__ import annotations

from analyzer.match.nlp import lower_preserving_length
from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("skills", "İstatistik, Veri Analizi", "statistics", True),
    ("experience", "Satış verisi ile istatistiksel modelleme", "statistics", True),
    ("experience", "Prompt mühendisliği ile sohbet botu", "prompt-engineering", True),
    ("skills", "Inżynieria promptów, LangChain", "prompt-engineering", True),
    ("experience", "Shipped deployed tooling: LLM-drafted notes", "model-deployment", False),
    ("experience", "Deployed two new churn models to production", "model-deployment", True),
    ("summary", "Data analyst. Up next: Kubernetes and Terraform", "kubernetes", False),
    ("summary", "Бэкенд на FastAPI. Следующий шаг - Docker", "docker", False),
    ("experience", "Billing lead at Northwind, a SAS company, using Python", "statistics", False),
]  # fmt: skip


test_round86_kinds = sentence_test(CASES)


def test_the_dotted_capital_i_lowers_to_i_in_place() -> None:
    text = "İstatistik ve İngilizce"
    lowered = lower_preserving_length(text)
    assert lowered == "istatistik ve ingilizce"
    assert len(lowered) == len(text)
