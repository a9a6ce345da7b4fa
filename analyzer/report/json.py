"""The JSON report: `AnalysisResult.to_dict()`, the versioned contract, described by schema.json."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from functools import cache
from importlib.resources import files
from json.encoder import encode_basestring  # the C encoder, where there is one
from typing import Any

from analyzer.types import AnalysisResult, record_fields, to_plain
from skill_lexicon.model import ProjectIdea, Resource

INDENT = "  "
SHARED_RECORDS = (Resource, ProjectIdea)
"""Lexicon records that reports share (a learning step's resources and project ideas: a third of
a report), frozen and holding only strings: each is written once and its text kept."""
KEPT_TEXTS = 4096
"""Texts of shared records kept (then all dropped, to start again)."""

_written: dict[tuple[int, str], tuple[object, str]] = {}
"""(id of a shared record, its indentation) -> (the record, which keeps its id taken; its text)."""
_openings: dict[tuple[tuple[str, ...], str], tuple[tuple[str, str], ...]] = {}
"""(a record type's fields, an indentation) -> each field with the text before its value."""


def render(result: AnalysisResult) -> str:
    """The result as indented JSON (UTF-8 kept as is), ending with a newline: `to_dict()`
    written without making it first (`indented_json` of its layout)."""
    return indented_json(result.contract_layout()) + "\n"


class _NotPlain(Exception):
    """A value `indented_json` leaves to the json module (a key that is not a string, a type
    other than a record, mapping, list, tuple, str, int, float, bool or None)."""


def indented_json(value: Any) -> str:
    """`json.dumps(to_plain(value), indent=2, ensure_ascii=False)`, the same text, in a fraction
    of the time: with `indent` the json module encodes in Python, one generator per container;
    this writes the structure in one recursive pass, records and mappings as `to_plain` would
    make them but without making them, and leaves strings to the json module's C encoder."""
    parts: list[str] = []
    try:
        _write(value, "\n", parts)
    except _NotPlain:
        return json.dumps(to_plain(value), indent=2, ensure_ascii=False)
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
        _write_items(value.items(), newline, out)
    elif kind is list or kind is tuple:
        if not value:
            out.append("[]")
            return
        inner = newline + INDENT
        opening = "[" + inner
        for item in value:
            out.append(opening)
            if type(item) is str:  # the commonest value, written without a call
                out.append(encode_basestring(item))
            else:
                _write(item, inner, out)
            opening = "," + inner
        out.append(newline + "]")
    elif (names := record_fields(kind)) is not None:
        if kind in SHARED_RECORDS:
            _write_shared(value, names, newline, out)
        else:
            _write_record(value, names, newline, out)
    elif isinstance(value, Mapping):
        _write_items(((str(key), item) for key, item in value.items()), newline, out)
    else:
        raise _NotPlain


def _write_items(items: Iterable[tuple[Any, Any]], newline: str, out: list[str]) -> None:
    """An object of (key, value) pairs; keys must be strings."""
    inner = newline + INDENT
    opening = "{" + inner
    for key, item in items:
        if type(key) is not str:
            raise _NotPlain
        out.append(opening)
        out.append(encode_basestring(key))
        out.append(": ")
        _write(item, inner, out)
        opening = "," + inner
    out.append("{}" if opening[0] == "{" else newline + "}")


def _write_record(value: Any, names: tuple[str, ...], newline: str, out: list[str]) -> None:
    """A record as an object of its public fields: what comes before each value (the comma or
    brace, the indentation, the key) is made once per record type and indentation."""
    openings = _openings.get((names, newline))
    if openings is None:
        inner = newline + INDENT
        keys = [inner + encode_basestring(name) + ": " for name in names]
        before = ["{" + key for key in keys[:1]] + ["," + key for key in keys[1:]]
        openings = tuple(zip(names, before, strict=True))
        _openings[names, newline] = openings
    if not openings:
        out.append("{}")
        return
    inner = newline + INDENT
    for name, opening in openings:
        out.append(opening)
        item = getattr(value, name)
        if type(item) is str:  # the commonest value, written without a call
            out.append(encode_basestring(item))
        elif item is None:
            out.append("null")
        else:
            _write(item, inner, out)
    out.append(newline + "}")


def _write_shared(value: Any, names: tuple[str, ...], newline: str, out: list[str]) -> None:
    """A shared record, from its kept text when it was written at this indentation before."""
    key = (id(value), newline)
    kept = _written.get(key)
    if kept is None:
        parts: list[str] = []
        _write_record(value, names, newline, parts)
        if len(_written) >= KEPT_TEXTS:
            _written.clear()
        kept = _written[key] = (value, "".join(parts))
    out.append(kept[1])


_INFINITIES = (math.inf, -math.inf)


def _float(value: float) -> str:
    """As the json module writes a float (it allows NaN and the infinities by default)."""
    if value != value:
        return "NaN"
    if value in _INFINITIES:
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)


def contract_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the contract, as a new dict on every call."""
    schema: dict[str, Any] = json.loads(_schema_text())
    return schema


@cache
def _schema_text() -> str:
    return files("analyzer.report").joinpath("schema.json").read_text(encoding="utf-8")
