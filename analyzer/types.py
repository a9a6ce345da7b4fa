"""The typed records that flow through skillgap: extract -> match -> score -> recommend -> report.

Every record is a frozen dataclass. Stages take and return these records and never import each
other; `analyzer.engine` composes them. `AnalysisResult.to_dict()` is the versioned JSON contract
(see README, "JSON contract"); every other record serialises through the same `to_plain()`.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import json
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Literal, TypeVar

# Section kinds and statuses are the lexicon's words (its data names them); learning steps quote
# its resources and project ideas as they are.
from skill_lexicon.kinds import SECTION_KINDS as SECTION_KINDS
from skill_lexicon.kinds import STATUSES as STATUSES
from skill_lexicon.kinds import SectionKind as SectionKind
from skill_lexicon.kinds import Status as Status
from skill_lexicon.model import ProjectIdea as ProjectIdea
from skill_lexicon.model import Resource as Resource

SCHEMA_VERSION = "1.1"
"""Version of the JSON contract. Bump the minor for added fields, the major for anything else."""

MatchType = Literal["alias", "lemma", "pattern", "fuzzy", "implied", "certification"]
"""How a piece of evidence was found: an alias phrase on lower-case text, a phrase on lemmas, a
token pattern, a near miss (character n-gram TF-IDF), implied by another skill, or a held
certification."""

EvidenceForm = Literal["action", "list"]
"""How the line holding a piece of evidence presents it, whatever its section: an account of
work (a bullet opening with an action verb under a role with dates) or a bare list of skills."""

Verdict = Literal["ok", "degraded", "unusable"]
Severity = Literal["info", "warning", "error"]


def to_plain(value: Any) -> Any:
    """Turn records into JSON-ready values: dataclasses and mappings to dicts, tuples to lists.

    Fields whose name starts with an underscore are private and left out.
    """
    kind = type(value)
    if kind in _SCALARS:  # most values of a report: answered before any other check
        return value
    names = record_fields(kind)
    if names is not None:
        return {name: to_plain(getattr(value, name)) for name in names}
    if isinstance(value, Mapping):
        return {str(k): to_plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_plain(v) for v in value]
    return value


_SCALARS = frozenset({str, int, float, bool, type(None)})


Record = TypeVar("Record")


class PlainValueError(ValueError):
    """A JSON value that `from_plain` cannot read back: `where` is its key path
    ("requirements[0].level"), the message says what is wrong."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}" if where else message)
        self.where = where


def from_plain(record: type[Record], value: Any) -> Record:
    """The inverse of `to_plain`: a JSON value read back into the record type, every value
    checked against the field's type (str, int, float, bool, a Literal, X | None, tuple[X, ...],
    a record). Keys the record does not have are ignored (a newer minor version may add some); a
    missing key takes the field's default. Raises `PlainValueError` naming the first key at
    fault."""
    return typing.cast(Record, _read(record, value, ""))


def _read(kind: Any, value: Any, where: str) -> Any:
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):  # only `X | None` is used in records
        if value is None and type(None) in args:
            return None
        return _read(next(a for a in args if a is not type(None)), value, where)
    if origin is Literal:
        if value not in args:
            raise PlainValueError(where, f"{value!r} is not one of {', '.join(map(str, args))}")
        return value
    if origin is tuple:
        if not isinstance(value, list):
            raise PlainValueError(where, "must be a JSON array")
        return tuple(_read(args[0], item, f"{where}[{i}]") for i, item in enumerate(value))
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        if not isinstance(value, Mapping):
            raise PlainValueError(where, "must be a JSON object")
        hints, prefix = _record_hints(kind), f"{where}." if where else ""
        given = {}
        for f in dataclasses.fields(kind):
            if f.name in value:
                given[f.name] = _read(hints[f.name], value[f.name], prefix + f.name)
            elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise PlainValueError(prefix + f.name, "is missing")
        return kind(**given)
    name, test = _PLAIN_KINDS[kind]
    if not test(value):
        raise PlainValueError(where, f"must be {name}")
    return float(value) if kind is float else value


