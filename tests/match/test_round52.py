"""A fifty-second round, from two blind hold-outs first scored on the fifty-first round's code
(custom JSON CV data, template-engine pages): language models' public benchmarks by name.

Every sentence is written for these tests."""

from __future__ import annotations

from analyzer.match.matcher import SkillMatcher
from analyzer.types import SectionKind
from tests.match.sentences import Case, sentence_cases, shown

CASES: list[Case] = [
    ("experience", "Our coding agent resolved 48% of SWE-bench Verified tasks", "model-evaluation",
     True),
    ("publications", "Scaling chat models, scored on MT-Bench and GPQA", "model-evaluation", True),
]  # fmt: skip


@sentence_cases(CASES)
def test_round52_kinds(
    builtin_matcher: SkillMatcher, section: SectionKind, text: str, skill: str, expected: bool
) -> None:
    assert (skill in shown(builtin_matcher, section, text)) is expected
