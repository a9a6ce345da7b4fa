"""A hundred-and-eighth round, from the first look at eight more hold-outs (h550-h557): Amazonas
(the Brazilian state and river) is no misspelt "amazonaws" badge; work done by statistical
methods ("statistically analysed", "to statistically infer") is statistics; the deep networks of
point clouds (PointNet, PointNet++, DGCNN) are deep learning.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("education", "B.Sc. in Computing, Federal University of Amazonas", "aws", False),
    ("skills", "amazonaws, docker, linux", "aws", True),
    ("experience", "Statistically analysed the absorber sample for redshift trends", "statistics",
     True),
    ("experience", "Wrote a sampler to statistically infer each strain's abundance", "statistics",
     True),
    ("projects", "Segmented lidar scans of orchards with PointNet++", "deep-learning", True),
]  # fmt: skip


test_round108_kinds = sentence_test(CASES)
