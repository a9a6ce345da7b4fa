"""The posting vocabulary: how skillgap reads job descriptions, as data (`data/postings/*.toml`).

Section headings of postings (about us, duties, requirements, preferred, benefits), the cues that
make an item preferred, required or negated, posting-only aliases of lexicon skills, technical
terms no lexicon skill covers, seniority words, and the seed's experience levels with their salary
bands. Validated by pydantic models; every problem is reported with file:line, all at once.

    >>> from skill_lexicon.postings import load_postings
    >>> vocabulary = load_postings()                 # the built-in file, loaded once
    >>> vocabulary.level_for_years(4).id
    'mid'

Self-contained on purpose: it shares no code with the skill lexicon's loader, so either can change
without the other.
"""

from __future__ import annotations

import functools
import itertools
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

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

BUILTIN_FILE = "postings.toml"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _phrases(values: list[str]) -> list[str]:
    for value in values:
        if not value.strip():
            raise ValueError("empty phrase")
        if value != value.lower():
            raise ValueError(f"{value!r} must be lower case (phrases match lower-cased text)")
    return values


class Headings(_Strict):
    """Phrases that name each kind of section; `order` says which kind wins when several occur."""

    order: list[HeadingKind]
    preferred: list[str]
    benefits: list[str]
    process: list[str]
    about: list[str]
    requirements: list[str]
    duties: list[str]
    intro: list[str]
    about_prefixes: list[str] = []
    filler: list[str] = []

    _check = field_validator(*HEADING_KINDS, "about_prefixes", "filler")(_phrases)

    @field_validator("order")
    @classmethod
    def _every_kind_once(cls, order: list[str]) -> list[str]:
        if sorted(order) != sorted(HEADING_KINDS):
            raise ValueError(f"must name each of {', '.join(HEADING_KINDS)} exactly once")
        return order

    def phrases(self, kind: str) -> tuple[str, ...]:
        return tuple(getattr(self, kind))


class Cues(_Strict):
    window: int = Field(ge=1, le=50)
    preferred_before: list[str]
    preferred_after: list[str]
    choice: list[str]
    required: list[str]
    required_in_parentheses: list[str] = []
    negation_before: list[str]
    negation_after: list[str]
    company: list[str]
    candidate: list[str]

    _check = field_validator(
        "preferred_before",
        "preferred_after",
        "choice",
        "required",
        "required_in_parentheses",
        "negation_before",
        "negation_after",
        "company",
        "candidate",
    )(_phrases)


class SkillExtras(_Strict):
    """Posting-only phrases of a lexicon skill."""

    aliases: list[str] = []
    lemmas: list[str] = []
    exclusions: list[str] = []

    _check = field_validator("aliases", "lemmas", "exclusions")(_phrases)


class UnlistedTerm(_Strict):
    """A technical term postings ask for that no lexicon skill covers."""

    name: str = Field(min_length=1)
    aliases: list[str] = Field(min_length=1)
    case_sensitive: bool = False
    list_context: bool = True
    """With `case_sensitive`: count the term only where it reads as a name (in a list, after a
    preposition), not as an ordinary word that starts a sentence ("Go beyond")."""


class Seniority(_Strict):
    intern: list[str]
    entry: list[str]
    mid: list[str]
    senior: list[str]

    _check = field_validator("intern", "entry", "mid", "senior")(_phrases)

    def words(self) -> Iterable[tuple[str, str]]:
        """(word, seniority) pairs."""
        for level in ("intern", "entry", "mid", "senior"):
            for word in getattr(self, level):
                yield word, level


class ExperienceLevel(_Strict):
    id: Literal["entry", "mid", "senior"]
    name: str
    min_years: int = Field(ge=0)
    max_years: int | None = None
    salary_band: str


class SalarySource(_Strict):
    region: str
    year: int
    source: str


class PostingVocabulary(_Strict):
    version: str = Field(pattern=r"^\d+\.\d+\.\d+$")
    headings: Headings
    cues: Cues
    skills: dict[str, SkillExtras] = {}
    unlisted: list[UnlistedTerm] = []
    seniority: Seniority
    levels: list[ExperienceLevel] = Field(min_length=1)
    salary_source: SalarySource

    @field_validator("levels")
    @classmethod
    def _levels_in_order(cls, levels: list[ExperienceLevel]) -> list[ExperienceLevel]:
        for before, after in itertools.pairwise(levels):
            if before.max_years is None or after.min_years != before.max_years + 1:
                raise ValueError(
                    f"level {after.id!r} must start the year after {before.id!r} ends "
                    f"({before.max_years}); levels are contiguous, in order, the last open-ended"
                )
        if levels and levels[-1].max_years is not None:
            raise ValueError(f"the last level ({levels[-1].id!r}) must have no max_years")
        return levels

    def level_for_years(self, years: float) -> ExperienceLevel:
        """The experience level whose whole-year range holds `years` (2.5 years is entry: 0-2
        whole years; 3.0 is mid)."""
        whole = int(years)
        for level in self.levels:
            if whole >= level.min_years and (level.max_years is None or whole <= level.max_years):
                return level
        return self.levels[0]


