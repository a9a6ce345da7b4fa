"""A hundred-and-sixty-first round, from hold-out batch h931-h937's misses: vendors of databases,
containers and models that employ engineers (Teradata, Oracle, Docker, Mistral) are employers on a
role's line, as AWS and OpenAI were; solving matrix equations is linear algebra; and an accuracy
figure beside retrieval, RAG or a reranker is a model's score.

Every sentence is written for these tests."""

from __future__ import annotations

from analyzer.match.matcher import SkillMatcher
from tests.builders import resume_from_sections
from tests.match.sentences import Case, sentence_test

ROLE = "Software Engineer\n"
EVAL = "model-evaluation"
CASES: list[Case] = [
    ("experience", ROLE + "Teradata | Rancho Bernardo, CA | 2016 - 2019", "sql", False),
    ("experience", ROLE + "Oracle | Austin, TX | 2019 - 2021", "sql", False),
    ("experience", "Docker, Inc. | San Francisco, CA | 2018 - 2020", "docker", False),
    ("experience", "Mistral AI | Paris | 2024 - 2025\nResearch Engineer", "generative-ai", False),
    ("experience", "• Tuned Teradata SQL for the nightly warehouse loads", "sql", True),
    ("experience", "• Packaged the scoring service with Docker", "docker", True),
    ("experience", "• Wrote a solver for large sparse matrix equations", "linear-algebra", True),
    ("experience", "• Lifted retrieval accuracy from 61% to 79% with smaller chunks", EVAL, True),
    ("experience", "• Raised RAG accuracy by 12% with a cross-encoder reranker", EVAL, True),
    ("experience", "• Improved invoice accuracy by 15% for the finance team", EVAL, False),
]  # fmt: skip


test_round161_kinds = sentence_test(CASES)


def test_a_vendor_on_a_role_line_is_named_the_employer(builtin_matcher: SkillMatcher) -> None:
    text = "Data Engineer\nTeradata | San Diego, CA | 2005 - 2006"
    resume = resume_from_sections([("experience", "Experience", text)])
    (evidence,) = builtin_matcher.match(resume)["sql"]
    assert not evidence.accepted
    assert evidence.reason == "the employer's name on a role's line, not a skill"
