"""What a job description asks for, as frozen records: `JobTarget` and its parts.

`JobTarget.to_dict()` is what `skillgap job --format json` prints; `JobTarget.from_dict()` reads
it back (a saved target can be given to `skillgap analyze --job`), refusing anything else with
`SavedJobError` (exit 22) that names the key at fault.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from analyzer.errors import InputNotFoundError, SavedJobError
from analyzer.types import SCHEMA_VERSION, PlainValueError, from_plain, to_plain

Level = Literal["required", "preferred"]
LEVELS: tuple[Level, ...] = ("required", "preferred")
JOB_KIND = "skillgap-job"
"""The `kind` of a saved job target, so a report or another JSON file is not taken for one."""


@dataclass(frozen=True, slots=True)
class JobSection:
    """A part of the posting: `text[start:end]` under `heading`, of one kind (see
    `skill_lexicon.postings.PostingSectionKind`)."""

    kind: str
    heading: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class JobEvidence:
    """Where the posting asks for something: the matched words, their place, and the clause."""

    text: str
    start: int
    end: int
    section: str
    level: Level
    context: str
    rule: str = ""


@dataclass(frozen=True, slots=True)
class Requirement:
    """One lexicon skill the job asks for, at the strongest level it is asked."""

    id: str
    name: str
    group: str
    level: Level
    evidence: tuple[JobEvidence, ...]


@dataclass(frozen=True, slots=True)
class UnlistedTerm:
    """A technical term the job asks for that no lexicon skill covers (Java, Terraform, Excel)."""

    name: str
    level: Level
    evidence: tuple[JobEvidence, ...]


@dataclass(frozen=True, slots=True)
class AnyOf:
    """Alternatives the job accepts, any one of which will do: lexicon skill ids and unlisted
    terms ("Python or Go": skills ("python",), terms ("Go",))."""

    skills: tuple[str, ...]
    terms: tuple[str, ...]
    text: str
    """The clause that offers them."""


@dataclass(frozen=True, slots=True)
class NotAsked:
    """A skill the posting names without asking for it, and why (the company's own stack, a perk,
    a negation): shown so nothing is dropped silently."""

    id: str
    name: str
    text: str
    start: int
    section: str
    reason: str


@dataclass(frozen=True, slots=True)
class YearsAsked:
    """Years of experience the posting states: "3+ years" (minimum 3), "less than 2 years"
    (maximum 2), "3-5 years" (both)."""

    minimum: float | None
    maximum: float | None
    text: str
    start: int
    end: int
    section: str
    level: Level


@dataclass(frozen=True, slots=True)
class SeniorityWord:
    """A seniority word of the title ("Senior", "Junior", "Staff") and the level it says."""

    word: str
    level: str


@dataclass(frozen=True, slots=True)
class JobSource:
    path: str
    sha256: str
    media_type: str


@dataclass(frozen=True, slots=True)
class JobTarget:
    """What one job description asks for. Build it with `Analyzer.read_job()`."""

    source: JobSource
    title: str | None
    seniority: tuple[SeniorityWord, ...]
    years_asked: tuple[YearsAsked, ...]
    requirements: tuple[Requirement, ...]
    unlisted_terms: tuple[UnlistedTerm, ...]
    not_asked: tuple[NotAsked, ...]
    sections: tuple[JobSection, ...]
    lexicon_version: str
    analyzer_version: str
    schema_version: str = SCHEMA_VERSION
    kind: str = JOB_KIND
    any_of: tuple[AnyOf, ...] = ()
    """Groups of alternatives ("AWS, GCP or Azure"): showing one member meets the others."""

    def alternatives(self, skill_id: str) -> tuple[AnyOf, ...]:
        """The groups that offer `skill_id` as one of several alternatives."""
        return tuple(group for group in self.any_of if skill_id in group.skills)

    @property
    def years_required(self) -> float | None:
        """The most years any required statement asks as a minimum (else any statement)."""
        for levels in (("required",), LEVELS):
            minimums = [y.minimum for y in self.years_asked if y.level in levels and y.minimum]
            if minimums:
                return max(minimums)
        return None

    def requirement(self, skill_id: str) -> Requirement:
        """The requirement for `skill_id`; KeyError names those there are."""
        for r in self.requirements:
            if r.id == skill_id:
                return r
        raise KeyError(f"the job does not ask for {skill_id!r}; it asks for {self.skill_ids}")

    @property
    def skill_ids(self) -> tuple[str, ...]:
        return tuple(r.id for r in self.requirements)

    def required_ids(self) -> tuple[str, ...]:
        return tuple(r.id for r in self.requirements if r.level == "required")

    def to_dict(self) -> dict[str, Any]:
        plain: dict[str, Any] = to_plain(self)
        ordered = {
            "kind": plain.pop("kind"),
            "schema_version": plain.pop("schema_version"),
            "analyzer_version": plain.pop("analyzer_version"),
        }
        ordered.update(plain)
        ordered["years_required"] = self.years_required
        return ordered

    def to_json(self, *, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: Any, *, path: str | None = None) -> JobTarget:
        """Read a saved target (`skillgap job --format json`); SavedJobError names the key at
        fault."""
        if not isinstance(data, Mapping) or data.get("kind") != JOB_KIND:
            raise SavedJobError(
                f"not a saved skillgap job (its 'kind' is not {JOB_KIND!r})", path=path
            )
        version = data.get("schema_version")
        if not isinstance(version, str) or version.split(".")[0] != SCHEMA_VERSION.split(".")[0]:
            raise SavedJobError(
                f"schema_version: {version!r} is not readable by {SCHEMA_VERSION}", path=path
            )
        try:
            return from_plain(cls, data)
        except PlainValueError as error:
            raise SavedJobError(str(error), path=path) from None


def is_saved_job(path: Path) -> bool:
    """True when `path` names a saved target (`skillgap job --format json`), not a posting."""
    return path.suffix.lower() == ".json"


def load_saved_job(path: Path) -> JobTarget:
    """A target saved by `skillgap job --format json`; SavedJobError (22) when it is not one."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputNotFoundError("no such file", path=str(path)) from None
    except OSError as error:
        raise SavedJobError(f"cannot be read ({error.strerror})", path=str(path)) from None
    return saved_job_from_bytes(data, str(path))


def saved_job_from_bytes(data: bytes, name: str) -> JobTarget:
    """A saved target's bytes (`name` says what they were called); SavedJobError (22) when they
    are not one."""
    try:
        parsed = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise SavedJobError(f"is not valid JSON ({error})", path=name) from None
    if isinstance(parsed, dict) and parsed.get("kind") != JOB_KIND and "requirements" not in parsed:
        raise SavedJobError(
            "is JSON but not a saved job (make one with `skillgap job JOB --format json`)",
            path=name,
        )
    return JobTarget.from_dict(parsed, path=name)
