"""A fifty-fifth round, from the Chinese and Japanese CVs of a blind hold-out of CVs in other
languages: the field's words in Chinese (simplified and traditional) and Japanese. Those scripts
write words without spaces, so the tokenizer makes each character a token and the lexicon's
phrases in them match inside a run of text. Wishes said in Chinese are no claim.

Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from analyzer.match.nlp import build_pipeline
from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "负责搜索排序的机器学习模型训练", "machine-learning-algorithms", True),
    ("projects", "二手车价格的随机森林回归", "supervised-learning", True),
    ("projects", "对商品评论做聚类并生成标签", "unsupervised-learning", True),
    ("education", "主修课程: 概率论、线性代数、微积分", "probability", True),
    ("education", "主修课程: 概率论、线性代数、微积分", "linear-algebra", True),
    ("education", "主修课程: 概率论、线性代数、微积分", "calculus", True),
    ("experience", "以大语言模型搭建售后问答助手", "llm-development", True),
    ("experience", "把模型部署到线上推理集群", "model-deployment", True),
    ("projects", "传感器数据清洗与特征工程", "data-processing", True),
    ("skills", "深層学習、強化学習、Python", "reinforcement-learning", True),
    ("summary", "目前正在学习强化学习的基础", "reinforcement-learning", False),
    ("experience", "负责工业机器人的运动控制程序", "machine-learning-algorithms", False),
]  # fmt: skip


test_round55_kinds = sentence_test(CASES)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("熟悉pytorch训练", ["熟", "悉", "pytorch", "训", "练"]),
        ("機械学習の研究", ["機", "械", "学", "習", "の", "研", "究"]),
        ("c++/python, tensorflow2.0", ["c++", "/", "python", ",", "tensorflow", "2.0"]),
    ],
)
def test_chinese_and_japanese_characters_are_tokens_of_their_own(
    text: str, tokens: list[str]
) -> None:
    assert [token.text for token in build_pipeline().tokenizer(text)] == tokens
