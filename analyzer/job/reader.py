"""Job description -> `JobTarget`: the same extraction and matching as a resume, read as a posting.

A posting goes through `analyzer.extract` (text, Markdown or PDF) and the lexicon's `SkillMatcher`
(the same spaCy pipeline and skills, plus the posting vocabulary's posting-only aliases). What
differs is the reading: which part of the posting each mention stands in (`sections`), at which
level it is asked or whether it is dropped (`levels`), and the facts beside the skills (`facts`).
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import os
import tempfile
from collections import defaultdict
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

from analyzer.config import AnalyzerConfig
from analyzer.errors import JobDescriptionError
from analyzer.extract import extract, extract_text
from analyzer.job.alternatives import Mention, groups
from analyzer.job.facts import TermFinder, seniority_words, years_stated
from analyzer.job.levels import AskedLevel, Clause, LevelReader, TextCues, strongest
from analyzer.job.record import (
    AnyOf,
    JobEvidence,
    JobSection,
    JobSource,
    JobTarget,
    Level,
    NotAsked,
    Requirement,
    SeniorityWord,
    UnlistedTerm,
    YearsAsked,
    is_saved_job,
    load_saved_job,
    saved_job_from_bytes,
)
from analyzer.job.sections import SectionReader, section_at
from analyzer.match import SkillMatcher
from analyzer.types import Evidence, ExtractedResume, Section, SectionKind
from analyzer.version import __version__
from skill_lexicon import Lexicon
from skill_lexicon.postings import ASKING_KINDS, PostingVocabulary

if TYPE_CHECKING:
    from spacy.language import Language

MIN_JOB_WORDS = 8
"""Fewer words than this cannot describe a job."""
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
FILE_SUFFIXES = (".pdf", ".docx", ".docm")
"""Postings read as files, not as text: PDF and Word."""
MAX_BYTES_PER_CHAR = 4
"""UTF-8 needs at most this many bytes a character: a text file this many times over the limit
in bytes is surely over it in characters."""
MAX_JOB_CHARS = 200_000
"""More characters than this are not one job description (long postings have 20,000); reading
is refused, which also bounds its time."""
CONTEXT_CHARS = 100
MATCHER_SECTION: Mapping[str, SectionKind] = {
    "requirements": "skills",
    "preferred": "skills",
    "duties": "experience",
    "intro": "summary",
    "about": "summary",
}
"""The resume section kind a posting part is matched as: context rules that accept a skills list
accept a requirements list."""

JobSourceInput = str | os.PathLike[str] | bytes


class JobReader:
    """Reads job descriptions against a lexicon. Build once (it compiles its own matcher with the
    posting-only aliases); `read()` is thread-safe."""

    def __init__(
        self,
        lexicon: Lexicon,
        nlp: Language | None = None,
        *,
        config: AnalyzerConfig | None = None,
        vocabulary: PostingVocabulary,
        read_file: Callable[[Path], ExtractedResume] | None = None,
        matching: Callable[[], AbstractContextManager[None]] | None = None,
    ) -> None:
        """`read_file` reads a posting file (default: `extract` within `config.limits` in this
        process; `Analyzer` passes its isolated reader); `matching` is entered around each match
        (`Analyzer` passes its lock and spaCy memory zone, shared with resume matching)."""
        self.config = config or AnalyzerConfig()
        self._read_file = read_file or functools.partial(
            extract, limits=self.config.limits, engine=self.config.engine
        )
        self._matching = matching or contextlib.nullcontext
        self.vocabulary = vocabulary
        self.lexicon = lexicon
        self._matcher = SkillMatcher(
            posting_lexicon(lexicon, self.vocabulary),
            nlp,
            fuzzy_threshold=self.config.fuzzy_threshold,
            fuzzy_sections=(),
        )
        self._sections = SectionReader(self.vocabulary)
        self._levels = LevelReader(self.vocabulary)
        self._terms = TermFinder(self.vocabulary)

    # ----------------------------------------------------------------------------------- input

    def read(self, source: JobSourceInput, *, name: str | None = None) -> JobTarget:
        """Read a posting: a path (.txt, .md, .pdf, or a saved target .json), the text itself, or
        its bytes (`name` says what they were called). Raises a `SkillgapError` subclass."""
        if isinstance(source, bytes):
            return self._read_bytes(source, name or "<bytes>")
        if isinstance(source, str) and _is_text(source):
            return self.read_text(source, name=name or "<text>")
        path = Path(source)
        if is_saved_job(path):
            return load_saved_job(path)
        if path.suffix.lower() in TEXT_SUFFIXES and path.is_file():
            _check_length(path.stat().st_size // MAX_BYTES_PER_CHAR, str(path))
        return self.read_extracted(self._read_file(path))

    def read_text(self, text: str, *, name: str = "<text>") -> JobTarget:
        _check_length(len(text), name)
        if not text.strip():
            raise JobDescriptionError("the job description is empty", path=name)
        return self.read_extracted(extract_text(text, name=name))

    def _read_bytes(self, data: bytes, name: str) -> JobTarget:
        if not data.strip():
            raise JobDescriptionError("the job description is empty", path=name)
        if data.lstrip()[:1] == b"{":
            return saved_job_from_bytes(data, name)
        if data.startswith((b"%PDF-", b"PK\x03\x04")) or name.lower().endswith(FILE_SUFFIXES):
            default = "job.pdf" if data.startswith(b"%PDF-") else "job.docx"
            with tempfile.TemporaryDirectory(prefix="skillgap-job-") as folder:
                path = Path(folder) / (Path(name).name or default)
                path.write_bytes(data)
                posting = self._read_file(path)
            return self.read_extracted(dataclasses.replace(posting, path=name))
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise JobDescriptionError(
                "is neither UTF-8 text, a PDF nor a Word file; save the job description as .txt, "
                ".md, .pdf or .docx",
                path=name,
            ) from None
        return self.read_text(text, name=name)

    # --------------------------------------------------------------------------------- reading

    def read_extracted(self, posting: ExtractedResume) -> JobTarget:
        """Read an already extracted posting."""
        text = posting.text
        _check_length(len(text), posting.path)
        if len(text.split()) < MIN_JOB_WORDS:
            raise JobDescriptionError(
                f"has {len(text.split())} word(s): too few to be a job description",
                path=posting.path,
            )
        styled = (
            {s.start for s in posting.sections if s.heading} if posting.media_type == "pdf" else ()
        )
        sections, title = self._sections.read(text, styled)
        matched = dataclasses.replace(
            posting,
            sections=tuple(
                Section(MATCHER_SECTION.get(s.kind, "other"), s.heading, s.start, s.end, 1)
                for s in sections
            ),
        )
        with self._matching():
            evidence = self._matcher.match(matched)
        cues = self._levels.read_text(text)
        fallback = not any(s.kind in ASKING_KINDS for s in sections)
        requirements, not_asked = self._requirements(evidence, sections, cues, fallback)
        unlisted = self._unlisted(text, sections, cues, fallback)
        return JobTarget(
            source=JobSource(posting.path, posting.sha256, posting.media_type),
            title=title,
            seniority=tuple(
                SeniorityWord(word, level)
                for word, level in seniority_words(title or "", self.vocabulary)
            ),
            years_asked=self._years(sections, cues, fallback),
            requirements=requirements,
            unlisted_terms=unlisted,
            not_asked=not_asked,
            sections=sections,
            lexicon_version=self.lexicon.version,
            analyzer_version=__version__,
            any_of=_alternatives(text, cues, requirements, unlisted),
        )

    def _requirements(
        self,
        evidence: Mapping[str, tuple[Evidence, ...]],
        sections: tuple[JobSection, ...],
        cues: TextCues,
        fallback: bool,
    ) -> tuple[tuple[Requirement, ...], tuple[NotAsked, ...]]:
        requirements: list[Requirement] = []
        not_asked: list[NotAsked] = []
        for skill_id, found in evidence.items():
            skill = self.lexicon.skills.get(skill_id)
            if skill is None:
                continue
            asked: list[tuple[AskedLevel, JobEvidence]] = []
            for e in found:
                if not e.accepted:
                    continue
                start, end = e.start, e.end
                section = section_at(sections, start)
                kind = section.kind if section else "intro"
                reading = cues.reading(start, end, kind, fallback=fallback)
                if reading.level is None:
                    not_asked.append(
                        NotAsked(skill.id, skill.name, e.text, start, kind, reading.reason)
                    )
                    continue
                asked.append(
                    (
                        reading.level,
                        JobEvidence(
                            text=e.text,
                            start=start,
                            end=end,
                            section=kind,
                            level="preferred" if reading.level == "preferred" else "required",
                            context=_context(cues.text, cues.clause_at(start)),
                            rule=e.rule,
                        ),
                    )
                )
            level = strongest(level for level, _ in asked)
            if level is not None:
                shown_first = sorted(
                    asked,
                    key=lambda item: (item[1].level != level, item[1].section == "duties"),
                )
                requirements.append(
                    Requirement(skill.id, skill.name, skill.group, level, _unique(shown_first))
                )
        order = {skill_id: i for i, skill_id in enumerate(self.lexicon.skills)}
        requirements.sort(key=lambda r: (r.level != "required", order.get(r.id, 0)))
        return tuple(requirements), tuple(sorted(not_asked, key=lambda n: n.start))

    def _unlisted(
        self, text: str, sections: tuple[JobSection, ...], cues: TextCues, fallback: bool
    ) -> tuple[UnlistedTerm, ...]:
        by_name: dict[str, list[tuple[AskedLevel, JobEvidence]]] = defaultdict(list)
        for hit in self._terms.find(text):
            section = section_at(sections, hit.start)
            kind = section.kind if section else "intro"
            reading = cues.reading(hit.start, hit.end, kind, fallback=fallback)
            if reading.level is None:
                continue
            by_name[hit.name].append(
                (
                    reading.level,
                    JobEvidence(
                        text=text[hit.start : hit.end],
                        start=hit.start,
                        end=hit.end,
                        section=kind,
                        level="preferred" if reading.level == "preferred" else "required",
                        context=_context(text, cues.clause_at(hit.start)),
                        rule=f"unlisted term {hit.name}",
                    ),
                )
            )
        terms = []
        for name, asked in by_name.items():
            level = strongest(level for level, _ in asked)
            if level is not None:
                terms.append(UnlistedTerm(name, level, _unique(asked)))
        terms.sort(key=lambda t: (t.level != "required", min(e.start for e in t.evidence)))
        return tuple(terms)

    def _years(
        self, sections: tuple[JobSection, ...], cues: TextCues, fallback: bool
    ) -> tuple[YearsAsked, ...]:
        found = []
        for years in years_stated(cues.text):
            section = section_at(sections, years.start)
            kind = section.kind if section else "intro"
            reading = cues.reading(years.start, years.end, kind, fallback=fallback)
            if reading.level is None:
                continue
            level: Level = "preferred" if reading.level == "preferred" else "required"
            found.append(
                YearsAsked(
                    minimum=years.minimum,
                    maximum=years.maximum,
                    text=_context(cues.text, cues.clause_at(years.start)),
                    start=years.start,
                    end=years.end,
                    section=kind,
                    level=level,
                )
            )
        return tuple(found)


def _alternatives(
    text: str,
    cues: TextCues,
    requirements: tuple[Requirement, ...],
    unlisted: tuple[UnlistedTerm, ...],
) -> tuple[AnyOf, ...]:
    """The groups of alternatives among the job's own mentions (not implied ones)."""
    term_names = {t.name for t in unlisted}
    mentions = [
        Mention(r.id, e.start, e.end)
        for r in requirements
        if r.group not in ("soft", "certification")
        for e in r.evidence
        if " implies " not in e.rule
    ]
    mentions += [Mention(t.name, e.start, e.end) for t in unlisted for e in t.evidence]
    first_of: dict[str, int] = {}
    for mention in mentions:
        first_of[mention.key] = min(first_of.get(mention.key, mention.start), mention.start)
    found = []
    for keys in groups(text, mentions):
        first = min(first_of[key] for key in keys)
        found.append(
            AnyOf(
                skills=tuple(k for k in keys if k not in term_names),
                terms=tuple(k for k in keys if k in term_names),
                text=_context(text, cues.clause_at(first)),
            )
        )
    return tuple(found)


