"""A hundred-and-thirteenth round, from the first looks at seven of eight fresh hold-outs
(h590-h597): a bar glued to the item after it in a list ("Numpy |Pandas |Keras") is split off,
as a bar between two words was, so the items match as themselves; spaCy's tokenizer never splits
an infix at a token's start, and the glued items had matched nothing.

Every sentence is written for these tests."""

from __future__ import annotations

from analyzer.match.nlp import build_pipeline
from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("skills", "Data: Polars |Keras |Plotly", "keras", True),
    ("skills", "Ops |Docker |Terraform", "docker", True),
    ("skills", "Languages: Go |Rust |Python", "python", True),
    ("experience", "Shipped the forecasting service (FastAPI |PyTorch |Redis)", "pytorch", True),
    ("skills", "Data: Polars |Keras |Plotly", "docker", False),
]


test_round113_kinds = sentence_test(CASES)


def test_a_bar_glued_to_a_word_is_a_token_of_its_own() -> None:
    doc = build_pipeline().make_doc("polars |keras ||jax a|b")
    assert [t.text for t in doc] == ["polars", "|", "keras", "|", "|", "jax", "a", "|", "b"]
