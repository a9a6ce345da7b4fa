"""The posting vocabulary: how skillgap reads job descriptions, as data (`data/postings/*.toml`).

Section headings of postings (about us, duties, requirements, preferred, benefits), the cues that
make an item preferred, required or negated, posting-only aliases of lexicon skills, technical
terms no lexicon skill covers, seniority words, and the seed's experience levels with their salary
bands. Its structure is the records below, checked and built by `skill_lexicon.structure` like
the skill lexicon's; every problem is reported with file:line, all at once.

    >>> from skill_lexicon.postings import load_postings
    >>> vocabulary = load_postings()                 # the built-in file, loaded once
    >>> vocabulary.level_for_years(4).id
    'mid'
"""

from __future__ import annotations

import functools
import itertools
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal, get_args

from skill_lexicon.loader import builtin_folder, parse_toml
from skill_lexicon.problems import LexiconError, Problem, SourceText, problems_at
from skill_lexicon.structure import Checker, KeyPath, build, choose, spec_of, suggest

PostingSectionKind = Literal[
    "header", "intro", "about", "duties", "requirements", "preferred", "benefits", "process"
]
"""Parts of a posting. `header` is an aggregator's title block; `intro` is text under no heading or
under a neutral one ("Description"); `process` is how to apply, interviews and legal notices."""
HeadingKind = Literal[
    "preferred", "benefits", "process", "about", "requirements", "duties", "intro"
]
HEADING_KINDS: tuple[HeadingKind, ...] = get_args(HeadingKind)
ASKING_KINDS: frozenset[PostingSectionKind] = frozenset({"duties", "requirements", "preferred"})
"""Sections whose items the job asks of the candidate."""
LEVEL_IDS = ("entry", "mid", "senior")
MAX_CUE_WINDOW = 50

BUILTIN_FILE = "postings.toml"


@dataclass(frozen=True, slots=True)
class Headings:
    """Phrases that name each kind of section; `order` says which kind wins when several occur."""

    order: tuple[HeadingKind, ...]
    preferred: tuple[str, ...]
    benefits: tuple[str, ...]
    process: tuple[str, ...]
    about: tuple[str, ...]
    requirements: tuple[str, ...]
    duties: tuple[str, ...]
    intro: tuple[str, ...]
    about_prefixes: tuple[str, ...] = ()
    filler: tuple[str, ...] = ()

    def phrases(self, kind: str) -> tuple[str, ...]:
        return tuple(getattr(self, kind))


@dataclass(frozen=True, slots=True)
class Cues:
    """Phrases that set the level of what stands within `window` words of them, or drop it."""

    window: int
    preferred_before: tuple[str, ...]
    preferred_after: tuple[str, ...]
    choice: tuple[str, ...]
    required: tuple[str, ...]
    negation_before: tuple[str, ...]
    negation_after: tuple[str, ...]
    company: tuple[str, ...]
    candidate: tuple[str, ...]
    required_in_parentheses: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SkillExtras:
    """Posting-only phrases of a lexicon skill."""

    aliases: tuple[str, ...] = ()
    lemmas: tuple[str, ...] = ()
    exclusions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class UnlistedTerm:
    """A technical term postings ask for that no lexicon skill covers."""

    name: str
    aliases: tuple[str, ...]
    case_sensitive: bool = False
    list_context: bool = True
    """With `case_sensitive`: count the term only where it reads as a name (in a list, after a
    preposition), not as an ordinary word that starts a sentence ("Go beyond")."""


@dataclass(frozen=True, slots=True)
class Seniority:
    intern: tuple[str, ...]
    entry: tuple[str, ...]
    mid: tuple[str, ...]
    senior: tuple[str, ...]

    def words(self) -> Iterable[tuple[str, str]]:
        """(word, seniority) pairs."""
        for level in ("intern", "entry", "mid", "senior"):
            for word in getattr(self, level):
                yield word, level


@dataclass(frozen=True, slots=True)
class ExperienceLevel:
    id: str
    """entry, mid or senior."""
    name: str
    min_years: int
    salary_band: str
    max_years: int | None = None


@dataclass(frozen=True, slots=True)
class SalarySource:
    region: str
    year: int
    source: str


@dataclass(frozen=True, slots=True)
class PostingVocabulary:
    version: str
    headings: Headings
    cues: Cues
    seniority: Seniority
    levels: tuple[ExperienceLevel, ...]
    salary_source: SalarySource
    skills: Mapping[str, SkillExtras] = field(default_factory=lambda: MappingProxyType({}))
    unlisted: tuple[UnlistedTerm, ...] = ()

    def level_for_years(self, years: float) -> ExperienceLevel:
        """The experience level whose whole-year range holds `years` (2.5 years is entry: 0-2
        whole years; 3.0 is mid)."""
        whole = int(years)
        for level in self.levels:
            if whole >= level.min_years and (level.max_years is None or whole <= level.max_years):
                return level
        return self.levels[0]


# ------------------------------------------------------------------------------------ checking

TOP = spec_of(PostingVocabulary, exclude=())
HEADINGS = spec_of(Headings, exclude=())
CUES = spec_of(Cues, exclude=())
SKILL_EXTRAS = spec_of(SkillExtras, exclude=())
UNLISTED = spec_of(UnlistedTerm, exclude=())
SENIORITY = spec_of(Seniority, exclude=())
LEVEL = spec_of(ExperienceLevel, exclude=())
SALARY_SOURCE = spec_of(SalarySource, exclude=())