_PLAIN_KINDS: dict[Any, tuple[str, typing.Callable[[Any], bool]]] = {
    str: ("a string", lambda value: isinstance(value, str)),
    int: ("an integer", lambda value: isinstance(value, int) and not isinstance(value, bool)),
    float: ("a number", lambda v: isinstance(v, int | float) and not isinstance(v, bool)),
    bool: ("true or false", lambda value: isinstance(value, bool)),
}


@functools.cache
def _record_hints(record: type) -> dict[str, Any]:
    return typing.get_type_hints(record)


_FIELDS: dict[type, tuple[str, ...] | None] = {}


def record_fields(kind: type) -> tuple[str, ...] | None:
    """The public field names of a dataclass, found once per class (a report has thousands of
    records); None for any other type (a class itself is a value, not a record)."""
    if kind not in _FIELDS:
        public = None
        if dataclasses.is_dataclass(kind):
            public = tuple(f.name for f in dataclasses.fields(kind) if not f.name.startswith("_"))
        _FIELDS[kind] = public
    return _FIELDS[kind]


def frozen_mapping(items: Mapping[str, Any] | None = None) -> Mapping[str, Any]:
    """A read-only copy of `items`, for mapping fields of frozen records."""
    return MappingProxyType(dict(items or {}))


# --------------------------------------------------------------------------------------- extract


@dataclass(frozen=True, slots=True)
class PageSpan:
    """One page of the extracted text: `text[start:end]`, pages numbered from 1."""

    number: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Section:
    """A part of the resume under one heading: `text[start:end]`; the heading line is inside it
    (a title wrapped over rows of a left margin is its rows' words before their tabs, joined)."""

    kind: SectionKind
    heading: str
    start: int
    end: int
    page: int


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """Something the user should know about how the resume was read or analysed."""

    code: str
    message: str
    severity: Severity = "info"
    page: int | None = None


@dataclass(frozen=True, slots=True)
class PageStats:
    """What extraction saw on one page."""

    number: int
    chars: int
    columns: int
    """1 for a single column; 2 or more when columns (or a sidebar) were detected and read apart."""


@dataclass(frozen=True, slots=True)
class ParseReport:
    """How well the text was read, with the repairs made and a verdict."""

    pages: tuple[PageStats, ...]
    unmapped_glyph_share: float
    """Share of characters that were unmapped glyphs such as `(cid:12)`, before repair."""
    mojibake: int
    """Mojibake sequences found (`â€“`, `Ã©`)."""
    letter_spaced_headings: int
    icon_glyphs: int
    """Private-use and icon-font glyphs (Font Awesome phone, mail, GitHub marks)."""
    language: str
    """ISO 639-1 code of the resume's main language, or "unknown"."""
    ocr: bool
    repairs: tuple[str, ...]
    text_quality: Verdict
    reasons: tuple[str, ...]

    @property
    def columns_detected(self) -> bool:
        return any(p.columns > 1 for p in self.pages)


@dataclass(frozen=True, slots=True)
class ExtractedResume:
    """The resume as text: normalised, in reading order, split into pages and sections.

    Offsets everywhere in skillgap index into `text`.
    """

    path: str
    sha256: str
    media_type: Literal["pdf", "text", "docx"]
    text: str
    pages: tuple[PageSpan, ...]
    sections: tuple[Section, ...]
    parse: ParseReport
    diagnostics: tuple[Diagnostic, ...] = ()

    def page_at(self, offset: int) -> int:
        """The page number that holds character `offset` (the last page for the end offset)."""
        # Pages are in text order: a binary search keeps a lookup per evidence O(log pages).
        index = bisect.bisect_right(self.pages, offset, key=_start_of) - 1
        if index >= 0 and offset < self.pages[index].end:
            return self.pages[index].number
        return self.pages[-1].number if self.pages else 1

    def section_at(self, offset: int) -> Section | None:
        """The innermost section that holds character `offset`, if any."""
        # Sections are in text order: start from the last one starting at or before `offset`
        # (a binary search; sections tile the text, so it is almost always the answer) and step
        # back only past ones that end before it. A resume of thousands of headings must not
        # make every lookup, and so matching, linear in the number of sections.
        index = bisect.bisect_right(self.sections, offset, key=_start_of) - 1
        for earlier in range(index, -1, -1):
            if offset < self.sections[earlier].end:
                return self.sections[earlier]
        return None


