"""Which words of the resumes spaCy keeps across memory zones.

Matching runs in spaCy's memory zone so that a long-lived pipeline does not keep every name and
address it ever read. But inside a zone nothing is remembered: every word is looked up and made a
lexeme again, and the tokenizer caches nothing, so each resume was tokenized as if it were the
first (about half of all matching time). Before a text is matched in a zone, `CommonWords.keep`
tokenizes, outside it, the pieces of the text (runs of non-space characters, the tokenizer's unit
of caching) that are common: made only of words of the lemma table (forms and lemmas), the
lexicon's words and stop words (and punctuation), or seen in an earlier resume already (months,
years, "software", "javascript,"). Their lexemes and tokenization stay, and the zone finds them
made. A word seen once (a name, an address) is made in the zone and freed; of the pieces seen once
only their hashes are remembered, and no more than `SEEN_LIMIT` of them. (Keeping the common
pieces after the zone instead made each new common word twice: in the zone, then outside it.)

Memory stays bounded: at most the tokenizer's cache size of pieces is ever kept (spaCy's own
limit). Tokens are the same whether a piece is cached or not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.lookups import Table
from spacy.strings import get_string_id

WORD = re.compile(r"[^\W_]+")
LONGEST_PIECE = 40
"""Longer pieces of text (links, long hyphenated runs) are not worth keeping."""
SEEN_LIMIT = 20_000
"""Hashes of pieces seen once that are remembered (then forgotten all at once, to start again)."""


class CommonWords:
    """Keeps the common pieces of the texts it is shown. Not thread-safe, and not for use inside a
    memory zone: call `keep` under the lock that serialises matching, before entering the zone."""

    def __init__(self, nlp: Language, lemmas: Table, terms: Iterable[str]) -> None:
        self._nlp = nlp
        self._lemma_forms = lemmas
        self._words = frozenset(lemmas.values()).union(terms, STOP_WORDS)  # strings: no hashing
        self._kept: set[str] = set()
        self._seen: set[int] = set()
        self._limit: int = getattr(nlp.tokenizer, "max_cache_size", 10_000)
        self._special_cases = frozenset(getattr(nlp.tokenizer, "rules", None) or ())

    @property
    def full(self) -> bool:
        """Whether as many pieces are kept as spaCy caches: `keep` then keeps nothing more."""
        return len(self._kept) >= self._limit

    def keep(self, text: str) -> None:
        """Tokenize the common pieces of `text` (lowered as it is to be tokenized) not kept yet,
        so that from now on they are cached; remember the hashes of the others."""
        if self.full:
            return
        common: list[str] = []
        for piece in sorted(set(text.split()).difference(self._kept)):
            if len(self._kept) + len(common) >= self._limit:
                break
            if len(piece) > LONGEST_PIECE:
                continue
            key = get_string_id(piece)
            if key in self._seen or all(map(self._is_common, WORD.findall(piece))):
                common.append(piece)
            elif len(self._seen) < SEEN_LIMIT:
                self._seen.add(key)
            else:
                self._seen.clear()
        if common:
            self._tokenize(common)
            self._kept.update(common)

    def _tokenize(self, pieces: list[str]) -> None:
        """Tokenize `pieces` outside a memory zone, so that spaCy caches each. Within one call it
        caches no piece after the first that meets a special case ("don't", "e.g.": its flag is
        per call, not per piece), so only words of letters that are no special case themselves
        (which no prefix or suffix rule splits) go in one call; the others go one at a time."""
        alone = [p for p in pieces if not p.isalpha() or p in self._special_cases]
        together = set(pieces).difference(alone)
        self._nlp.tokenizer(" ".join(p for p in pieces if p in together))
        for piece in alone:
            self._nlp.tokenizer(piece)

    def _is_common(self, word: str) -> bool:
        return word in self._words or get_string_id(word) in self._lemma_forms