class _PostingChecker(Checker):
    """The structure from the records, and what no type says: phrases in lower case, every
    heading kind ordered once, levels contiguous, skill ids the lexicon knows."""

    def __init__(self, data: Mapping[str, Any], skill_ids: Iterable[str] | None) -> None:
        super().__init__()
        self.data = data
        self.skill_ids = None if skill_ids is None else set(skill_ids)

    def run(self) -> None:
        top = self.fields(self.data, TOP, ())
        self.version(top)
        headings = self.table(top, "headings", HEADINGS)
        for key in (*HEADING_KINDS, "about_prefixes", "filler"):
            self.phrases(("headings", key), headings.get(key, []))
        order = headings.get("order")
        if order is not None and sorted(order) != sorted(HEADING_KINDS):
            kinds = ", ".join(HEADING_KINDS)
            self.add(("headings", "order"), f"must name each of {kinds} exactly once")
        cues = self.table(top, "cues", CUES)
        for key in set(CUES) - {"window"}:
            self.phrases(("cues", key), cues.get(key, []))
        if "window" in cues:
            self.at_least(("cues", "window"), cues["window"])
            if cues["window"] > MAX_CUE_WINDOW:
                self.add(("cues", "window"), f"must be at most {MAX_CUE_WINDOW}")
        for skill_id, table in self.entries(top.get("skills"), ("skills",)).items():
            self.skill(skill_id, table)
        for i, term in enumerate(self.tables(top.get("unlisted", []), UNLISTED, ("unlisted",))):
            if "aliases" in term and not term["aliases"]:
                self.add(("unlisted", i, "aliases"), "a term needs at least one alias")
        seniority = self.table(top, "seniority", SENIORITY)
        for key in SENIORITY:
            self.phrases(("seniority", key), seniority.get(key, []))
        self.levels(top.get("levels"))
        self.table(top, "salary_source", SALARY_SOURCE)

    def skill(self, skill_id: str, table: Mapping[str, Any]) -> None:
        path: KeyPath = ("skills", skill_id)
        if self.skill_ids is not None and skill_id not in self.skill_ids:
            self.add(path, f"unknown skill id {skill_id!r}{suggest(skill_id, self.skill_ids)}")
        extras = self.fields(table, SKILL_EXTRAS, path)
        for key in SKILL_EXTRAS:
            self.phrases((*path, key), extras.get(key, []))

    def levels(self, items: list[dict[str, Any]] | None) -> None:
        """Levels are contiguous, in order, the last open-ended."""
        if items is None:
            return
        if not items:
            self.add(("levels",), "at least one experience level is needed")
        levels = self.tables(items, LEVEL, ("levels",))
        for i, level in enumerate(levels):
            if "id" in level and level["id"] not in LEVEL_IDS:
                self.add(("levels", i, "id"), choose("level", level["id"], LEVEL_IDS))
            if level.get("min_years", 0) < 0:
                self.add(("levels", i, "min_years"), "must be at least 0")
        for i, (before, after) in enumerate(itertools.pairwise(levels), start=1):
            last = before.get("max_years")
            if last is None or after.get("min_years") != last + 1:
                self.add(
                    ("levels", i, "min_years"),
                    f"level {after.get('id')!r} must start the year after {before.get('id')!r} "
                    f"ends ({last}); levels are contiguous, in order, the last open-ended",
                )
        if levels and levels[-1].get("max_years") is not None:
            last_level = ("levels", len(levels) - 1, "max_years")
            self.add(last_level, f"the last level ({levels[-1].get('id')!r}) must have none")


# ------------------------------------------------------------------------------------- loading


def is_posting_vocabulary(path: str | Path) -> bool:
    """True when `path` is a posting vocabulary file (it has `[headings]`), not a skill lexicon:
    `skillgap lexicon validate` checks either."""
    file = Path(path)
    if not file.is_file():
        return False
    try:
        return "headings" in tomllib.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False  # the lexicon validator reports what is wrong with it


def validate_postings(
    path: str | Path | None = None, skill_ids: Iterable[str] | None = None
) -> list[Problem]:
    """Every problem of a posting vocabulary file (the built-in one by default), sorted by line.
    With `skill_ids`, `[skills.<id>]` tables must name one of them."""
    return _checked(path, skill_ids)[1]


def load_postings(path: str | Path | None = None) -> PostingVocabulary:
    """The posting vocabulary (built-in by default, read once); `LexiconError` (exit code 11)
    lists every problem with file:line."""
    if path is None:
        return _builtin()
    return _load(path)


@functools.cache
def _builtin() -> PostingVocabulary:
    return _load(None)


def _load(path: str | Path | None) -> PostingVocabulary:
    (name, data), problems = _checked(path, None)
    if problems:
        message = f"invalid posting vocabulary: {len(problems)} problem(s)"
        raise LexiconError(message, [str(p) for p in problems], path=name)
    return build(PostingVocabulary, data)


def _checked(
    path: str | Path | None, skill_ids: Iterable[str] | None
) -> tuple[tuple[str, dict[str, Any]], list[Problem]]:
    """(file name, parsed data) and every problem of the file."""
    file = Path(path) if path is not None else builtin_folder("postings") / BUILTIN_FILE
    name = str(file)
    text, data, problems = parse_toml(file)
    if problems:
        return (name, data), problems
    checker = _PostingChecker(data, skill_ids)
    checker.run()
    return (name, data), problems_at([SourceText(name, text)], checker.found, name)
