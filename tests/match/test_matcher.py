"""The matcher on a blank pipeline and a tiny lexicon: offsets, rules, context, negation."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from spacy.tokens import Span

from analyzer.errors import UnsupportedInputError
from analyzer.match import SkillMatcher, build_pipeline
from analyzer.types import Evidence, SectionKind
from skill_lexicon.model import ContextRule
from tests.builders import resume_from_sections, tiny_lexicon


@pytest.fixture(scope="module")
def matcher() -> SkillMatcher:
    return SkillMatcher(tiny_lexicon(), build_pipeline(), fuzzy_threshold=0.8)


def evidence_in(
    matcher: SkillMatcher, body: str, kind: SectionKind = "experience"
) -> dict[str, tuple[Evidence, ...]]:
    resume = resume_from_sections([(kind, "Experience", body)])
    return dict(matcher.match(resume, ignored_sections=("interests",)))


def accepted(found: dict[str, tuple[Evidence, ...]], skill_id: str) -> list[str]:
    return [e.text for e in found.get(skill_id, ()) if e.accepted]


@pytest.mark.parametrize(
    ("body", "skill_id", "texts"),
    [
        ("Built services in Python and pandas", "python", ["Python", "pandas"]),
        ("Deployed models to production on Kubernetes (EKS)", "kubernetes", ["Kubernetes", "EKS"]),
        ("Fine-tuned LLMs for support", "llm-development", ["Fine-tuned LLMs"]),
        ("Deployed models weekly", "model-deployment", ["Deployed models"]),
        (
            "Deployed the service to production",
            "model-deployment",
            ["Deployed the service to production"],
        ),
        ("Reached 93% accuracy on the test set", "model-evaluation", ["93% accuracy"]),
        ("Stored events in PostgreSQL", "sql", ["PostgreSQL"]),
        ("Migrated Oracle database to the cloud", "sql", ["Oracle"]),
    ],
)
def test_finds_skills_with_exact_text(
    matcher: SkillMatcher, body: str, skill_id: str, texts: list[str]
) -> None:
    assert accepted(evidence_in(matcher, body), skill_id) == texts


@pytest.mark.parametrize(
    ("body", "skill_id", "reason"),
    [
        ("Administered Oracle Financials for AP", "sql", "excluded"),
        ("Stored documents in a No-SQL store", "sql", "excluded"),
        ("Supported Oracle customers by phone", "sql", "ambiguous 'Oracle'"),
        ("No experience with Kubernetes yet", "kubernetes", "negated: 'no experience with'"),
        ("Currently learning PyTorch at night", "pytorch", "wish: 'currently learning'"),
        ("Rust and Kubernetes (currently learning)", "kubernetes", "wish"),
        # a cue that ends within the window counts, though its first word stands before it
        ("No experience with large multi region cloud Kubernetes", "kubernetes", "negated"),
    ],
)
def test_rejected_matches_say_why(
    matcher: SkillMatcher, body: str, skill_id: str, reason: str
) -> None:
    found = evidence_in(matcher, body)
    assert found[skill_id], "the match is kept as evidence"
    assert not accepted(found, skill_id)
    assert all(reason in (e.reason or "") for e in found[skill_id])


@pytest.mark.parametrize(
    "body",
    [
        "No experience with sales teams or field marketing, so ran Kubernetes",  # ends too far
        "No experience with sales. Ran large multi region Kubernetes",  # another clause
    ],
)
def test_a_cue_far_before_or_in_another_clause_does_not_count(
    matcher: SkillMatcher, body: str
) -> None:
    assert accepted(evidence_in(matcher, body), "kubernetes")


def test_evidence_offsets_point_back_into_the_text(matcher: SkillMatcher) -> None:
    resume = resume_from_sections([("skills", "Skills", "Python, Kubernetes, PyTorch")])
    found = matcher.match(resume)
    for items in found.values():
        for e in items:
            assert resume.text[e.start : e.end] == e.text
            assert e.page == 1
            assert e.section == "skills"
            assert e.text in e.context


def test_rule_names_the_alias_that_matched(matcher: SkillMatcher) -> None:
    (evidence,) = evidence_in(matcher, "Ran k8s clusters")["kubernetes"]
    assert (evidence.match_type, evidence.rule, evidence.text) == ("alias", "k8s", "k8s")


def test_implied_skill_carries_its_source(matcher: SkillMatcher) -> None:
    found = evidence_in(matcher, "Trained detectors with PyTorch")
    (implied,) = found["deep-learning"]
    assert implied.match_type == "implied"
    assert implied.implied_by == "pytorch"
    assert implied.text == "PyTorch"


def test_certification_evidences_its_skills(matcher: SkillMatcher) -> None:
    found = evidence_in(matcher, "TensorFlow Developer Certificate, 2024", kind="certifications")
    assert accepted(found, "tensorflow-developer") == ["TensorFlow Developer Certificate"]
    (via,) = found["deep-learning"]
    assert (via.match_type, via.implied_by) == ("certification", "tensorflow-developer")


def test_rejected_evidence_implies_nothing(matcher: SkillMatcher) -> None:
    found = evidence_in(matcher, "No experience with PyTorch")
    assert "deep-learning" not in found


def test_context_rule_by_section(matcher: SkillMatcher) -> None:
    assert accepted(evidence_in(matcher, "GitHub, Jira", kind="skills"), "git") == ["GitHub"]
    assert not accepted(evidence_in(matcher, "GitHub: adal", kind="contact"), "git")


def test_a_refuting_word_near_rejects_the_term_in_any_section(matcher: SkillMatcher) -> None:
    found = evidence_in(matcher, "Python, fed the snakes", kind="skills")
    assert not accepted(found, "python")
    assert [e.reason for e in found["python"]] == [
        "ambiguous 'Python': 'snake' near it gives it another sense"
    ]
    assert accepted(evidence_in(matcher, "Python, pandas", kind="skills"), "python") == [
        "Python",
        "pandas",
    ]


def test_a_rule_with_only_refuting_words_leaves_its_term_unambiguous() -> None:
    refuted = ContextRule(terms=("python",), refuted_by=("snake",))
    assert not refuted.makes_ambiguous and not refuted.needs_support
    assert ContextRule(terms=("rag",), case_sensitive=True, terms_cased=("RAG",)).makes_ambiguous
    assert ContextRule(terms=("oracle",), sections=("skills",)).needs_support


def test_terms_with_only_refuting_words_stay_names_of_tools(matcher: SkillMatcher) -> None:
    """Python's rule in the tiny lexicon has only refuting words: Python still makes, with
    Kubernetes, a one-line list one of tools, where the ambiguous Oracle reads as the database."""
    assert accepted(evidence_in(matcher, "Oracle, Kubernetes, Python"), "sql") == ["Oracle"]
    assert not accepted(evidence_in(matcher, "Oracle, Java, Python"), "sql")


def test_links_and_emails_are_not_evidence(matcher: SkillMatcher) -> None:
    found = evidence_in(matcher, "see https://example.org/python and python@example.org")
    assert not accepted(found, "python")


def test_ignored_sections_keep_evidence_unaccepted(matcher: SkillMatcher) -> None:
    found = evidence_in(matcher, "Kubernetes and hiking", kind="interests")
    (evidence,) = found["kubernetes"]
    assert not evidence.accepted
    assert "interests" in (evidence.reason or "")


def test_near_miss_in_skills_section_is_fuzzy(matcher: SkillMatcher) -> None:
    found = evidence_in(matcher, "Kubernets, Pyhton", kind="skills")
    (k8s,) = found["kubernetes"]
    assert (k8s.match_type, k8s.text) == ("fuzzy", "Kubernets")
    assert 0.8 <= k8s.similarity < 1.0
    assert "kubernetes" in k8s.rule


def test_near_miss_outside_skills_section_is_ignored(matcher: SkillMatcher) -> None:
    """A near miss by n-grams ("Kubernetis", a letter changed) counts only in a skills list; a
    long word with one letter dropped or swapped is read anywhere (`test_vocabulary_round6`)."""
    assert "kubernetes" not in evidence_in(matcher, "Ran Kubernetis clusters", kind="experience")
    assert "kubernetes" in evidence_in(matcher, "Kubernetis, Pyhton", kind="skills")


def test_ocr_text_marks_evidence(matcher: SkillMatcher) -> None:
    resume = resume_from_sections([("skills", "Skills", "Python")], ocr=True)
    assert all(e.ocr for e in matcher.match(resume)["python"])


def test_dotted_names_are_not_links(matcher: SkillMatcher) -> None:
    found = evidence_in(matcher, "Go\tPython\tNode.js", kind="skills")
    assert accepted(found, "python") == ["Python"]
    assert not accepted(evidence_in(matcher, "Python: https://example.org/ada"), "python")


def test_text_longer_than_any_resume_is_refused_by_name(matcher: SkillMatcher) -> None:
    resume = resume_from_sections([("experience", "Experience", "x" * matcher.nlp.max_length)])
    with pytest.raises(UnsupportedInputError, match=r"builder\.txt: has .* more than a resume"):
        matcher.match(resume)


def test_a_text_past_spacy_default_limit_is_matched(matcher: SkillMatcher) -> None:
    body = "Built models in Python.\n" * 50_000  # 1.2 million characters
    found = evidence_in(matcher, body)
    assert len(accepted(found, "python")) == 50_000


@pytest.mark.parametrize(
    ("body", "skill_id", "texts"),
    [
        ("•Python, •PostgreSQL", "python", ["Python"]),
        ("-Kubernetes and *PostgreSQL", "sql", ["PostgreSQL"]),
        ("Research in deep\nlearning", "deep-learning", ["deep\nlearning"]),
    ],
)
def test_glued_bullets_and_broken_lines_still_match(
    matcher: SkillMatcher, body: str, skill_id: str, texts: list[str]
) -> None:
    """A bullet glued to its word, or a sentence the layout broke in two, keeps its phrases."""
    assert accepted(evidence_in(matcher, body), skill_id) == texts


def test_a_rejected_longer_match_never_hides_an_accepted_shorter_one() -> None:
    from analyzer.match.matcher import _longest_judged

    doc = build_pipeline()("deployed models to the site in production")

    def judged(start: int, end: int, accepted: bool) -> tuple[Span, Evidence]:
        span = doc[start:end]
        e = Evidence(
            "x",
            span.text,
            span.start_char,
            span.end_char,
            1,
            "experience",
            "pattern",
            "r",
            "c",
            accepted=accepted,
            reason=None if accepted else "no",
        )
        return span, e

    kept = _longest_judged([judged(0, 7, False), judged(0, 2, True), judged(3, 5, False)])
    # the longer rejected one gives way; a rejected one apart from it is still reported
    assert sorted((e.text, e.accepted) for e in kept) == [
        ("deployed models", True),
        ("the site", False),
    ]
    kept = _longest_judged([judged(0, 7, False), judged(3, 5, False)])
    assert [(e.text, e.accepted) for e in kept] == [(doc.text, False)]


def test_lemmas_remembered_from_earlier_resumes_are_the_lemmas_worked_out_anew(
    builtin_matcher: SkillMatcher,
) -> None:
    """`_tokenize` remembers each word's lemma per spelling mode: a resume matched after others
    that held its words (in either mode, misspelt ones among them) gets the evidence a matcher
    that never saw them gives."""
    from dataclasses import replace

    from skill_lexicon import load_lexicon

    english = resume_from_sections(
        [
            ("skills", "Skills", "Model Evalaution, Calculs, LLMs, Kubernets"),
            ("experience", "Work", "Deployed models and trained CNNs"),
        ]
    )
    french = replace(english, parse=replace(english.parse, language="fr"))
    for resume in (english, french, english, french):
        builtin_matcher.match(resume)
    for resume in (french, english):
        fresh = SkillMatcher(load_lexicon(), build_pipeline())
        found = builtin_matcher.match(resume)
        assert found == fresh.match(resume)
        assert ("calculus" in found) == (resume is english)  # read as misspelt in English only


def test_the_section_lookup_of_list_items_answers_as_section_at() -> None:
    """Looked up once per stretch between section bounds, in any order, with sections nested,
    overlapping or leaving gaps: the same section as `ExtractedResume.section_at`."""
    import random
    from dataclasses import replace

    from analyzer.match.matcher import _SectionLookup
    from analyzer.types import Section

    resume = resume_from_sections([("skills", "Skills", "x" * 200)])
    sections = (
        Section("summary", "A", 5, 40, 1),
        Section("skills", "B", 40, 120, 1),
        Section("other", "C", 60, 80, 1),  # inside B
        Section("projects", "D", 100, 150, 1),  # overlaps B's end
        Section("education", "E", 170, 190, 1),  # after a gap
    )
    resume = replace(resume, sections=sections)
    lookup = _SectionLookup(resume)
    offsets = list(range(len(resume.text) + 1))
    for order in (offsets, offsets[::-1], random.Random(5).sample(offsets, len(offsets))):
        for offset in order:
            assert lookup(offset) is resume.section_at(offset), offset


@given(st.text(alphabet="\n\r a", max_size=16))
def test_only_lone_line_breaks_become_spaces(text: str) -> None:
    """A line break with another one just before or after it stays; every other becomes a space,
    and nothing moves."""
    from analyzer.match.matcher import _join_wrapped_lines

    joined = _join_wrapped_lines(text)
    assert len(joined) == len(text)
    for i, (was, now) in enumerate(zip(text, joined, strict=True)):
        lone = was == "\n" and text[i - 1 : i] != "\n" and text[i + 1 : i + 2] != "\n"
        assert now == (" " if lone else was)
