"""Which language a resume is written in: a small offline heuristic, no models, no downloads.

Scripts first: a text that is largely Han, kana or Hangul is Chinese, Japanese or Korean. Otherwise
the most frequent function words decide among English, Spanish, French, German, Italian,
Portuguese and Dutch. Resumes are terse (few function words), so the winner needs a handful of
hits and a clear lead over the runner-up; else the answer is "unknown".
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "to",
            "in",
            "for",
            "with",
            "on",
            "at",
            "by",
            "from",
            "as",
            "is",
            "was",
            "are",
            "were",
            "an",
            "this",
            "that",
            "my",
            "our",
            "have",
            "has",
            "been",
            "be",
            "which",
            "or",
            "into",
            "using",
            "used",
            "over",
            "through",
            "while",
            "also",
            "i",
            "we",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "de",
            "del",
            "y",
            "en",
            "con",
            "para",
            "por",
            "una",
            "uno",
            "un",
            "que",
            "al",
            "se",
            "su",
            "sus",
            "como",
            "desde",
            "es",
            "son",
            "fue",
            "más",
            "mediante",
            "durante",
            "sobre",
            "entre",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "des",
            "du",
            "de",
            "et",
            "en",
            "avec",
            "pour",
            "par",
            "une",
            "un",
            "au",
            "aux",
            "sur",
            "dans",
            "est",
            "sont",
            "été",
            "que",
            "qui",
            "ce",
            "cette",
            "ses",
            "leur",
            "plus",
            "chez",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "das",
            "und",
            "mit",
            "für",
            "von",
            "zu",
            "im",
            "in",
            "den",
            "dem",
            "des",
            "ein",
            "eine",
            "einer",
            "bei",
            "auf",
            "als",
            "ist",
            "sind",
            "wurde",
            "sowie",
            "zur",
            "zum",
            "über",
            "durch",
        ]
    ),
    "it": frozenset(
        [
            "il",
            "lo",
            "la",
            "gli",
            "le",
            "di",
            "del",
            "della",
            "dei",
            "delle",
            "e",
            "con",
            "per",
            "da",
            "una",
            "un",
            "in",
            "che",
            "nel",
            "nella",
            "sono",
            "è",
            "alla",
            "al",
            "come",
            "anche",
        ]
    ),
    "pt": frozenset(
        [
            "o",
            "a",
            "os",
            "as",
            "de",
            "do",
            "da",
            "dos",
            "das",
            "e",
            "em",
            "com",
            "para",
            "por",
            "uma",
            "um",
            "no",
            "na",
            "nos",
            "nas",
            "que",
            "ao",
            "se",
            "como",
            "são",
            "foi",
            "pela",
            "pelo",
        ]
    ),
    "nl": frozenset(
        [
            "de",
            "het",
            "een",
            "en",
            "van",
            "met",
            "voor",
            "in",
            "op",
            "bij",
            "als",
            "is",
            "zijn",
            "werd",
            "aan",
            "door",
            "naar",
            "ook",
            "dat",
            "die",
            "binnen",
            "over",
        ]
    ),
}
MIN_HITS = 5
LEAD = 1.25
"""The winner needs this many times the runner-up's hits."""
CJK_SHARE = 0.2
"""A text whose letters are this much CJK script is a CJK-language resume."""

MAX_COUNTED_LENGTH = 12
"""Longer words are not counted."""
_COUNTED = frozenset(
    word for stop in STOPWORDS.values() for word in stop if len(word) <= MAX_COUNTED_LENGTH
)
"""The words whose counts decide: all the others are left out as they are found."""
_WORD = re.compile(r"[^\W\d_]+")
_CJK = re.compile(
    "[\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]"
)
"""Any character of the Han, kana and Hangul ranges `_cjk_language` counts."""


def detect_language(text: str) -> str:
    """ISO 639-1 code of the main language of `text`, or "unknown"."""
    cjk = _cjk_language(text)
    if cjk is not None:
        return cjk
    ranked = _function_words(text).most_common(2)
    best, best_hits = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if best_hits < MIN_HITS or best_hits < LEAD * runner_up:
        return "unknown"
    return best


LINE_MIN_HITS = 3
"""A single line is in another language with this many of its function words (and twice as many
as English's): lines are too short for `MIN_HITS`."""


def in_other_language(line: str) -> bool:
    """Whether one line of a resume is written in a language other than English, as a thesis
    title or a paper's in an English resume may be: "Um estudo sobre a avaliação de modelos"."""
    hits = _function_words(line)
    best, best_hits = hits.most_common(1)[0]
    return best != "en" and best_hits >= LINE_MIN_HITS and best_hits >= 2 * hits["en"]


def _function_words(text: str) -> Counter[str]:
    """Language -> how many of its function words `text` holds."""
    words = _counted_words(text.lower())
    return Counter(
        {
            lang: sum(map(words.__getitem__, stop.intersection(words)))
            for lang, stop in STOPWORDS.items()
        }
    )


def _counted_words(text: str) -> Counter[str]:
    """How often each of the `_COUNTED` words is a word of `text` (as `_WORD` finds them). A
    text's words are mostly its tokens between spaces, letters only, which need no pattern:
    only the other tokens are searched (white space ends a word: it is no letter)."""
    tokens = text.split()
    words = Counter(filter(_COUNTED.__contains__, tokens))  # a counted word is letters only
    others = " ".join(itertools.filterfalse(str.isalpha, tokens))
    words.update(filter(_COUNTED.__contains__, _WORD.findall(others)))
    return words


def _cjk_language(text: str) -> str | None:
    if not _CJK.search(text):  # no CJK letter at all: the usual case, decided without a loop
        return None
    han = kana = hangul = letters = 0
    for char in text:
        if not char.isalpha():
            continue
        letters += 1
        code = ord(char)
        if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF:
            han += 1
        elif 0x3040 <= code <= 0x30FF:
            kana += 1
        elif 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF:
            hangul += 1
    cjk = han + kana + hangul
    if not letters or cjk < CJK_SHARE * letters:
        return None
    if hangul >= max(han, kana):
        return "ko"
    if kana >= 0.1 * cjk:
        return "ja"
    return "zh"
