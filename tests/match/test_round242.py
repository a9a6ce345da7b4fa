"""A two-hundred-and-forty-second round, in-sample, from the misses over all the open hold-outs once
the eleventh session's look-ups had run out:

- linear algebra by the matrix computations the lexicon lacked: matrix operations and matrix math,
  a matrix diagonalised, a basis orthonormalised by Gram-Schmidt, the vector mathematics of
  graphics (the conjugate gradient method stays out, as round 150 left it);
- unsupervised learning by community detection, Kohonen's self-organising maps and dictionary
  learning.

Every open resume that names one of them is labelled with the skill; two sealed resumes gained
linear algebra, both labelled with it.

Every sentence is written for these tests."""

from __future__ import annotations

from tests.match.sentences import Case, sentence_test

ALGEBRA = "linear-algebra"
UNSUPERVISED = "unsupervised-learning"
CASES: list[Case] = [
    ("experience", "• Added fused matrix operations to the shader compiler", ALGEBRA, True),
    ("skills", "Maths: matrix math, geometry, trigonometry", ALGEBRA, True),
    ("publications", "Exact diagonalisation of frustrated spin ladders", ALGEBRA, True),
    ("projects", "Orthonormalised feature bases with Gram-Schmidt", ALGEBRA, True),
    ("projects", "Ray tracer in C++ built on my own vector math", ALGEBRA, True),
    ("experience", "• Ran community detection on a co-authorship graph", UNSUPERVISED, True),
    ("projects", "Kohonen self-organizing maps of weather patterns", UNSUPERVISED, True),
    ("publications", "Dictionary learning for denoising seismic traces", UNSUPERVISED, True),
    ("experience", "• Led the community outreach team for the library", UNSUPERVISED, False),
]  # fmt: skip


test_round242_kinds = sentence_test(CASES)
