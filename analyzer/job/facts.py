"""Facts a posting states outside its skill lists: unlisted technical terms, seniority words and
years of experience asked ("3+ years", "at least five years", "less than 2 years").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from skill_lexicon.postings import PostingVocabulary

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
}  # fmt: skip
_NUMBER = r"(\d{1,2}(?:\.\d)?|" + "|".join(NUMBER_WORDS) + r")"
YEARS = re.compile(
    rf"(?P<lead>\b(?:at\s+least|minimum(?:\s+of)?|min\.?|over|more\s+than|less\s+than|under|"
    rf"up\s+to|no\s+more\s+than|>\s*|<\s*)\s*)?"
    rf"(?<![\w.-])(?P<low>{_NUMBER})\s*(?P<plus>\+)?\s*"
    rf"(?:(?:-|\u2013|\u2014|to)\s*(?P<high>{_NUMBER})\s*\+?\s*)?"
    rf"(?:years?|yrs?)(?!-)\b(?P<tail>\s+(?:or\s+more|\+|and\s+above|minimum))?"
    rf"(?!\s+(?:degree|bachelor|old|program))",
    re.IGNORECASE,
)
_URLISH = re.compile(r"\S*(?:://|www\.|@)\S*")


@dataclass(frozen=True, slots=True)
class YearsFound:
    minimum: float | None
    maximum: float | None
    start: int
    end: int


def _number(text: str) -> float:
    lowered = text.lower()
    return float(NUMBER_WORDS[lowered]) if lowered in NUMBER_WORDS else float(lowered)


def years_stated(text: str) -> Iterator[YearsFound]:
    """Every "N years" statement of experience in `text`, as a minimum and/or maximum."""
    for match in YEARS.finditer(text):
        low = _number(match.group("low"))
        high = _number(match.group("high")) if match.group("high") else None
        lead = re.sub(r"\s+", " ", (match.group("lead") or "").strip().lower())
        if lead in ("less than", "under", "up to", "no more than", "<"):
            yield YearsFound(None, low, match.start(), match.end())
        elif high is not None:
            yield YearsFound(low, high, match.start(), match.end())
        else:
            yield YearsFound(low, None, match.start(), match.end())


@dataclass(frozen=True, slots=True)
class TermHit:
    name: str
    start: int
    end: int


class TermFinder:
    """Finds the posting vocabulary's unlisted technical terms as whole words."""

    def __init__(self, vocabulary: PostingVocabulary) -> None:
        self._terms: list[tuple[str, re.Pattern[str], bool]] = []
        """(name, pattern, whether it must read as a name)."""
        for term in vocabulary.unlisted:
            alternatives = "|".join(
                re.escape(a) for a in sorted(term.aliases, key=len, reverse=True)
            )
            flags = 0 if term.case_sensitive else re.IGNORECASE
            pattern = re.compile(rf"(?<![\w.#+-])(?:{alternatives})(?![\w#+]|\.\w|-\w)", flags)
            self._terms.append((term.name, pattern, term.case_sensitive and term.list_context))

    def find(self, text: str) -> Iterator[TermHit]:
        links = [(m.start(), m.end()) for m in _URLISH.finditer(text)]
        for name, pattern, needs_context in self._terms:
            for match in pattern.finditer(text):
                if any(a <= match.start() < b for a, b in links):
                    continue
                if needs_context and not _used_as_a_name(text, match.start(), match.end()):
                    continue
                yield TermHit(name, match.start(), match.end())


def _used_as_a_name(text: str, start: int, end: int) -> bool:
    """A case-sensitive short term ("Go", "R", "Ray") counts in a list or after a preposition,
    not as an ordinary capitalised word starting a sentence ("Go beyond")."""
    before = text[max(0, start - 12) : start].rstrip()
    after = text[end : end + 2]
    if after[:1] in (",", "/", ")", ";") or before.endswith((",", "/", "(", ":")):
        return True
    return bool(re.search(r"\b(or|and|in|with|of|using|like)$", before, re.IGNORECASE))


def seniority_words(title: str, vocabulary: PostingVocabulary) -> list[tuple[str, str]]:
    """(word as written, level) for each seniority word of the title, in title order."""
    found: list[tuple[int, str, str]] = []
    for word, level in vocabulary.seniority.words():
        for match in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", title, re.IGNORECASE):
            if word in ("ii", "iii") and match.group(0) != word.upper():
                continue
            found.append((match.start(), match.group(0), level))
    found.sort()
    return [(text, level) for _, text, level in found]
