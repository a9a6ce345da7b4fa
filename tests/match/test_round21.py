"""A twenty-first round, from the kinds of error on three fresh hold-outs (h85-h87), each
first scored on the whole of the twentieth round:

- a code host's name before a handle is a profile's link in a row of links too ("LinkedIn: Ada L
  | GitHub: adal"), and before an "@handle" even in a skills section; "Link to GitHub" is a link.
  "GitLab: CI" in a skills list stays the tool;
- a database's clustered index is no clustering, and a clustering verb does not reach across a
  list's comma to a noun of data;
- "retrieval-augmented" systems or models are retrieval-augmented generation;
- a vendor's models put to use ("utilized OpenAI's language capabilities") are generative AI;
- deep learning's tools deployed are software installed, not models deployed;
- a version glued to a name before a bracket, a hyphen or another version is split off
  ("tensorflow2.0(keras)", "python3.10-based", "python3.8/3.9"), and a part number's piece
  keeps its digits ("atsam4/f1").

Every sentence is written for these tests."""

from __future__ import annotations

from analyzer.match.nlp import build_pipeline
from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "Email: ada@example.org | GitHub: adal42", "git", False),
    ("skills", "GitHub: @adal42", "git", False),
    ("skills", "GitLab: CI, merge requests", "git", True),
    ("education", "2020 Thesis tooling (Python) - Link to GitHub", "git", False),
    ("experience", "Maintained clustered columnstore indexes, documents and nightly backups",
     "unsupervised-learning", False),
    ("experience", "Rebuilt the clustered index by order date", "unsupervised-learning", False),
    ("experience", "Clustered support tickets by topic with embeddings", "unsupervised-learning",
     True),
    ("experience", "Built retrieval-augmented assistants over policy documents",
     "generative-ai", True),
    ("experience", "Integrated OpenAI language capabilities into the help desk", "generative-ai",
     True),
    ("experience", "Senior Researcher, OpenAI, San Francisco", "generative-ai", False),
    ("experience", "Handled the deployment of deep learning frameworks on the lab's GPU servers",
     "model-deployment", False),
    ("experience", "Led the deployment of deep learning models to 30 stores", "model-deployment",
     True),
    ("skills", "Frameworks: Tensorflow2.0(Keras), scikit-learn", "tensorflow", True),
    ("skills", "Languages: Python3.8/3.9, Bash", "python", True),
]  # fmt: skip


test_round21_kinds = sentence_test(CASES)


def test_a_version_glued_before_a_bracket_a_hyphen_or_a_version_is_split_off() -> None:
    doc = build_pipeline().make_doc("tensorflow2.0(keras) python3.10-based python3.8/3.9 atsam4/f1")
    assert [t.text for t in doc] == [
        "tensorflow", "2.0", "(", "keras", ")", "python", "3.10", "-", "based", "python", "3.8",
        "/3.9", "atsam4", "/", "f1",
    ]  # fmt: skip
