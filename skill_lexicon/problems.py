"""Problems with a lexicon, and where they are: the file and line of a key path.

`tomllib` gives no positions, so `SourceText.locate()` scans the TOML text for the table headers
(`[skills.python]`, the n-th `[[skills.python.patterns]]`) and the keys under them. That is good
enough to point a person at the right line of a hand-written file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from skill_lexicon.structure import KeyPath

_HEADER = re.compile(r"^\s*(?P<open>\[\[?)\s*(?P<name>[^\[\]]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(r"""^\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[A-Za-z0-9_-]+))\s*[.=]""")
_HEADER_PART = re.compile(r""""([^"]*)"|'([^']*)'|([^.\s]+)""")


class LexiconError(ValueError):
    """A lexicon is invalid; `problems` lists every problem as "file:line: key: message".

    `analyzer.errors.LexiconError` is the analyzer's form of it (a `SkillgapError`, exit code 11);
    this package raises this one, because it imports nothing from `analyzer`.
    """

    exit_code = 11
    code = "E011"

    def __init__(
        self, message: str, problems: list[str] | None = None, *, path: str | None = None
    ) -> None:
        self.message = message
        self.problems = list(problems or [])
        self.path = path
        detail = "".join(f"\n  {p}" for p in self.problems)
        super().__init__(f"{path}: {message}{detail}" if path else f"{message}{detail}")


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a lexicon, and where."""

    file: str
    line: int | None
    key_path: str
    """Dotted, with array indexes: "skills.python.patterns[0].pattern[1].LOWER"."""
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return (
            f"{where}: {self.key_path}: {self.message}"
            if self.key_path
            else f"{where}: {self.message}"
        )


def format_path(path: KeyPath) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


@dataclass(frozen=True, slots=True)
class _Block:
    """A table header (or the top of the file) and the first line of each key under it."""

    path: KeyPath
    line: int
    keys: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SourceText:
    """One TOML file's name and text."""

    name: str
    text: str

    def locate(self, path: KeyPath) -> tuple[int | None, bool]:
        """The line of `path` in this file, and whether the key itself was found (rather than
        only the table that holds it, or nothing: line None)."""
        best: _Block | None = None
        blocks = _blocks(self.text)
        for block in blocks:
            n = len(block.path)
            if path[:n] == block.path and (best is None or n > len(best.path)):
                best = block
        if best is None or (best.line == 0 and path and path[0] not in best.keys):
            # `path` written as an array of tables ("[[skills]]" for the table "skills")
            tables = [b for b in blocks if b.line and b.path[: len(path)] == path]
            if tables:
                return tables[0].line, True
        if best is None:
            return None, False
        rest = path[len(best.path) :]
        if not rest:
            return best.line or None, True
        first = rest[0]
        if isinstance(first, str) and first in best.keys:
            return best.keys[first], True
        return best.line or None, False


def locate(texts: Iterable[SourceText], path: KeyPath, default: str) -> tuple[str, int | None]:
    """The file and line of `path`: the first file that has the key, else the first that has its
    table, else `default` without a line."""
    partial: tuple[str, int | None] | None = None
    for text in texts:
        line, exact = text.locate(path)
        if exact and line is not None:
            return text.name, line
        if line is not None and partial is None:
            partial = (text.name, line)
    return partial or (default, None)


def problems_at(
    texts: Iterable[SourceText], found: Iterable[tuple[KeyPath, str]], default: str
) -> list[Problem]:
    """Each (key path, message) found in the data as a Problem at the file and line of its key
    (see `locate`), sorted by file and line."""
    texts = tuple(texts)
    return in_order(
        Problem(*locate(texts, path, default), format_path(path), message)
        for path, message in found
    )


def in_order(problems: Iterable[Problem]) -> list[Problem]:
    """By file and line; problems on one line keep the order they were found in."""
    return sorted(problems, key=lambda problem: (problem.file, problem.line or 0))


def _blocks(text: str) -> list[_Block]:
    blocks: list[_Block] = []
    path: KeyPath = ()
    header_line = 0
    keys: dict[str, int] = {}
    counts: dict[KeyPath, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        header = _HEADER.match(line)
        if header:
            blocks.append(_Block(path, header_line, keys))
            names: KeyPath = tuple(
                next(g for g in m.groups() if g is not None)
                for m in _HEADER_PART.finditer(header["name"])
            )
            if header["open"] == "[[":
                index = counts.get(names, 0)
                counts[names] = index + 1
                names = (*names, index)
            path, header_line, keys = names, number, {}
            continue
        key = _KEY.match(line)
        if key:
            keys.setdefault(key["dq"] or key["sq"] or key["bare"], number)
    blocks.append(_Block(path, header_line, keys))
    return blocks