def _start_of(span: PageSpan | Section) -> int:
    return span.start


# ----------------------------------------------------------------------------------------- match


@dataclass(frozen=True, slots=True)
class Evidence:
    """One place in the resume that speaks for (or, when not accepted, was considered for) a skill.

    `text == resume.text[start:end]`. `rule` names the alias or pattern that matched; `reason` says
    why a match was not accepted (negated, a wish, an exclusion, a section that does not count).
    """

    skill_id: str
    text: str
    start: int
    end: int
    page: int
    section: SectionKind
    match_type: MatchType
    rule: str
    context: str
    similarity: float = 1.0
    accepted: bool = True
    reason: str | None = None
    implied_by: str | None = None
    ocr: bool = False
    shown_as: EvidenceForm | None = None
    """The form of its line ("action", "list"), which can raise its status; see `analyzer.score`."""


# ----------------------------------------------------------------------------------------- score


@dataclass(frozen=True, slots=True)
class SkillAssessment:
    """One skill of the profile: found or not, how strongly, and the evidence behind it."""

    id: str
    name: str
    group: str
    demand: str
    weight: float
    scored: bool
    """False for soft skills and certifications, which are reported but not scored by default."""
    present: bool
    """True when any accepted evidence was found."""
    status: Status
    strength: float
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class Gap:
    """A scored skill below full strength, with the arithmetic that ranks it."""

    skill_id: str
    name: str
    group: str
    demand: str
    status: Status
    weight: float
    strength: float
    points_missing: float
    """weight * (1 - strength): the readiness points this gap costs, before scaling to 100."""
    priority: int
    """1 is the gap to close first: most points missing, then higher demand, then roadmap order."""


@dataclass(frozen=True, slots=True)
class Score:
    """Readiness = 100 * sum(weight * strength) / sum(weight) over the scored skills."""

    readiness: float
    earned: float
    possible: float
    formula: str
    demand_weights: Mapping[str, float]
    status_strength: Mapping[str, float]


# ------------------------------------------------------------------------------------- recommend


@dataclass(frozen=True, slots=True)
class Certification:
    id: str
    name: str
    provider: str
    url: str


@dataclass(frozen=True, slots=True)
class LearningStep:
    """One gap to close, in the order of the learning path."""

    order: int
    skill_id: str
    name: str
    demand: str
    priority: int
    roadmap_step: int
    roadmap_stage: str
    resources: tuple[Resource, ...]
    certification: Certification | None
    projects: tuple[ProjectIdea, ...]


# ------------------------------------------------------------------------------------ experience


@dataclass(frozen=True, slots=True)
class Role:
    """One dated entry of the experience section: `start` and `end` as "YYYY-MM" (`end` is the
    reference month for an ongoing role), how many months it spans, and the line it is on."""

    start: str
    end: str
    ongoing: bool
    months: int
    dates: str
    """The date range as written."""
    offset: int
    context: str


@dataclass(frozen=True, slots=True)
class UnreadableDate:
    """A date range in the experience section that could not be read; it is not counted."""

    text: str
    offset: int
    reason: str


@dataclass(frozen=True, slots=True)
class SkillYears:
    """Years of the roles whose text holds a skill's accepted evidence, overlaps counted once."""

    skill_id: str
    years: float


@dataclass(frozen=True, slots=True)
class ExperienceSummary:
    """Years of professional experience from the dated roles of the experience section.

    Overlapping roles count once; education and project dates never count. `level` is the seed's
    experience level for `total_years` (entry 0-2, mid 3-5, senior 6+) and `salary_band` what the
    seed gives for it. Against a job, `years_asked` is the job's minimum and `meets_years` says
    whether the total reaches it.
    """

    as_of: str
    total_years: float
    level: str
    level_name: str
    salary_band: str
    salary_region: str
    roles: tuple[Role, ...]
    skill_years: tuple[SkillYears, ...]
    unreadable: tuple[UnreadableDate, ...]
    years_asked: float | None = None
    meets_years: bool | None = None


