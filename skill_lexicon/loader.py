"""Loading a lexicon: the built-in one, or a user's TOML file or folder, validated before use.

    >>> lexicon = load_lexicon()                     # built-in: loaded once, then cached
    >>> lexicon = load_lexicon("my-lexicon.toml")    # LexiconError lists every problem
    >>> validate_lexicon("my-lexicon/")              # [] when valid, else every Problem

A lexicon is either one TOML file holding every table, or a folder (like `data/v1/`) of TOML files
plus a `version.json` whose "folder" names the folder. A user lexicon with `extends = "builtin"`
is merged over the built-in one: skills, profiles, certifications and projects by id (the keys
given replace the built-in ones), roadmap steps by number, cues key by key.
"""

from __future__ import annotations

import copy
import functools
import json
import os
import re
import threading
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType
from typing import Any

from skill_lexicon import schema
from skill_lexicon.model import Lexicon, Profile, ProjectIdea
from skill_lexicon.problems import (
    LexiconError,
    Problem,
    SourceText,
    format_path,
    in_order,
    locate,
    problems_at,
)
from skill_lexicon.structure import build, describe, valid_version

BUILTIN_VERSION = "1.0.0"
BUILTIN_FOLDER = "v1"
"""The folder of `skill_lexicon/data/` that `load_lexicon()` loads."""

MERGED_BY_ID = (
    "skills",
    "profiles",
    "certifications",
    "projects",
    "alias_lists",
    "exclusion_lists",
    "word_lists",
)
"""Top-level tables whose entries are merged by id (across a folder's files, and by `extends`)."""

_LINE = re.compile(r"\s*\(at line (\d+), column (\d+)\)")


@dataclass(frozen=True, slots=True)
class _Source:
    """A lexicon's tables as parsed (every file merged), the texts they came from, and the
    problems found while reading them."""

    origin: str
    data: dict[str, Any]
    texts: tuple[SourceText, ...]
    problems: tuple[Problem, ...] = ()
    readable: bool = True
    """False when a file could not be parsed: checking the rest would only add noise."""


# -------------------------------------------------------------------------------- public API


def load_lexicon(path: str | os.PathLike[str] | None = None) -> Lexicon:
    """The built-in lexicon (path None; cached, thread-safe), or the lexicon at `path`: a TOML
    file or a folder. Raises `LexiconError` listing every problem when it is invalid."""
    if path is None:
        with _BUILTIN_LOCK:
            return _builtin_lexicon()
    source, problems = _validated(Path(path))
    if problems:
        raise _error(f"invalid lexicon: {len(problems)} problem(s)", problems, path=str(path))
    return _build(source)


def validate_lexicon(path: str | os.PathLike[str], *, patterns: bool = False) -> list[Problem]:
    """Every problem of the lexicon at `path` (a TOML file or a folder), sorted by file and line;
    empty when it is valid. With `patterns`, a lexicon that is otherwise valid has its token
    patterns checked by spaCy's Matcher too (`skill_lexicon.patterns`: this imports spaCy)."""
    source, problems = _validated(Path(path))
    if patterns and not problems:
        from skill_lexicon.patterns import pattern_problems

        return pattern_problems(_build(source), source.texts)
    return problems


def builtin_folder(folder: str = BUILTIN_FOLDER) -> Traversable:
    """The built-in data folder `data/<folder>` (for tools and tests)."""
    return resources.files("skill_lexicon") / "data" / folder


# ------------------------------------------------------------------------------------ built-in

_BUILTIN_LOCK = threading.Lock()


@functools.cache
def _builtin_source() -> _Source:
    return _read_folder(builtin_folder())


@functools.cache
def _builtin_lexicon() -> Lexicon:
    source = _builtin_source()
    problems = _problems(source)
    if problems:  # a packaging mistake; tests keep it from shipping
        raise _error("the built-in lexicon is invalid", problems)
    return _build(source)


def _error(message: str, problems: list[Problem], path: str | None = None) -> LexiconError:
    return LexiconError(message, [str(p) for p in problems], path=path)


# ------------------------------------------------------------------------------------- reading


def _validated(path: Path) -> tuple[_Source, list[Problem]]:
    if not (path.is_dir() or path.is_file()):
        return _Source(str(path), {}, ()), [Problem(str(path), None, "", "no such file or folder")]
    source = _read(path)
    if not source.readable:
        return source, in_order(source.problems)
    return source, _problems(source)


def _read(path: Path) -> _Source:
    """The lexicon at `path` (a folder or a file) as read, merged over the built-in one when it
    extends it."""
    source = _read_folder(path) if path.is_dir() else _read_file(path)
    return _extended(source) if source.readable and "extends" in source.data else source


