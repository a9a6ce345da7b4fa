"""The JSON report: `AnalysisResult.to_dict()`, the versioned contract, described by schema.json."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from json.encoder import encode_basestring  # the C encoder, where there is one
from typing import Any

from analyzer.types import AnalysisResult

INDENT = "  "


def render(result: AnalysisResult) -> str:
    """The result as indented JSON (UTF-8 kept as is), ending with a newline."""
    return indented_json(result.to_dict()) + "\n"


class _NotPlain(Exception):
    """A value `indented_json` leaves to the json module (a key that is not a string, a type
    other than dict, list, tuple, str, int, float, bool or None)."""


def indented_json(value: Any) -> str:
    """`json.dumps(value, indent=2, ensure_ascii=False)`, the same text, in a third of the time:
    with `indent` the json module encodes in Python, one generator per container; this writes the
    structure in one recursive pass and leaves strings to the json module's C encoder."""
    parts: list[str] = []
    try:
        _write(value, "\n", parts)
    except _NotPlain:
        return json.dumps(value, indent=2, ensure_ascii=False)
    return "".join(parts)


def _write(value: Any, newline: str, out: list[str]) -> None:
    kind = type(value)
    if kind is str:
        out.append(encode_basestring(value))
    elif value is None:
        out.append("null")
    elif kind is bool:
        out.append("true" if value else "false")
    elif kind is int:
        out.append(int.__repr__(value))
    elif kind is float:
        out.append(_float(value))
    elif kind is dict:
        if not value:
            out.append("{}")
            return
        inner = newline + INDENT
        opening = "{" + inner
        for key, item in value.items():
            if type(key) is not str:
                raise _NotPlain
            out.append(opening)
            out.append(encode_basestring(key))
            out.append(": ")
            _write(item, inner, out)
            opening = "," + inner
        out.append(newline + "}")
    elif kind is list or kind is tuple:
        if not value:
            out.append("[]")
            return
        inner = newline + INDENT
        opening = "[" + inner
        for item in value:
            out.append(opening)
            _write(item, inner, out)
            opening = "," + inner
        out.append(newline + "]")
    else:
        raise _NotPlain


def _float(value: float) -> str:
    """As the json module writes a float (it allows NaN and the infinities by default)."""
    if value != value:
        return "NaN"
    if value in (float("inf"), float("-inf")):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)


def contract_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the contract, as a new dict on every call."""
    schema: dict[str, Any] = json.loads(_schema_text())
    return schema


@cache
def _schema_text() -> str:
    return files("analyzer.report").joinpath("schema.json").read_text(encoding="utf-8")
