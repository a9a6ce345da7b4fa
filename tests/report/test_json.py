"""The JSON report is the contract: it round-trips, and schema.json describes it exactly."""

from __future__ import annotations

import copy
import dataclasses
import json
from collections.abc import Callable
from functools import partial
from typing import Any, get_args, get_type_hints

import pytest

from analyzer.report import json as json_report
from analyzer.types import (
    SCHEMA_VERSION,
    AnalysisResult,
    Certification,
    Diagnostic,
    Evidence,
    Gap,
    LearningStep,
    MatchType,
    PageStats,
    ParseReport,
    ProfileInfo,
    ProjectIdea,
    Resource,
    Score,
    SectionKind,
    SkillAssessment,
    SourceInfo,
    Status,
    Verdict,
)
from tests.report import minischema
from tests.report.conftest import full_profile_result, sample_result

TOP_LEVEL_KEYS = [
    "schema_version",
    "analyzer_version",
    "source",
    "profile",
    "score",
    "skills",
    "gaps",
    "learning_path",
    "diagnostics",
]
OPTIONAL_KEYS = ["target", "experience"]
"""Added in 1.1: always present, null when not computed; every 1.0 key is unchanged."""


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return json_report.contract_schema()


def fields(record: type) -> set[str]:
    return {f.name for f in dataclasses.fields(record) if not f.name.startswith("_")}


def test_render_round_trips_to_the_contract(result: AnalysisResult) -> None:
    rendered = json_report.render(result)

    assert rendered.endswith("}\n")
    assert json.loads(rendered) == result.to_dict()
    assert list(json.loads(rendered)) == TOP_LEVEL_KEYS + OPTIONAL_KEYS
    assert rendered == json.dumps(result.to_dict(), indent=2, ensure_ascii=False) + "\n"
    assert json_report.render(result) == rendered  # the second time from kept texts


def test_render_keeps_unicode_and_markup_as_text(result: AnalysisResult) -> None:
    rendered = json_report.render(result)
    summary = next(s for s in result.skills if s.id == "prompt-engineering").evidence[0]

    assert json.dumps(summary.context, ensure_ascii=False) in rendered
    assert "<script>" in rendered  # JSON carries the resume text as it is; readers escape it


def test_contract_keys_are_exactly_the_record_fields(result: AnalysisResult) -> None:
    contract = result.to_dict()
    skill = contract["skills"][0]
    step = next(s for s in contract["learning_path"] if s["certification"] is not None)
    project = next(s for s in contract["learning_path"] if s["projects"])["projects"][0]

    assert set(contract["source"]) == fields(SourceInfo)
    assert set(contract["profile"]) == fields(ProfileInfo)
    assert set(contract["score"]) == fields(Score)
    assert set(skill) == fields(SkillAssessment)
    assert set(skill["evidence"][0]) == fields(Evidence)
    assert set(contract["gaps"][0]) == fields(Gap)
    assert set(step) == fields(LearningStep)
    assert set(step["resources"][0]) == fields(Resource)
    assert set(step["certification"]) == fields(Certification)
    assert set(project) == fields(ProjectIdea)
    assert set(contract["diagnostics"]) == {"parse", "messages"}
    assert set(contract["diagnostics"]["parse"]) == fields(ParseReport) | {"columns_detected"}
    assert set(contract["diagnostics"]["parse"]["pages"][0]) == fields(PageStats)
    assert set(contract["diagnostics"]["messages"][0]) == fields(Diagnostic)


@pytest.mark.parametrize(
    "build",
    [sample_result, partial(sample_result, with_resume=False), full_profile_result],
    ids=["sample", "without-resume", "full-profile"],
)
def test_results_validate_against_the_schema(
    build: Callable[[], AnalysisResult], schema: dict[str, Any]
) -> None:
    contract = json.loads(json_report.render(build()))

    assert minischema.errors(contract, schema) == []


def definition(schema: dict[str, Any], name: str) -> dict[str, Any]:
    found: dict[str, Any] = schema["$defs"][name]
    return found


@pytest.mark.parametrize(
    ("where", "record", "extra"),
    [
        ("source", SourceInfo, set()),
        ("profile", ProfileInfo, set()),
        ("score", Score, set()),
        ("skill", SkillAssessment, set()),
        ("evidence", Evidence, set()),
        ("gap", Gap, set()),
        ("learning_step", LearningStep, set()),
        ("resource", Resource, set()),
        ("certification", Certification, set()),
        ("project", ProjectIdea, set()),
        ("page_stats", PageStats, set()),
        ("parse", ParseReport, {"columns_detected"}),
        ("message", Diagnostic, set()),
    ],
)
def test_schema_names_every_field_and_requires_it(
    schema: dict[str, Any], where: str, record: type, extra: set[str]
) -> None:
    node = (
        schema["properties"][where] if where in schema["properties"] else definition(schema, where)
    )

    assert set(node["properties"]) == fields(record) | extra
    assert set(node["required"]) == set(node["properties"])
    assert node["additionalProperties"] is False