def posting_lexicon(lexicon: Lexicon, vocabulary: PostingVocabulary) -> Lexicon:
    """The lexicon with the posting-only aliases, lemmas and exclusions of its skills, and without
    the resume's negation and wish cues (a posting's own cues are read by `levels`) or its hiring
    cues (a posting "hiring Kubernetes engineers" asks for Kubernetes)."""
    skills = dict(lexicon.skills)
    for skill_id, extras in vocabulary.skills.items():
        skill = skills.get(skill_id)
        if skill is None:  # a user lexicon without this skill
            continue
        skills[skill_id] = dataclasses.replace(
            skill,
            aliases=tuple(dict.fromkeys((*skill.aliases, *extras.aliases))),
            lemmas=tuple(dict.fromkeys((*skill.lemmas, *extras.lemmas))),
            exclusions=tuple(dict.fromkeys((*skill.exclusions, *extras.exclusions))),
        )
    return dataclasses.replace(
        lexicon,
        skills=skills,
        cues=dataclasses.replace(lexicon.cues, negation=(), wish=(), pending=(), hiring_verbs=()),
    )


def _check_length(chars: int, name: str) -> None:
    """JobDescriptionError (21) for more text than one job description has; checked before the
    work, so reading stays bounded in time and memory."""
    if chars > MAX_JOB_CHARS:
        raise JobDescriptionError(
            f"has {chars:,} characters or more: more than one job description "
            f"(the limit is {MAX_JOB_CHARS:,})",
            path=name,
        )


def _is_text(source: str) -> bool:
    """A string with a line break, or too long to be a path, is a job description's text."""
    return "\n" in source or len(source) > 1024


def _context(text: str, clause: Clause) -> str:
    snippet = " ".join(text[clause.start : clause.end].split())
    return snippet if len(snippet) <= 2 * CONTEXT_CHARS else snippet[: 2 * CONTEXT_CHARS] + "…"


def _unique(asked: list[tuple[AskedLevel, JobEvidence]]) -> tuple[JobEvidence, ...]:
    """Evidence without repeats of the same clause (postings duplicate paragraphs)."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for _, evidence in asked:
        key = (evidence.context, evidence.text.lower())
        if key not in seen:
            seen.add(key)
            kept.append(evidence)
    return tuple(kept)