# ------------------------------------------------------------------------------------ problems


@dataclass(frozen=True, slots=True)
class PostingProblem:
    """One thing wrong with a posting vocabulary file, and where."""

    file: str
    line: int | None
    key_path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return (
            f"{where}: {self.key_path}: {self.message}"
            if self.key_path
            else f"{where}: {self.message}"
        )


class PostingVocabularyError(ValueError):
    """The posting vocabulary file is invalid; `problems` lists every problem with file:line."""

    def __init__(self, path: str, problems: Sequence[PostingProblem]) -> None:
        self.path = path
        self.problems = tuple(problems)
        detail = "".join(f"\n  {p}" for p in self.problems)
        super().__init__(f"{path}: invalid posting vocabulary{detail}")


_TABLE = re.compile(r"^\s*(\[\[?)\s*([^\[\]]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_-]+|\"[^\"]*\")\s*=")


def _key_lines(text: str) -> dict[tuple[str | int, ...], int]:
    """Key path -> line (1-based) of every table header and key in a TOML text.

    Array-of-tables entries are numbered in the order they appear (`("unlisted", 2, "name")`).
    Good enough to point a person at a line of a hand-written file; tomllib gives no positions.
    """
    lines: dict[tuple[str | int, ...], int] = {}
    counts: dict[tuple[str, ...], int] = {}
    table: tuple[str | int, ...] = ()
    for number, line in enumerate(text.splitlines(), start=1):
        header = _TABLE.match(line)
        if header:
            names = tuple(part.strip().strip('"') for part in header.group(2).split("."))
            if header.group(1) == "[[":
                index = counts.get(names, 0)
                counts[names] = index + 1
                table = (*names, index)
            else:
                table = names
            lines.setdefault(table, number)
            continue
        key = _KEY.match(line)
        if key:
            lines.setdefault((*table, key.group(1).strip('"')), number)
    return lines


def _locate(lines: Mapping[tuple[str | int, ...], int], loc: Sequence[str | int]) -> int | None:
    for length in range(len(loc), 0, -1):
        found = lines.get(tuple(loc[:length]))
        if found is not None:
            return found
    return None


def _problems_of(path: str, text: str) -> tuple[PostingVocabulary | None, list[PostingProblem]]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        match = re.search(r"line (\d+)", str(error))
        return None, [PostingProblem(path, int(match.group(1)) if match else None, "", str(error))]
    try:
        return PostingVocabulary.model_validate(data), []
    except ValidationError as error:
        lines = _key_lines(text)
        problems = []
        for item in error.errors():
            loc = tuple(item["loc"])
            dotted = ".".join(f"[{p}]" if isinstance(p, int) else str(p) for p in loc)
            problems.append(
                PostingProblem(path, _locate(lines, loc), dotted.replace(".[", "["), item["msg"])
            )
        return None, problems


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
) -> list[PostingProblem]:
    """Every problem of a posting vocabulary file (the built-in one by default). With `skill_ids`,
    `[skills.<id>]` tables must name one of them."""
    name, text = _read(path)
    vocabulary, problems = _problems_of(name, text)
    if vocabulary is not None and skill_ids is not None:
        known = set(skill_ids)
        lines = _key_lines(text)
        problems += [
            PostingProblem(
                name, _locate(lines, ("skills", skill_id)), f"skills.{skill_id}", "unknown skill id"
            )
            for skill_id in vocabulary.skills
            if skill_id not in known
        ]
    return problems


def _read(path: str | Path | None) -> tuple[str, str]:
    if path is None:
        source = resources.files("skill_lexicon") / "data" / "postings" / BUILTIN_FILE
        return f"skill_lexicon/data/postings/{BUILTIN_FILE}", source.read_text(encoding="utf-8")
    try:
        return str(path), Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise PostingVocabularyError(
            str(path), [PostingProblem(str(path), None, "", f"cannot be read: {error}")]
        ) from None


def load_postings(path: str | Path | None = None) -> PostingVocabulary:
    """The posting vocabulary (built-in by default, read once); `PostingVocabularyError` lists
    every problem."""
    if path is None:
        return _builtin()
    return _load(path)


@functools.cache
def _builtin() -> PostingVocabulary:
    return _load(None)


def _load(path: str | Path | None) -> PostingVocabulary:
    name, text = _read(path)
    vocabulary, problems = _problems_of(name, text)
    if vocabulary is None:
        raise PostingVocabularyError(name, problems)
    return vocabulary
