"""The one mechanism that checks and builds the package's data files (the skill lexicon and the
posting vocabulary) from their records.

A file's structure is written once, as the frozen dataclasses its loader returns. `spec_of()`
derives the keys a TOML table may hold from a record (a field without a default is a required
key, its type the value's kind); `Checker.fields()` reports every key that is unknown (with the
closest known one), missing or of the wrong kind, and keeps the rest so that the semantic checks
of each file (its own `Checker` subclass) run on well-typed values and every problem comes at
once. `build()` turns a checked table into its record. Nothing here reads files.
"""

from __future__ import annotations

import copy
import dataclasses
import difflib
import functools
import re
import types
import typing
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal, TypeVar
from urllib.parse import urlsplit

KeyPath = tuple[str | int, ...]
"""Where a value sits in the TOML: ("skills", "python", "patterns", 0, "id")."""

Record = TypeVar("Record")

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_VERSION = re.compile(r"^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]+)?$")


@dataclass(frozen=True, slots=True)
class Kind:
    """A TOML value type, named for messages."""

    name: str
    test: Callable[[Any], bool]


def is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def is_strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


TEXT = Kind("a non-empty string", lambda v: isinstance(v, str) and bool(v.strip()))
STRING = Kind("a string", lambda v: isinstance(v, str))
INTEGER = Kind("an integer", is_int)
BOOLEAN = Kind("true or false", lambda v: isinstance(v, bool))
STRINGS = Kind("an array of strings", is_strings)
TABLE = Kind("a table", lambda v: isinstance(v, dict))
TABLES = Kind(
    "an array of tables", lambda v: isinstance(v, list) and all(isinstance(t, dict) for t in v)
)

Spec = Mapping[str, tuple[Kind, bool]]
"""Key -> (kind, required)."""


def spec_of(
    record: type,
    *,
    exclude: tuple[str, ...] = ("id",),
    optional: tuple[str, ...] = (),
    **overrides: Kind,
) -> Spec:
    """The keys a TOML table of `record` may hold, derived from the record's own fields: each
    field's kind from its type, required when it has no default (or not, when `optional` names
    it: the loader fills it in). `id` comes from the table's key, not from the table."""
    hints = _hints(record)
    spec: dict[str, tuple[Kind, bool]] = {}
    for f in dataclasses.fields(record):
        if f.name in exclude:
            continue
        no_default = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        required = no_default and f.name not in optional
        empty_allowed = f.default == "" or f.name in optional
        spec[f.name] = (overrides.get(f.name) or _kind_of(hints[f.name], empty_allowed), required)
    return spec


def _kind_of(hint: Any, empty_allowed: bool) -> Kind:
    """The TOML kind of a record field's type."""
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return _kind_of(args[0], empty_allowed)
    if hint is str:
        return STRING if empty_allowed else TEXT
    if hint is bool:
        return BOOLEAN
    if hint is int:
        return INTEGER
    if origin is tuple:
        return STRINGS if args[0] is str or typing.get_origin(args[0]) is Literal else TABLES
    return TABLE


def build(record: type[Record], table: Mapping[str, Any], **given: Any) -> Record:
    """The record of a checked table: arrays become tuples, tables of a record type become
    records (those of a table keyed by id get the key as their `id`), other tables read-only
    mappings, numbers in a float field floats. `given` fills or replaces fields."""
    hints = _hints(typing.cast(Any, record))
    values = {key: _value(hints[key], value) for key, value in table.items()}
    return record(**(values | given))


@functools.cache
def _hints(record: Any) -> dict[str, Any]:
    return typing.get_type_hints(record)


def _value(hint: Any, value: Any) -> Any:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return _value(next(a for a in args if a is not type(None)), value)
    if dataclasses.is_dataclass(hint):
        return build(typing.cast(type, hint), value)
    if origin is tuple:
        return tuple(_value(args[0], item) for item in value)
    if origin is Mapping:
        keyed = dataclasses.is_dataclass(args[1]) and "id" in {
            f.name for f in dataclasses.fields(args[1])
        }
        return types.MappingProxyType(
            {
                key: build(args[1], item, id=key) if keyed else _value(args[1], item)
                for key, item in value.items()
            }
        )
    if hint is float:
        return float(value)
    return copy.deepcopy(value)


def valid_version(text: str) -> bool:
    """ "1.0.0", "1.2.0-beta", "1.0.0+extended"."""
    return bool(_VERSION.match(text))


