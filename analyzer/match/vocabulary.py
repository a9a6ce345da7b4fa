"""Which words of the resumes spaCy keeps across memory zones.

Matching runs in spaCy's memory zone so that a long-lived pipeline does not keep every name and
address it ever read. But inside a zone nothing is remembered: every word is looked up and made a
lexeme again, and the tokenizer caches nothing, so each resume was tokenized as if it were the
first (about half of all matching time). `CommonWords` notes, inside a zone, the pieces of text
(runs of non-space characters, the tokenizer's unit of caching) that are common: made only of
words of the lemma table (forms and lemmas), the lexicon's terms and stop words (and
punctuation), or seen in an earlier resume already (months, years, "software", "javascript,").
After the zone those pieces are tokenized once outside it, so their lexemes and tokenization stay.
A word seen once (a name, an address) stays in the zone and is freed; of the pieces seen once only
their hashes are remembered, and no more than `SEEN_LIMIT` of them.

Memory stays bounded: at most the tokenizer's cache size of pieces is ever kept (spaCy's own
limit). Tokens are the same whether a piece is cached or not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

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
    """Keeps the common pieces of text seen in memory zones out of them. Not thread-safe: enter
    `memory_zone` under the lock that serialises matching (spaCy's zones are not either)."""

    def __init__(self, nlp: Language, lemmas: Table, terms: Iterable[str]) -> None:
        self._nlp = nlp
        self._lemma_forms = lemmas
        self._words = frozenset(lemmas.values()).union(terms, STOP_WORDS)  # strings: no hashing
        self._kept: set[str] = set()
        self._pending: set[str] = set()
        self._seen: set[int] = set()
        self._limit: int = getattr(nlp.tokenizer, "max_cache_size", 10_000)
        self._in_zone = False

    @contextmanager
    def memory_zone(self) -> Iterator[None]:
        """spaCy's memory zone, then the common pieces noted in it kept (tokenized outside it)."""
        with self._nlp.memory_zone():
            self._in_zone = True
            try:
                yield
            finally:
                self._in_zone = False
        self._keep()

    def note(self, text: str) -> None:
        """Remember the common pieces of `text` (as it is tokenized) not kept yet, and the hashes
        of the others; only inside a memory zone (outside one, tokenizing keeps them anyway)."""
        if not self._in_zone:
            return
        for piece in set(text.split()).difference(self._kept, self._pending):
            if len(self._kept) + len(self._pending) >= self._limit:
                return
            if len(piece) > LONGEST_PIECE:
                continue
            key = get_string_id(piece)
            if key in self._seen or all(map(self._is_common, WORD.findall(piece))):
                self._pending.add(piece)
            elif len(self._seen) < SEEN_LIMIT:
                self._seen.add(key)
            else:
                self._seen.clear()

    def _keep(self) -> None:
        """Tokenize the noted pieces outside the memory zone, once: from now on they are cached."""
        tokenizer = self._nlp.tokenizer
        for piece in sorted(self._pending):
            if len(self._kept) >= self._limit:
                break
            tokenizer(piece)
            self._kept.add(piece)
        self._pending.clear()

    def _is_common(self, word: str) -> bool:
        return word in self._words or get_string_id(word) in self._lemma_forms