def source_texts(origin: str) -> tuple[SourceText, ...]:
    """The TOML texts the lexicon loaded from `origin` (its `Lexicon.source`) was read from, to
    locate problems found after loading; none when `origin` is no file or folder."""
    path = Path(origin)
    return _read(path).texts if path.is_dir() or path.is_file() else ()


def _read_file(path: Path) -> _Source:
    text, data, problems = parse_toml(path)
    readable = not problems
    if readable and "version" not in data and "extends" not in data:
        message = "required key is missing (a string like '1.0.0')"
        problems.append(Problem(str(path), None, "version", message))
    return _Source(str(path), data, (SourceText(str(path), text),), tuple(problems), readable)


def _read_folder(folder: Traversable) -> _Source:
    """Every *.toml file of `folder`, merged, with the version from its version.json."""
    origin = str(folder)
    data: dict[str, Any] = {}
    texts: list[SourceText] = []
    problems: list[Problem] = []
    readable = True
    owners: dict[tuple[str, ...], str] = {}
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".toml")), key=lambda f: f.name)
    if not files:
        problems.append(Problem(origin, None, "", "the folder holds no .toml files"))
    for file in files:
        text, parsed, parse_problems = parse_toml(file)
        problems += parse_problems
        readable = readable and not parse_problems
        texts.append(SourceText(str(file), text))
        for key, value in parsed.items():
            if key == "version":
                line, _ = texts[-1].locate(("version",))
                message = "a folder's version belongs in version.json"
                problems.append(Problem(str(file), line, "version", message))
            elif key in (*MERGED_BY_ID, "cues") and isinstance(value, dict):
                table = data.setdefault(key, {})
                for item, fields in value.items():
                    if (key, item) in owners:
                        where = format_path((key, item))
                        message = f"also defined in {owners[key, item]}"
                        problems.append(
                            Problem(str(file), texts[-1].locate((key, item))[0], where, message)
                        )
                    owners[key, item] = str(file)
                    table[item] = fields
            elif (key,) in owners:
                line = texts[-1].locate((key,))[0]
                problems.append(Problem(str(file), line, key, f"also defined in {owners[key,]}"))
            else:
                owners[key,] = str(file)
                data[key] = value
    version, version_problems = _read_version(folder)
    problems += version_problems
    if version is not None:
        data["version"] = version
    return _Source(origin, data, tuple(texts), tuple(problems), readable)


