"""A seventy-fourth round, from the first looks at this session's hold-outs:

- a skills list's category label ("AI/ML:") names the field its items belong to; the items are
  the evidence, so a list of language-model tools under it shows no machine learning of its own;
- a GPT model or API in agentic work (an agent, MCP tools) is LLM development;
- a model put into production in Russian ("в промышленную эксплуатацию", beside a model word)
  and a model served in Korean, Japanese and Chinese are deployment;
- a model's accuracy, precision and recall by the names only models' results have in Chinese,
  Japanese and Korean (召回率, 予測精度, 재현율) are model evaluation.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("skills", "AI/ML: LangChain, Pinecone, Gemini API", "machine-learning-algorithms", False),
    ("skills", "AI/ML: scikit-learn, XGBoost, LightGBM", "machine-learning-algorithms", True),
    ("summary", "AI/ML engineer with five years in fintech", "machine-learning-algorithms", True),
    ("projects", "An agentic helpdesk on GPT-4o with MCP tools", "llm-development", True),
    ("projects", "Drafted newsletters with GPT-4o", "llm-development", False),
    ("experience", "Запустил модели оттока в промышленную эксплуатацию", "model-deployment", True),
    ("experience", "Вывел сайт магазина в продакшн", "model-deployment", False),
    ("experience", "추천 모델 서빙 및 모니터링", "model-deployment", True),
    ("projects", "分类准确率提升至93%", "model-evaluation", True),
    ("projects", "需要予測の予測精度を改善", "model-evaluation", True),
]  # fmt: skip


test_round74_kinds = sentence_test(CASES)
