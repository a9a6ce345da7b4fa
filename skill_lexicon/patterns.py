"""spaCy's own check of a lexicon's token patterns, each problem at its file and line.

`skill_lexicon.schema` checks token patterns without spaCy, so that loading and validating a
lexicon stay light (`skillgap lexicon validate` loads no spaCy). What only spaCy knows is checked
here by the Matcher's own validation: the Analyzer runs it on every lexicon it is built with (it
loads spaCy anyway), and `skillgap lexicon validate --patterns` on request. Importing this module
imports spaCy.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from spacy.matcher import Matcher
from spacy.schemas import validate_token_pattern
from spacy.vocab import Vocab

from skill_lexicon.loader import source_texts
from skill_lexicon.model import Lexicon
from skill_lexicon.problems import LexiconError, Problem, SourceText, problems_at
from skill_lexicon.structure import KeyPath

_SCHEMA_ERROR = re.compile(r"^\[(?P<loc>[^\]]*)\] (?P<message>.*)$", re.DOTALL)
_ADVICE = re.compile(r"\s*Please use the option `validate=True`.*$", re.DOTALL)
"""spaCy's advice to its own users, which this check follows already."""


def check_patterns(lexicon: Lexicon) -> None:
    """Raises `LexiconError` listing, at file:line, every token pattern spaCy's Matcher rejects."""
    problems = pattern_problems(lexicon)
    if problems:
        message = f"invalid token patterns: {len(problems)} problem(s)"
        raise LexiconError(message, [str(p) for p in problems], path=lexicon.source)


def pattern_problems(lexicon: Lexicon, texts: Iterable[SourceText] | None = None) -> list[Problem]:
    """What spaCy's Matcher says of each token pattern of `lexicon` (empty when it accepts them
    all), located in `texts` (default: the files `lexicon.source` names)."""
    found: list[tuple[KeyPath, str]] = []
    for skill in lexicon.skills.values():
        for i, rule in enumerate(skill.patterns):
            tokens = [dict(token) for token in rule.pattern]
            found += _rejections(("skills", skill.id, "patterns", i, "pattern"), tokens)
    if not found:
        return []
    located = texts if texts is not None else source_texts(lexicon.source)
    return problems_at(located, found, lexicon.source)


def _rejections(path: KeyPath, tokens: list[dict[str, Any]]) -> list[tuple[KeyPath, str]]:
    """The Matcher's schema errors, at the token key they name; then, if there are none, what
    `Matcher.add` raises, at the first token it rejects on its own."""
    messages: dict[KeyPath, list[str]] = {}
    for error in validate_token_pattern(tokens):
        where, message = _located(path, tokens, error)
        messages.setdefault(where, []).append(message)
    if messages:
        return [(where, "spaCy's Matcher: " + "; ".join(m)) for where, m in messages.items()]
    try:
        Matcher(Vocab()).add("pattern", [tokens])
    except ValueError as error:
        rejected = next((j for j, t in enumerate(tokens) if not _accepted(t)), None)
        where = path if rejected is None else (*path, rejected)
        return [(where, f"spaCy's Matcher: {_ADVICE.sub('', str(error))}")]
    return []


def _accepted(token: dict[str, Any]) -> bool:
    try:
        Matcher(Vocab()).add("token", [[token]])
    except ValueError:
        return False
    return True


def _located(path: KeyPath, tokens: list[dict[str, Any]], error: str) -> tuple[KeyPath, str]:
    """ "[pattern -> 0 -> TEXT -> TokenPatternString -> ==] Extra inputs are not permitted" as
    (path + (0, "TEXT", "=="), message): the parts of spaCy's location that name keys of the
    pattern, not the names of the types its schema tried."""
    found = _SCHEMA_ERROR.match(error)
    if found is None:
        return path, error
    where: list[str | int] = list(path)
    value: Any = tokens
    for part in found["loc"].split(" -> ")[1:]:
        if isinstance(value, list) and part.isdigit() and int(part) < len(value):
            where.append(int(part))
            value = value[int(part)]
        elif isinstance(value, dict) and part in value:
            where.append(part)
            value = value[part]
        else:
            break
    return tuple(where), found["message"]