def _read_version(folder: Traversable) -> tuple[str | None, list[Problem]]:
    """The version from `folder/version.json`, which must name the folder it is in."""
    file = folder / "version.json"
    name = str(file)
    if not file.is_file():
        message = f'missing: write {{"version": "1.0.0", "folder": "{folder.name}"}}'
        return None, [Problem(name, None, "", message)]
    try:
        meta = json.loads(file.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        return None, [Problem(name, error.lineno, "", f"invalid JSON: {error.msg}")]
    except UnicodeDecodeError:
        return None, [Problem(name, None, "", "not UTF-8 text")]
    if not isinstance(meta, dict):
        return None, [Problem(name, 1, "", "must be a JSON object with version and folder")]
    problems = []
    version, named = meta.get("version"), meta.get("folder")
    if not isinstance(version, str) or not valid_version(version):
        problems.append(Problem(name, 1, "version", f"{version!r} is not a version like '1.0.0'"))
    if named != folder.name:
        message = f"is {named!r}, but the folder is {folder.name!r}"
        problems.append(Problem(name, 1, "folder", message))
    for key in sorted(set(meta) - {"version", "folder"}):
        problems.append(Problem(name, 1, key, "unknown key (expected: version, folder)"))
    return (version if not problems else None), problems


def parse_toml(file: Traversable) -> tuple[str, dict[str, Any], list[Problem]]:
    """A TOML file's text and tables, or the problem (with its line) that stops reading it."""
    name = str(file)
    try:
        text = file.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return "", {}, [Problem(name, None, "", "not UTF-8 text")]
    except OSError as error:
        return "", {}, [Problem(name, None, "", f"cannot be read: {error.strerror or error}")]
    try:
        return text, tomllib.loads(text), []
    except tomllib.TOMLDecodeError as error:
        found = _LINE.search(str(error))
        line = int(found[1]) if found else None
        message = _LINE.sub(f" (column {found[2]})" if found else "", str(error))
        return text, {}, [Problem(name, line, "", f"invalid TOML: {message}")]


# ----------------------------------------------------------------------------------- extending


def _extended(user: _Source) -> _Source:
    """`user` merged over the built-in lexicon (when it says `extends = "builtin"`)."""
    if user.data.get("extends") not in schema.BASES:
        return user  # the schema reports the unknown base
    with _BUILTIN_LOCK:
        base = _builtin_source()
    data = copy.deepcopy(base.data)
    problems = list(user.problems)
    for key, value in user.data.items():
        old = data.get(key)
        expected = schema.TOP.get(key)
        if expected is not None and old is not None and not expected[0].test(value):
            # Reported here, against the user's file, and the built-in value kept: merging the
            # wrong type would make every built-in reference to it look broken.
            message = f"must be {expected[0].name}, not {describe(value)}"
            problems.append(Problem(*locate(user.texts, (key,), user.origin), key, message))
            continue
        if key in MERGED_BY_ID and isinstance(value, dict) and isinstance(old, dict):
            for item, fields in value.items():
                before = old.get(item)
                if isinstance(before, dict) and isinstance(fields, dict):
                    old[item] = {**before, **fields}
                else:
                    old[item] = fields
        elif key == "cues" and isinstance(value, dict) and isinstance(old, dict):
            data[key] = {**old, **value}
        elif key == "roadmap" and isinstance(value, list) and isinstance(old, list):
            data[key] = _merge_roadmap(old, value)
        else:
            data[key] = value
    if "version" not in user.data:
        data["version"] = f"{base.data['version']}+extended"
    return _Source(user.origin, data, (*user.texts, *base.texts), tuple(problems))


def _merge_roadmap(base: list[Any], steps: list[Any]) -> list[Any]:
    merged = list(base)
    for step in steps:
        number = step.get("step") if isinstance(step, dict) else None
        index = next(
            (i for i, s in enumerate(merged) if isinstance(s, dict) and s.get("step") == number),
            None,
        )
        if index is None or number is None:
            merged.append(step)
        else:
            merged[index] = {**merged[index], **step}
    return merged


# ---------------------------------------------------------------------------------- validating


def _problems(source: _Source) -> list[Problem]:
    found = problems_at(source.texts, schema.check(source.data), source.origin)
    return in_order([*source.problems, *found])


# ------------------------------------------------------------------------------------ building


def _build(source: _Source) -> Lexicon:
    """The typed records of a valid lexicon."""
    data = source.data
    tables = ("version", "roadmap", "certifications", "cues", "default_profile")
    return build(
        Lexicon,
        {"roadmap": [], "certifications": {}, "cues": {}}
        | {k: data[k] for k in tables if k in data}
        | {"skills": _with_shared_lists(data)},
        source=source.origin,
        profiles=MappingProxyType(
            {
                pid: _profile(pid, table, tuple(data["skills"]))
                for pid, table in data["profiles"].items()
            }
        ),
        projects=tuple(
            build(ProjectIdea, table, id=pid) for pid, table in data.get("projects", {}).items()
        ),
    )


def _with_shared_lists(data: Mapping[str, Any]) -> dict[str, Any]:
    """The skills' tables with the shared lists written out: the phrases of each skill's
    `alias_lists` among its aliases and of its `exclusion_lists` among its exclusions, and the
    words of each "@name" in place of it."""
    words = _WordLists(data.get("word_lists", {}))

    def with_lists(table: Mapping[str, Any], key: str, lists: str) -> list[str]:
        shared = data.get(lists, {})
        return [*table.get(key, []), *(p for name in table.get(lists, []) for p in shared[name])]

    skills = {}
    for sid, table in data["skills"].items():
        skills[sid] = table | {
            "aliases": with_lists(table, "aliases", "alias_lists"),
            "exclusions": with_lists(table, "exclusions", "exclusion_lists"),
            "patterns": [
                rule | {"pattern": [words.in_token(token) for token in rule["pattern"]]}
                for rule in table.get("patterns", [])
            ],
            "context": [
                rule
                | {
                    key: words.written_out(rule[key])
                    for key in ("require_any", "refuted_by")
                    if key in rule
                }
                for rule in table.get("context", [])
            ],
        }
    return skills


@dataclass(frozen=True, slots=True)
class _WordLists:
    """The lexicon's `word_lists`, to write out where "@name" refers to one."""

    lists: Mapping[str, list[str]]

    def written_out(self, items: list[str]) -> list[str]:
        words: list[str] = []
        for item in items:
            name = schema.word_list_name(item)
            words += [item] if name is None else self.lists[name]
        return words

    def in_token(self, token: Mapping[str, Any]) -> dict[str, Any]:
        """A token pattern with its list predicates ({ NOT_IN = [...] }) written out."""
        return {
            attr: {
                predicate: self.written_out(arg) if predicate in schema.LIST_PREDICATES else arg
                for predicate, arg in value.items()
            }
            if isinstance(value, dict)
            else value
            for attr, value in token.items()
        }


def _profile(pid: str, table: Mapping[str, Any], every_skill: tuple[str, ...]) -> Profile:
    """A profile: `skills = "all"` is every skill of the lexicon; a description may be omitted."""
    skills = every_skill if table["skills"] == schema.ALL_SKILLS else table["skills"]
    return build(Profile, {"description": "", **table, "skills": skills}, id=pid)
