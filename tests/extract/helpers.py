"""Checks every extracted resume must pass, whatever its input: offsets are the contract."""

from __future__ import annotations

import itertools

from analyzer.types import SECTION_KINDS, ExtractedResume


def assert_consistent(resume: ExtractedResume) -> None:
    """Pages and sections tile the text, and every section starts with its heading line."""
    text = resume.text
    assert resume.pages, "a resume has at least one page"
    assert resume.pages[0].start == 0
    assert resume.pages[-1].end == len(text)
    for page, next_page in itertools.pairwise(resume.pages):
        assert text[page.end : next_page.start] == "\n\n"
    assert [p.number for p in resume.pages] == list(range(1, len(resume.pages) + 1))
    assert len(resume.parse.pages) == len(resume.pages)
    for span, stats in zip(resume.pages, resume.parse.pages, strict=True):
        assert stats.chars == span.end - span.start
    sections = resume.sections
    assert sections, "every resume has at least one section"
    assert sections[0].start == 0
    assert sections[-1].end == len(text)
    for section, next_section in itertools.pairwise(sections):
        assert section.end == next_section.start, "sections are contiguous"
    for section in sections:
        assert section.kind in SECTION_KINDS
        assert section.start < section.end or section.start == section.end == len(text)
        assert _opens_with(text[section.start : section.end], section.heading)
        assert resume.page_at(section.start) == section.page


def _opens_with(section_text: str, heading: str) -> bool:
    """Whether a section's text opens with its heading: as written, or as a title wrapped over the
    first rows of a margin, each row's words before its tab ("SKILLS &" over "INTERESTS")."""
    rows = section_text.split("\n")
    margins = [row.split("\t", 1)[0].strip() for row in rows[:3] if "\t" in row]
    return section_text.startswith(heading) or any(
        " ".join(margins[:count]) == heading for count in range(2, len(margins) + 1)
    )


def kinds(resume: ExtractedResume) -> list[str]:
    return [s.kind for s in resume.sections]


def headed(resume: ExtractedResume) -> dict[str, str]:
    """Heading (upper-cased) -> kind, for sections that have a heading."""
    return {s.heading.upper(): s.kind for s in resume.sections if s.heading}


def section_text(resume: ExtractedResume, heading: str) -> str:
    """The text of the section whose heading is `heading` (case-insensitive)."""
    for s in resume.sections:
        if s.heading.upper() == heading.upper():
            return resume.text[s.start : s.end]
    raise AssertionError(f"no section {heading!r} in {[s.heading for s in resume.sections]}")
