"""A seventy-ninth round, from the first looks at the session's fourth eight hold-outs:

- a vision-language model alone is not language-model work (it matches images with text, or
  captions them);
- spaCy's bracket emoticons ("):", ":)") are punctuation in a resume: "GitHub (92): Version
  control" no longer hides its bracket and colon in one token;
- a site's name after another link in a comma list outside a skills section ("Website, GitHub")
  is a link;
- image processing's convolution filters are no learned network;
- a reason for joining ("to deepen my knowledge of model deployment") names what is still being
  learnt;
- Monte Carlo beside computational and dynamics words is the method.

Every sentence is written for these tests."""

from __future__ import annotations

from analyzer.match.nlp import build_pipeline
from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("projects", "Photo tagging with a vision-language model", "llm-development", False),
    ("projects", "Fine-tuned a large language model for tagging", "llm-development", True),
    ("skills", "GitHub (90): issues, project boards and workflows", "ci-cd", False),
    ("skills", "GitHub (Actions, Pages)", "ci-cd", True),
    ("publications", "Loop closure at scale. 2022 ICRA. Website, GitHub, Video", "git", False),
    ("skills", "Tools: e-mail, GitHub, Slack", "git", True),
    ("skills", "Image Processing: Convolutional Filters, Histograms", "deep-learning", False),
    ("experience", "Joined to deepen my knowledge of model serving", "model-deployment", False),
    ("experience", "Monte Carlo computational fluid dynamics runs", "probability", True),
]  # fmt: skip


test_round79_kinds = sentence_test(CASES)


def test_a_bracket_and_a_colon_are_two_tokens() -> None:
    tokens = [t.text for t in build_pipeline()("github (92): version control")]
    assert tokens == ["github", "(", "92", ")", ":", "version", "control"]