# ---------------------------------------------------------------------------------------- target

RequirementLevel = Literal["required", "preferred"]


@dataclass(frozen=True, slots=True)
class TargetRequirement:
    """One skill the job asks for, scored: weight = demand weight x requirement factor; `met` is
    true when the resume shows accepted evidence of it (its evidence is on the skill)."""

    id: str
    name: str
    level: RequirementLevel
    demand_weight: float
    factor: float
    weight: float
    status: Status
    met: bool
    job_evidence: str
    """The posting's clause that asks for it."""
    met_by_alternative: str | None = None
    """When the job accepts alternatives ("AWS, GCP or Azure") and the resume shows another one
    of them, its name: the requirement counts as met."""


@dataclass(frozen=True, slots=True)
class TargetTerm:
    """A technical term the job asks for that no lexicon skill covers, looked for in the resume
    as a plain term (not scored)."""

    name: str
    level: RequirementLevel
    met: bool
    resume_evidence: str | None


@dataclass(frozen=True, slots=True)
class TargetInfo:
    """The job the resume was scored against, and how the resume meets it."""

    source: str
    sha256: str
    title: str | None
    seniority: tuple[str, ...]
    years_required: float | None
    requirements: tuple[TargetRequirement, ...]
    unlisted_terms: tuple[TargetTerm, ...]
    required_met: int
    required_asked: int
    preferred_met: int
    preferred_asked: int
    missing_required: tuple[str, ...]
    """Ids of the required scored skills the resume shows neither directly nor through an
    alternative the job accepts: its must-haves missing. Counts are over scored skills (soft
    skills and certifications are listed, not counted, unless scored)."""
    formula: str


# ---------------------------------------------------------------------------------------- result


@dataclass(frozen=True, slots=True)
class SourceInfo:
    path: str
    sha256: str
    pages: int
    media_type: Literal["pdf", "text", "docx"]


@dataclass(frozen=True, slots=True)
class ProfileInfo:
    id: str
    name: str
    lexicon_version: str


@dataclass(frozen=True, slots=True)
class AnalysisResult:
    """Everything skillgap says about one resume; `to_dict()` is the JSON contract."""

    source: SourceInfo
    profile: ProfileInfo
    score: Score
    skills: tuple[SkillAssessment, ...]
    gaps: tuple[Gap, ...]
    learning_path: tuple[LearningStep, ...]
    parse: ParseReport
    diagnostics: tuple[Diagnostic, ...]
    analyzer_version: str
    schema_version: str = SCHEMA_VERSION
    target: TargetInfo | None = None
    """The job scored against (`analyze(..., job=...)`); None when scored against a profile."""
    experience: ExperienceSummary | None = None
    """Years of professional experience from the dated roles; None when not computed."""
    _resume: ExtractedResume | None = field(default=None, repr=False, compare=False)
    """The extracted text, for renderers that show evidence in context. Not serialised."""

    @property
    def resume(self) -> ExtractedResume | None:
        return self._resume

    def skill(self, skill_id: str) -> SkillAssessment:
        """The assessment of `skill_id`; KeyError names the ids there are."""
        for s in self.skills:
            if s.id == skill_id:
                return s
        raise KeyError(f"no skill {skill_id!r} in this result; ids: {[s.id for s in self.skills]}")

    def to_dict(self) -> dict[str, Any]:
        plain: dict[str, Any] = to_plain(self.contract_layout())
        return plain

    def contract_layout(self) -> dict[str, Any]:
        """The contract's top level, in its order, its values still records: `to_dict()` makes
        them plain values (`to_plain`), the JSON report writes them as they are."""
        parse = to_plain(self.parse)
        parse["columns_detected"] = self.parse.columns_detected
        layout: dict[str, Any] = {
            "schema_version": self.schema_version,
            "analyzer_version": self.analyzer_version,
        }
        for name in record_fields(AnalysisResult) or ():
            if name not in layout and name != "parse":
                layout[name] = getattr(self, name)
        layout["diagnostics"] = {"parse": parse, "messages": self.diagnostics}
        return layout

    def to_json(self, *, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)
