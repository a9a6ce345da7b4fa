"""A twenty-third round, from the one general kind among the errors of a fresh hold-out (h97)
first scored on the twenty-second round: the denoising diffusion models by their full name
("diffusion probabilistic models", "denoising diffusion") and video generation are generative
AI; diffusion in physics and imaging stays out.

Every sentence is written for these tests."""

from __future__ import annotations

from analyzer.match.matcher import SkillMatcher
from analyzer.types import SectionKind
from tests.match.sentences import Case, sentence_cases, shown

CASES: list[Case] = [
    ("publications", "Faster Sampling for Diffusion Probabilistic Models on Small GPUs",
     "generative-ai", True),
    ("projects", "Denoising diffusion for satellite image inpainting", "generative-ai", True),
    ("projects", "Long-form video generation for sports replays", "generative-ai", True),
    ("publications", "Diffusion Tensor Imaging of the Aging Brain", "generative-ai", False),
]  # fmt: skip


@sentence_cases(CASES)
def test_round23_kinds(
    builtin_matcher: SkillMatcher, section: SectionKind, text: str, skill: str, expected: bool
) -> None:
    assert (skill in shown(builtin_matcher, section, text)) is expected
