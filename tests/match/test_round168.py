"""A hundred-and-sixty-eighth round, from written probes of publications and skills lists (no
hold-out): the field of learning itself deployed somewhere or as a paper's subject ("deploying
deep learning on edge devices", "Challenges in Deploying Machine Learning: A Survey"), and a
version glued to a name before a slash and another name ("C/C++/Python3/Java"), which the
tokenizer now splits off there too, so that the name matches as itself.

Every sentence is written for these tests."""

from __future__ import annotations

from analyzer.match.nlp import build_pipeline
from tests.match.sentences import Case, sentence_test

DEPLOY = "model-deployment"
CASES: list[Case] = [
    ("experience", "• Deploying deep learning on edge devices for retail cameras", DEPLOY, True),
    ("publications", "Challenges in Deploying Machine Learning: A Survey of Cases", "mlops", True),
    ("experience", "• Deployed machine learning engineers to client sites", DEPLOY, False),
    ("experience", "• Deployed machine learning to predict churn", DEPLOY, False),
    ("skills", "Languages: C/C++/Python3/Java", "python", True),
    ("skills", "Frameworks: Tensorflow2/Keras", "tensorflow", True),
]  # fmt: skip


test_round168_kinds = sentence_test(CASES)


def test_a_version_before_a_slash_and_a_name_is_split_off() -> None:
    doc = build_pipeline().make_doc("c/c++/python3/java atsam4/f1")
    assert [t.text for t in doc] == [
        "c",
        "/",
        "c++",
        "/",
        "python",
        "3",
        "/",
        "java",
        "atsam4",
        "/",
        "f1",
    ]