def choose(what: str, value: Any, choices: Iterable[str]) -> str:
    """ "unknown demand level 'vhigh' (choose: very-high, high, ...)"."""
    return f"unknown {what} {value!r} (choose: {', '.join(choices)})"


def suggest(value: str, known: Iterable[str]) -> str:
    """ "; did you mean 'aliases'?" when a known name is close to `value`, else ""."""
    close = difflib.get_close_matches(value, list(known), n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""


def describe(value: Any) -> str:
    names = {bool: "a boolean", str: "a string", int: "an integer", float: "a float"}
    names |= {list: "an array", dict: "a table"}
    return names.get(type(value), f"a {type(value).__name__}")


class Checker:
    """Collects every problem of one parsed file as (key path, message); a file's own checker
    adds its semantic checks to these generic ones."""

    def __init__(self) -> None:
        self.found: list[tuple[KeyPath, str]] = []

    def add(self, path: KeyPath, message: str) -> None:
        self.found.append((path, message))

    def fields(self, table: Mapping[str, Any], spec: Spec, path: KeyPath) -> dict[str, Any]:
        """The keys of `table` whose values have the right type; reports every other key."""
        good: dict[str, Any] = {}
        for key, value in table.items():
            if key not in spec:
                hint = suggest(key, spec) or f" (expected: {', '.join(spec)})"
                self.add((*path, key), f"unknown key {key!r}{hint}")
            elif not spec[key][0].test(value):
                kind = spec[key][0]
                if kind is TEXT and isinstance(value, str):
                    self.add((*path, key), "must not be empty")
                else:
                    self.add((*path, key), f"must be {kind.name}, not {describe(value)}")
            else:
                good[key] = value
        for key, (kind, required) in spec.items():
            if required and key not in table:
                self.add((*path, key), f"required key is missing ({kind.name})")
        return good

    def table(self, table: Mapping[str, Any], key: str, spec: Spec, path: KeyPath = ()) -> Any:
        """The checked fields of the sub-table `key` of `table` (already known to be a table, or
        absent: then none)."""
        value = table.get(key)
        return self.fields(value, spec, (*path, key)) if isinstance(value, dict) else {}

    def tables(self, items: list[dict[str, Any]], spec: Spec, path: KeyPath) -> list[Any]:
        """The checked fields of each table of an array of tables."""
        return [self.fields(table, spec, (*path, i)) for i, table in enumerate(items)]

    def entries(self, value: Any, path: KeyPath) -> dict[str, dict[str, Any]]:
        """The entries of a table of id -> table; reports ids that are not kebab-case and
        entries that are not tables."""
        entries: dict[str, dict[str, Any]] = {}
        if not isinstance(value, dict):
            return entries
        for entry_id, table in value.items():
            if not _ID.match(entry_id):
                self.add(
                    (*path, entry_id),
                    f"id {entry_id!r} is not kebab-case (lower-case letters and digits joined "
                    "by '-')",
                )
            if isinstance(table, dict):
                entries[entry_id] = table
            else:
                self.add((*path, entry_id), f"must be a table, not {describe(table)}")
        return entries

    def phrases(self, path: KeyPath, items: list[str]) -> None:
        """Phrases are matched on lower-cased tokens: lower case, trimmed, each once."""
        seen: dict[str, int] = {}
        for i, phrase in enumerate(items):
            where = (*path, i)
            if not phrase.strip():
                self.add(where, "empty phrase")
                continue
            if phrase != phrase.lower():
                self.add(
                    where,
                    f"{phrase!r} must be lower case (text is lower-cased before matching): "
                    f"write {phrase.lower()!r}",
                )
            if phrase != phrase.strip():
                self.add(where, f"{phrase!r} has leading or trailing spaces")
            key = " ".join(phrase.lower().split())
            if key in seen:
                self.add(where, f"duplicate phrase {phrase!r} (also at index {seen[key]})")
            seen.setdefault(key, i)

    def at_least(self, path: KeyPath, value: int, least: int = 1) -> None:
        if value < least:
            self.add(path, f"must be at least {least}, not {value}")

    def https(self, path: KeyPath, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme != "https" or not parts.netloc:
            self.add(path, f"{url!r} is not an https:// URL")

    def version(self, top: Mapping[str, Any]) -> None:
        if "version" in top and not valid_version(top["version"]):
            self.add(("version",), f"{top['version']!r} is not a version like '1.0.0'")
