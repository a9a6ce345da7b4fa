"""A hundred-and-sixtieth round, from written probes of recruiters' resumes (no hold-out): a
skill's name after a verb of hiring and before the people hired ("Recruited Kubernetes engineers",
"Hired Docker and Kubernetes experts", `cues.hiring_verbs` and `cues.hired_people`) names whom a
recruiter sought, not a skill used. A posting is read the other way: "hiring Kubernetes engineers"
asks for Kubernetes.

Every sentence is written for these tests."""

from __future__ import annotations

from analyzer import Analyzer
from analyzer.match.matcher import SkillMatcher
from tests.builders import resume_from_sections
from tests.match.sentences import Case, sentence_test

CASES: list[Case] = [
    ("experience", "• Recruited Kubernetes engineers for the platform team", "kubernetes", False),
    ("experience", "• Sourced Python developers for fintech clients", "python", False),
    ("experience", "• Hired Docker and Kubernetes experts for three clients", "docker", False),
    ("experience", "• Hired Docker and Kubernetes experts for three clients", "kubernetes", False),
    ("experience", "• Recruited AWS architects for the cloud practice", "aws", False),
    ("experience", "• Built Python services with three other developers", "python", True),
    ("experience", "• Recruited volunteers and ran Kubernetes workshops", "kubernetes", True),
]  # fmt: skip


test_round160_kinds = sentence_test(CASES)


def test_the_reason_names_the_people_hired(builtin_matcher: SkillMatcher) -> None:
    resume = resume_from_sections([("experience", "Experience", "Recruited SQL developers")])
    (evidence,) = builtin_matcher.match(resume)["sql"]
    assert not evidence.accepted and evidence.reason == "names the people hired, not a skill"


def test_a_posting_hiring_engineers_asks_for_their_skill() -> None:
    posting = "Platform Engineer\n\nWe are hiring Kubernetes engineers to run our cluster.\n"
    target = Analyzer().read_job(posting, name="hiring.txt")
    assert "kubernetes" in {r.id for r in target.requirements}
