"""A small JSON Schema validator for the keywords `analyzer/report/schema.json` uses.

jsonschema is not a dependency, so the tests check the contract with this. A keyword it does not
know is an error, never silently ignored: a schema change that needs more must extend this.
"""

from __future__ import annotations

import re
from typing import Any

ANNOTATIONS = frozenset({"$schema", "$id", "$defs", "$comment", "title", "description"})
ASSERTIONS = frozenset(
    {
        "$ref",
        "type",
        "properties",
        "required",
        "additionalProperties",
        "propertyNames",
        "items",
        "enum",
        "const",
        "minimum",
        "maximum",
        "pattern",
        "anyOf",
    }
)


class SchemaError(Exception):
    """The schema uses a keyword this validator does not implement."""


def errors(instance: Any, schema: dict[str, Any]) -> list[str]:
    """Every way `instance` breaks `schema`, each as "<path>: <problem>"; empty when valid."""
    found: list[str] = []
    _check(instance, schema, schema, "$", found)
    return found


def _check(
    value: Any, schema: dict[str, Any], root: dict[str, Any], path: str, out: list[str]
) -> None:
    unknown = set(schema) - ANNOTATIONS - ASSERTIONS
    if unknown:
        raise SchemaError(f"{path}: unsupported keywords {sorted(unknown)}")
    if "$ref" in schema:
        _check(value, _resolve(schema["$ref"], root), root, path, out)
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(_is_type(value, t) for t in types):
            out.append(f"{path}: {value!r} is not of type {types}")
            return
    if "const" in schema and value != schema["const"]:
        out.append(f"{path}: {value!r} is not {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        out.append(f"{path}: {value!r} is not one of {schema['enum']}")
    if "anyOf" in schema and all(errors_in(value, s, root, path) for s in schema["anyOf"]):
        out.append(f"{path}: {value!r} matches none of anyOf")
    if isinstance(value, int | float) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            out.append(f"{path}: {value} < minimum {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            out.append(f"{path}: {value} > maximum {schema['maximum']}")
    if isinstance(value, str) and "pattern" in schema and not re.search(schema["pattern"], value):
        out.append(f"{path}: {value!r} does not match {schema['pattern']!r}")
    if isinstance(value, list) and "items" in schema:
        for n, item in enumerate(value):
            _check(item, schema["items"], root, f"{path}[{n}]", out)
    if isinstance(value, dict):
        _check_object(value, schema, root, path, out)


def _check_object(
    value: dict[str, Any], schema: dict[str, Any], root: dict[str, Any], path: str, out: list[str]
) -> None:
    properties: dict[str, Any] = schema.get("properties", {})
    for key in schema.get("required", []):
        if key not in value:
            out.append(f"{path}: missing required key {key!r}")
    for key, item in value.items():
        if "propertyNames" in schema:
            _check(key, schema["propertyNames"], root, f"{path} key {key!r}", out)
        if key in properties:
            _check(item, properties[key], root, f"{path}.{key}", out)
        elif schema.get("additionalProperties") is False:
            out.append(f"{path}: unexpected key {key!r}")
        elif isinstance(schema.get("additionalProperties"), dict):
            _check(item, schema["additionalProperties"], root, f"{path}.{key}", out)


def errors_in(value: Any, schema: dict[str, Any], root: dict[str, Any], path: str) -> list[str]:
    found: list[str] = []
    _check(value, schema, root, path, found)
    return found


def _resolve(ref: str, root: dict[str, Any]) -> dict[str, Any]:
    if not ref.startswith("#/"):
        raise SchemaError(f"only local references are supported, not {ref!r}")
    target: Any = root
    for part in ref[2:].split("/"):
        target = target[part]
    assert isinstance(target, dict)
    return target


def _is_type(value: Any, name: str) -> bool:
    if name == "integer":
        return (isinstance(value, int) and not isinstance(value, bool)) or (
            isinstance(value, float) and value.is_integer()
        )
    expected = {
        "null": type(None),
        "boolean": bool,
        "string": str,
        "number": (int, float),
        "array": list,
        "object": dict,
    }[name]
    if isinstance(value, bool) and name != "boolean":
        return False
    return isinstance(value, expected)
