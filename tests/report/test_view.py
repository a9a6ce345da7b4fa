"""What the renderers share: evidence in its line, and coverage by skill group."""

from __future__ import annotations

import dataclasses

import pytest

from analyzer.report.view import Excerpt, accepted_evidence, excerpt, printable, skill_groups
from analyzer.types import (
    AnalysisResult,
    Evidence,
    ExtractedResume,
    PageSpan,
    Section,
    SectionKind,
)
from tests.report.conftest import PARSE


def resume(*sections: tuple[SectionKind, str]) -> ExtractedResume:
    """A one-page resume of (kind, text) sections, each text starting with its heading line."""
    text, parts = "", []
    for kind, body in sections:
        parts.append(Section(kind, body.split("\n", 1)[0], len(text), len(text) + len(body), 1))
        text += body
    return ExtractedResume(
        "r.txt", "0" * 64, "text", text, (PageSpan(1, 0, len(text)),), tuple(parts), PARSE
    )


def found(source: ExtractedResume, phrase: str, *, context: str = "") -> Evidence:
    start = source.text.index(phrase)
    return Evidence(
        "skill",
        phrase,
        start,
        start + len(phrase),
        1,
        "experience",
        "alias",
        phrase.lower(),
        context,
    )


EXPERIENCE = (
    "EXPERIENCE\n"
    "- Built models with PyTorch and\n"
    "  served them in Docker on AWS.\n"
    "- Led a team of four.\n"
)


def test_a_soft_wrapped_line_is_quoted_whole_without_its_bullet() -> None:
    source = resume(("experience", EXPERIENCE))

    shown = excerpt(found(source, "Docker"), source)

    assert shown == Excerpt(
        "Built models with PyTorch and served them in ", "Docker", " on AWS.", False, False
    )


def test_the_quote_stays_in_its_section_below_the_heading() -> None:
    source = resume(
        ("skills", "SKILLS\npython, sql\n"), ("experience", "EXPERIENCE\nmore python work\n")
    )

    shown = excerpt(found(source, "sql"), source)

    assert (shown.before, shown.match, shown.after) == ("python, ", "sql", "")


def test_a_long_line_is_cut_between_words() -> None:
    line = "alpha beta gamma delta epsilon Kubernetes zeta theta iota kappa lambda"
    source = resume(("experience", f"EXPERIENCE\n{line}\n"))

    shown = excerpt(found(source, "Kubernetes"), source, radius=12)

    assert shown == Excerpt("epsilon ", "Kubernetes", " zeta theta", True, True)


def test_without_the_resume_the_context_is_quoted() -> None:
    source = resume(("experience", EXPERIENCE))
    evidence = found(source, "Docker", context="served them in Docker on AWS.")

    shown = excerpt(evidence, None)

    assert (shown.before, shown.match, shown.after) == ("served them in ", "Docker", " on AWS.")


def test_offsets_that_disagree_with_the_text_fall_back_to_the_context() -> None:
    source = resume(("experience", EXPERIENCE))
    evidence = found(source, "Docker", context="in Docker on AWS")
    shifted = resume(
        ("experience", "EXPERIENCE\nsomething else entirely, much longer than before\n")
    )

    assert excerpt(evidence, shifted).before == "in "


def test_evidence_missing_from_its_context_stands_alone() -> None:
    source = resume(("experience", EXPERIENCE))

    shown = excerpt(found(source, "Docker", context="unrelated"), None)

    assert shown == Excerpt("", "Docker", "", False, False)


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("a\n  b\tc", "a b c"),
        ("bell\x07", "bell\ufffd"),
        ("\x1b[31mred", "\ufffd[31mred"),
        ("nul\x00", "nul\ufffd"),
        ("c1\x9b", "c1\ufffd"),
        ("naïve 数据", "naïve 数据"),
    ],
)
def test_printable(raw: str, shown: str) -> None:
    assert printable(raw) == shown


def test_groups_keep_profile_order_and_add_up_to_the_score(result: AnalysisResult) -> None:
    groups = skill_groups(result)

    assert [g.name for g in groups] == [
        "programming",
        "deep-learning",
        "mlops",
        "generative-ai",
        "data",
        "soft",
        "certification",
    ]
    assert sum(g.earned for g in groups) == pytest.approx(result.score.earned)
    assert sum(g.possible for g in groups) == pytest.approx(result.score.possible)
    assert groups[0].share == pytest.approx(0.7)
    assert groups[0].found == 2
    assert groups[-1].share is None


def test_accepted_evidence_puts_the_strongest_sections_first(result: AnalysisResult) -> None:
    python = result.skill("python")
    at = {e.section: e for e in python.evidence}
    summary = dataclasses.replace(at["skills"], section="summary")
    rejected = dataclasses.replace(at["experience"], accepted=False, reason="negated")
    reordered = dataclasses.replace(
        python, evidence=(summary, at["skills"], rejected, at["experience"])
    )

    assert accepted_evidence(reordered) == (at["experience"], at["skills"], summary)
