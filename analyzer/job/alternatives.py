"""Alternatives a posting accepts: "Azure or AWS", "Scala or Python", "PyTorch/TensorFlow",
"Kubernetes, Docker or a similar orchestrator", "such as XGBoost, Keras".

A run of mentions separated only by commas, slashes and "or" is one group when an "or" or a slash
joins it, when it opens with an example marker ("such as", "e.g.", "one of") or when it ends with
"etc." or "or another ...". A candidate who shows one member of a group meets the others.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_JOINER = re.compile(r"^\s*(?:\([^()]{1,20}\))?[\s,/]*(?:(?:and/)?or\b)?[\s,/]*$", re.IGNORECASE)
"""What may stand between two alternatives: commas, slashes, "or", and a short parenthesis
("Azure (preferred), AWS, GCP")."""
_ALTERNATIVE_JOINER = re.compile(r"/|\bor\b", re.IGNORECASE)
_OPENS = re.compile(
    r"(?:such as|e\.g\.?,?|i\.e\.?,?|like|for example|one of|one or more of|any of|either|"
    r"at least one of)[\s:(]*(?:[\w.+#-]+[\s,/]+){0,3}$",
    re.IGNORECASE,
)
_CLOSES = re.compile(
    r"^[\s,]*(?:etc\b|or (?:an)?other\b|or some other\b|or similar\b|or equivalent\b|"
    r"or comparable\b|or related\b|or any\b)",
    re.IGNORECASE,
)
OPENER_REACH = 40
"""Characters before a run where an example marker may stand."""


@dataclass(frozen=True, slots=True)
class Mention:
    """A skill id or an unlisted term's name at `text[start:end]`."""

    key: str
    start: int
    end: int


def groups(text: str, mentions: Iterable[Mention]) -> list[tuple[str, ...]]:
    """The groups of alternatives among `mentions` (each with 2 or more distinct keys)."""
    ordered = sorted({(m.start, m.end, m.key): m for m in mentions}.values(), key=_order)
    found: list[tuple[str, ...]] = []
    run: list[Mention] = []
    joiners: list[str] = []

    def close() -> None:
        keys = tuple(dict.fromkeys(m.key for m in run))
        if len(keys) > 1 and _accepts_any(text, run, joiners):
            found.append(keys)

    for mention in ordered:
        if run and mention.start < run[-1].end:
            continue  # overlapping mentions of the same words
        between = text[run[-1].end : mention.start] if run else ""
        if run and _JOINER.match(between):
            run.append(mention)
            joiners.append(between)
            continue
        if run:
            close()
        run, joiners = [mention], []
    if run:
        close()
    return list(dict.fromkeys(found))


def _order(mention: Mention) -> tuple[int, int]:
    return mention.start, -mention.end


def _accepts_any(text: str, run: list[Mention], joiners: list[str]) -> bool:
    if any(_ALTERNATIVE_JOINER.search(j) for j in joiners):
        return True
    before = text[max(0, run[0].start - OPENER_REACH) : run[0].start]
    return bool(_OPENS.search(before)) or bool(_CLOSES.match(text[run[-1].end :]))
