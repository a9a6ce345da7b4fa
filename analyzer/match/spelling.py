"""Misspelt long words of the lexicon: "Model Evalaution", "bayesain statistics", "Kubernets",
"Refinforcement Learning".

A resume written fast drops, swaps or adds a letter of a long word. Such a word is read as the
lexicon's word when it is one edit from it (a letter dropped or added, or two neighbouring letters
swapped, the first and the last letter kept), the lexicon's word has at least `MIN_WORD_CHARS`
letters, only one lexicon word is that near, and the misspelling is no word itself: not an
English word that spacy-lookups-data knows, not a stop word, not a word of the lexicon ("leaning"
and "earning" stay themselves, "modeling" is not a misspelt "modelling"). Short words are never
corrected: one edit turns them into other words too easily ("scala"/"scale", "keras"/"kerns").

Whether a variant is a word is asked of spacy-lookups-data's English tables themselves (the lookup
table's forms and lemmas, and the lemma index's base words), never of the table matching uses,
which `analyzer.match.cache` may have cut to a lexicon: the answer is the same with or without a
cache.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from analyzer.match.nlp import lower_preserving_length
from analyzer.match.vocabulary import WORD
from skill_lexicon.model import Lexicon

MIN_WORD_CHARS = 7
"""The shortest lexicon word whose misspellings are read as it ("keras" and "spark" are not)."""
MIN_MISSPELT_CHARS = MIN_WORD_CHARS - 1
"""The shortest word that may be a misspelling (one letter shorter, by a dropped letter)."""


def lexicon_words(lexicon: Lexicon) -> frozenset[str]:
    """The lower-case words of a lexicon's aliases, lemma phrases and context words: what a
    misspelling may stand for (context words too: "bayesain" stands beside "statistics"), and what
    a piece of a product code may be and still be a term ("EC2/S3")."""
    words: set[str] = set()
    for skill in lexicon.skills.values():
        for phrase in (*skill.aliases, *skill.lemmas):
            words.update(WORD.findall(lower_preserving_length(phrase)))
        for rule in skill.context:
            words.update(w for phrase in rule.words for w in phrase.split())
    return frozenset(words)


def one_edit_variants(word: str) -> set[str]:
    """`word` with one letter dropped or two neighbouring letters swapped, the first and the last
    letter kept (a word without its last letter is too often another: a singular, a name)."""
    dropped = {word[:i] + word[i + 1 :] for i in range(1, len(word) - 1)}
    swapped = {
        word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        for i in range(1, len(word) - 1)
        if word[i] != word[i + 1]
    }
    return (dropped | swapped) - {word}


def candidate_misspellings(words: Iterable[str]) -> dict[str, str]:
    """Misspelling -> the one long word of `words` it stands for, before the test that it is not
    itself a word (`misspellings`). A variant two words share is dropped."""
    found: dict[str, str | None] = {}
    for word in words:
        if len(word) < MIN_WORD_CHARS or not word.isalpha():
            continue
        for variant in one_edit_variants(word):
            found[variant] = word if found.get(variant, word) == word else None
    return {variant: word for variant, word in found.items() if word is not None}


class Misspellings:
    """Tells the misspelt lexicon word a word stands for. The lexicon's variants are worked out
    once, when first needed (about 10 ms); whether a variant is itself a word is asked only of the
    variants a text holds."""

    def __init__(self, words: frozenset[str]) -> None:
        self._words = words
        self._candidates: dict[str, str] | None = None  # worked out when first asked

    def correction(self, word: str) -> str | None:
        """The lexicon word that lower-case `word` misspells, or None."""
        if word in self._words or word in STOP_WORDS:
            return None
        if self._candidates is None:
            self._candidates = candidate_misspellings(self._words)
        target = self._candidates.get(word) or self._with_a_letter_added(word)
        return None if target is None or word in english_words() else target

    def _with_a_letter_added(self, word: str) -> str | None:
        """The one long lexicon word that `word` is with a letter added inside it (the first and
        the last kept), or None. Asked of the word, not worked out ahead: a lexicon word's
        variants with a letter added are 26 times as many as those with one dropped."""
        if len(word) <= MIN_WORD_CHARS:
            return None
        shorter = {word[:i] + word[i + 1 :] for i in range(1, len(word) - 1)} & self._words
        found = [target for target in shorter if target.isalpha()]
        return found[0] if len(found) == 1 else None


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """The words spacy-lookups-data knows in English: the forms and lemmas of its lookup table and
    the base words of its lemma index (nouns, verbs, adjectives, adverbs). Loaded the first time
    a text holds a variant of a lexicon word (most never do)."""
    from spacy.util import load_language_data, registry

    tables = registry.lookups.get("en")
    lookup = load_language_data(tables["lemma_lookup"])
    index = load_language_data(tables["lemma_index"])
    assert isinstance(lookup, dict) and isinstance(index, dict)
    return frozenset(lookup).union(lookup.values(), *index.values())