def test_schema_top_level_matches_the_contract(schema: dict[str, Any]) -> None:
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert list(schema["properties"]) == TOP_LEVEL_KEYS + OPTIONAL_KEYS
    assert schema["required"] == TOP_LEVEL_KEYS
    assert schema["properties"]["schema_version"] == {"const": SCHEMA_VERSION}


@pytest.mark.parametrize(
    ("name", "literal"),
    [
        ("status", Status),
        ("section_kind", SectionKind),
        ("match_type", MatchType),
        ("verdict", Verdict),
        ("severity", get_type_hints(Diagnostic)["severity"]),
    ],
)
def test_schema_enums_are_the_literals_of_types_py(
    schema: dict[str, Any], name: str, literal: Any
) -> None:
    assert definition(schema, name)["enum"] == list(get_args(literal))


def test_schema_media_types_are_the_literal(schema: dict[str, Any]) -> None:
    media_type = get_type_hints(SourceInfo)["media_type"]

    assert schema["properties"]["source"]["properties"]["media_type"]["enum"] == list(
        get_args(media_type)
    )


def test_contract_schema_is_a_fresh_copy() -> None:
    first = json_report.contract_schema()
    first["title"] = "changed"

    assert json_report.contract_schema()["title"] != "changed"


def mutate(contract: dict[str, Any], path: list[str | int], value: Any) -> dict[str, Any]:
    changed = copy.deepcopy(contract)
    target: Any = changed
    for step in path[:-1]:
        target = target[step]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return changed


@pytest.mark.parametrize(
    ("path", "value", "problem"),
    [
        (["schema_version"], "2.0", "is not '1.1'"),
        (["source", "sha256"], "not-a-hash", "does not match"),
        (["score", "readiness"], 101.0, "maximum"),
        (["score", "status_strength", "expert"], 1.0, "is not one of"),
        (["skills", 0, "status"], "expert", "is not one of"),
        (["skills", 0, "present"], "yes", "is not of type"),
        (["skills", 0, "evidence", 0, "page"], 0, "minimum"),
        (["skills", 0, "evidence", 0, "match_type"], "guess", "is not one of"),
        (["skills", 0, "evidence", 0, "reason"], KeyError, "missing required key 'reason'"),
        (["skills", 0, "nickname"], "py", "unexpected key 'nickname'"),
        (["gaps", 0, "priority"], 1.5, "is not of type"),
        (["learning_path", 0, "certification"], {"id": "x"}, "matches none of anyOf"),
        (["diagnostics", "parse", "text_quality"], "fine", "is not one of"),
        (["diagnostics", "messages", 0, "page"], "one", "is not of type"),
    ],
)
def test_schema_rejects_a_broken_contract(
    result: AnalysisResult, schema: dict[str, Any], path: list[str | int], value: Any, problem: str
) -> None:
    broken = mutate(result.to_dict(), path, value)

    found = minischema.errors(broken, schema)

    assert found
    assert any(problem in message for message in found), found


def test_the_validator_refuses_keywords_it_does_not_know() -> None:
    with pytest.raises(minischema.SchemaError, match="unsupported"):
        minischema.errors({}, {"type": "object", "minProperties": 1})


def test_indented_json_writes_what_the_json_module_writes() -> None:
    """`indented_json` writes `json.dumps(to_plain(value), indent=2, ensure_ascii=False)`:
    records, mappings, shared lexicon records (written from kept text) and plain values."""
    import json
    import math
    import random
    from types import MappingProxyType

    from analyzer.report.json import indented_json
    from analyzer.types import Diagnostic, to_plain
    from skill_lexicon.model import ProjectIdea, Resource

    rng = random.Random(11)
    scalars = [None, True, False, 0, -7, 2**70, 0.1, -2.5e-8, 1e300, math.inf, -math.inf, math.nan]
    scalars += ["", "plain", 'quote " and \\ back', "tab\tnew\nline", "\x00\x1f"]
    scalars += ["naïve \u2013 ✓ 😀"]
    shared = [Resource("Docs ✓", 'https://example.org/a"b'), ProjectIdea("p", "T", "", ("x", "y"))]

    def value(depth: int) -> object:
        roll = rng.random()
        if depth > 3 or roll < 0.4:
            return rng.choice(scalars)
        if roll < 0.6:
            return {rng.choice(["a", "é", "k\n", ""]) + str(i): value(depth + 1) for i in range(4)}
        if roll < 0.65:
            return MappingProxyType({"m": value(depth + 1), "": value(depth + 1)})
        if roll < 0.75:
            return rng.choice([*shared, Diagnostic("code", str(value(depth + 1)))])
        items = [value(depth + 1) for _ in range(rng.randint(0, 3))]
        return tuple(items) if roll < 0.85 else items

    for _ in range(300):
        sample = value(0)
        assert indented_json(sample) == json.dumps(to_plain(sample), indent=2, ensure_ascii=False)
    for odd in ({1: "int key"}, {"set": {1}}, [{"nested": {None: 1}}]):  # left to the json module
        try:
            expected = json.dumps(to_plain(odd), indent=2, ensure_ascii=False)
        except TypeError:
            continue
        assert indented_json(odd) == expected
