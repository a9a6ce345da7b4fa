"""A two-hundred-and-fifty-second round, from the fourteenth session's third and fourth batches:

- a gain or a share in a correlation metric ("a 12% Spearman gain") is a model's result, as one in
  accuracy is;
- a chain of data steps may run to seven words and take modelling among them ("cleaned, joined,
  explored, and modelled data");
- the placement, allocation, consensus, caching and partitioning algorithms of distributed
  systems compute an answer rather than learn one: evaluating them is no model evaluation.

Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from analyzer.match.matcher import SkillMatcher
from tests.match.sentences import Case, sentence_test, shown

EVALUATED = "model-evaluation"
PROCESSED = "data-processing"
CASES: list[Case] = [
    ("projects", "• Protein model lifting binding prediction by 12% Spearman", EVALUATED, True),
    ("projects", "• Ranker at 8% Pearson over the last release on held-out users", EVALUATED, True),
    ("experience", "• Scraped, merged, cleaned, annotated, and modelled data", PROCESSED, True),
    ("projects", "• Cleaned, joined, explored, and modelled data for a thesis", PROCESSED, True),
    ("experience", "• Cleaned the lab, modelled a wing, and updated the data", PROCESSED, False),
]  # fmt: skip


test_round252_kinds = sentence_test(CASES)

# The papers of one who also publishes on deep learning, which vouches for algorithms evaluated
# where no word of learning stands near
PAPERS = [
    "A Convolutional Network for Wafer Defect Maps. Workshop on vision, 2022.",
    "Notes on the yield of a wafer fab in its first year of running. Trade journal, 2021.",
]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Evaluating Replica Placement Algorithms at the Edge", False),
        ("Evaluating Consensus Algorithms under Partitions", False),
        ("Evaluating Bandwidth Allocation Algorithms in Mesh Networks", False),
        ("Evaluating Defect Detection Algorithms in Wafer Fabs", True),
    ],
)
def test_systems_algorithms_evaluated_are_no_model_evaluated(
    builtin_matcher: SkillMatcher, title: str, expected: bool
) -> None:
    text = "\n".join([*PAPERS, title])
    assert (EVALUATED in shown(builtin_matcher, "publications", text)) is expected
