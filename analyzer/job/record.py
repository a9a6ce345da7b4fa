"""What a job description asks for, as frozen records: `JobTarget` and its parts.

`JobTarget.to_dict()` is what `skillgap job --format json` prints; `JobTarget.from_dict()` reads
it back (a saved target can be given to `skillgap analyze --job`), refusing anything else with
`SavedJobError` (exit 22) that names the key at fault.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal, TypeVar, cast

from analyzer.errors import SavedJobError
from analyzer.types import SCHEMA_VERSION, to_plain

Level = Literal["required", "preferred"]
LEVELS: tuple[Level, ...] = ("required", "preferred")
JOB_KIND = "skillgap-job"
"""The `kind` of a saved job target, so a report or another JSON file is not taken for one."""

T = TypeVar("T")


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
        """Read a saved target (`skillgap job --format json`); SavedJobError says what is wrong."""
        reader = _Reader(path)
        top = reader.mapping(data, "")
        if top.get("kind") != JOB_KIND:
            reader.fail("", f"not a saved skillgap job (its 'kind' is not {JOB_KIND!r})")
        version = reader.text(top, "schema_version")
        if version.split(".")[0] != SCHEMA_VERSION.split(".")[0]:
            reader.fail("schema_version", f"{version!r} is not readable by {SCHEMA_VERSION}")
        source = reader.mapping(top.get("source"), "source")
        return cls(
            source=JobSource(
                reader.text(source, "path", "source."),
                reader.text(source, "sha256", "source."),
                reader.text(source, "media_type", "source."),
            ),
            title=reader.optional_text(top, "title"),
            seniority=reader.items(
                top,
                "seniority",
                lambda d, p: SeniorityWord(reader.text(d, "word", p), reader.text(d, "level", p)),
            ),
            years_asked=reader.items(top, "years_asked", reader.years),
            requirements=reader.items(top, "requirements", reader.requirement),
            unlisted_terms=reader.items(top, "unlisted_terms", reader.unlisted),
            not_asked=reader.items(top, "not_asked", reader.not_asked),
            sections=reader.items(
                top,
                "sections",
                lambda d, p: JobSection(
                    reader.text(d, "kind", p),
                    reader.text(d, "heading", p),
                    reader.integer(d, "start", p),
                    reader.integer(d, "end", p),
                ),
            ),
            lexicon_version=reader.text(top, "lexicon_version"),
            analyzer_version=reader.text(top, "analyzer_version"),
            schema_version=version,
            any_of=reader.items(top, "any_of", reader.any_of),
        )


class _Reader:
    """Typed access to a saved target's JSON, failing with the key path."""

    def __init__(self, path: str | None) -> None:
        self.path = path

    def fail(self, key: str, message: str) -> None:
        where = f"{key}: " if key else ""
        raise SavedJobError(f"{where}{message}", path=self.path)

    def mapping(self, value: Any, key: str) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            self.fail(key, "must be a JSON object")
        return cast(Mapping[str, Any], value)

    def text(self, data: Mapping[str, Any], key: str, prefix: str = "") -> str:
        value = data.get(key)
        if not isinstance(value, str):
            self.fail(prefix + key, "must be a string")
        return cast(str, value)

    def optional_text(self, data: Mapping[str, Any], key: str, prefix: str = "") -> str | None:
        return None if data.get(key) is None else self.text(data, key, prefix)

    def integer(self, data: Mapping[str, Any], key: str, prefix: str = "") -> int:
        value = data.get(key)
        if not isinstance(value, int) or isinstance(value, bool):
            self.fail(prefix + key, "must be an integer")
        return cast(int, value)

    def number(self, data: Mapping[str, Any], key: str, prefix: str) -> float | None:
        value = data.get(key)
        if value is None:
            return None
        if not isinstance(value, int | float) or isinstance(value, bool):
            self.fail(prefix + key, "must be a number or null")
        return float(value)

    def level(self, data: Mapping[str, Any], prefix: str) -> Level:
        value = self.text(data, "level", prefix)
        if value not in LEVELS:
            self.fail(prefix + "level", f"{value!r} is not one of {', '.join(LEVELS)}")
        return cast(Level, value)

    def items(
        self, data: Mapping[str, Any], key: str, build: Callable[[Mapping[str, Any], str], T]
    ) -> tuple[T, ...]:
        values = data.get(key, [])
        if not isinstance(values, list):
            self.fail(key, "must be a JSON array")
        return tuple(
            build(self.mapping(value, f"{key}[{i}]"), f"{key}[{i}].")
            for i, value in enumerate(values)
        )

    def evidence(self, data: Mapping[str, Any], prefix: str) -> JobEvidence:
        return JobEvidence(
            text=self.text(data, "text", prefix),
            start=self.integer(data, "start", prefix),
            end=self.integer(data, "end", prefix),
            section=self.text(data, "section", prefix),
            level=self.level(data, prefix),
            context=self.text(data, "context", prefix),
            rule=str(data.get("rule", "")),
        )

    def requirement(self, data: Mapping[str, Any], prefix: str) -> Requirement:
        return Requirement(
            id=self.text(data, "id", prefix),
            name=self.text(data, "name", prefix),
            group=self.text(data, "group", prefix),
            level=self.level(data, prefix),
            evidence=self._evidence_list(data, prefix),
        )

    def unlisted(self, data: Mapping[str, Any], prefix: str) -> UnlistedTerm:
        return UnlistedTerm(
            name=self.text(data, "name", prefix),
            level=self.level(data, prefix),
            evidence=self._evidence_list(data, prefix),
        )

    def _evidence_list(self, data: Mapping[str, Any], prefix: str) -> tuple[JobEvidence, ...]:
        values = data.get("evidence", [])
        if not isinstance(values, list):
            self.fail(prefix + "evidence", "must be a JSON array")
        return tuple(
            self.evidence(self.mapping(v, f"{prefix}evidence[{i}]"), f"{prefix}evidence[{i}].")
            for i, v in enumerate(values)
        )

    def strings(self, data: Mapping[str, Any], key: str, prefix: str) -> tuple[str, ...]:
        values = data.get(key, [])
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            self.fail(prefix + key, "must be a JSON array of strings")
        return tuple(values)

    def any_of(self, data: Mapping[str, Any], prefix: str) -> AnyOf:
        return AnyOf(
            skills=self.strings(data, "skills", prefix),
            terms=self.strings(data, "terms", prefix),
            text=self.text(data, "text", prefix),
        )

    def not_asked(self, data: Mapping[str, Any], prefix: str) -> NotAsked:
        return NotAsked(
            id=self.text(data, "id", prefix),
            name=self.text(data, "name", prefix),
            text=self.text(data, "text", prefix),
            start=self.integer(data, "start", prefix),
            section=self.text(data, "section", prefix),
            reason=self.text(data, "reason", prefix),
        )

    def years(self, data: Mapping[str, Any], prefix: str) -> YearsAsked:
        return YearsAsked(
            minimum=self.number(data, "minimum", prefix),
            maximum=self.number(data, "maximum", prefix),
            text=self.text(data, "text", prefix),
            start=self.integer(data, "start", prefix),
            end=self.integer(data, "end", prefix),
            section=self.text(data, "section", prefix),
            level=self.level(data, prefix),
        )
