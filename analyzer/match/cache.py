"""The lemma table cut to what a lexicon needs, built once and kept in a folder the user names.

spaCy's lookup lemmatizer loads spacy-lookups-data's whole English table (41,582 forms) into a
`Table` one Python call per entry: about a quarter of building an `Analyzer`. Matching compares
lemmas only with the lemmas its rules name, so a table holding just the forms that lemmatize to
one of those words (or are one of them, or are a plural `_tokenize` reads as a term) gives the
same matches, the same evidence, the same reports; it is about a thousand entries.

Cutting needs the whole table, so the cut one is worth keeping: in `AnalyzerConfig.cache_dir`
(`--cache-dir`, `SKILLGAP_CACHE_DIR`), never elsewhere (nothing is written without one). An entry
is named by a key over everything it depends on: the lexicons' content, the versions of skillgap,
spaCy and spacy-lookups-data, the source of the code that decides which lemmas matter and the
tokenizer's affix rules; it holds the key and a checksum of its table, is written to a temporary
file and renamed into place, and is used only when it parses, its key and checksum agree and its
table has the right shape. Anything else is ignored and built again.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from analyzer.match.nlp import (
    RESUME_INFIXES,
    RESUME_PREFIXES,
    RESUME_SUFFIXES,
    build_pipeline,
    lexicon_terms,
    lower_preserving_length,
    use_lemma_table,
    words_in,
    written_apart,
)
from analyzer.version import __version__
from skill_lexicon.model import Lexicon

FORMAT = 1
"""The layout of a cache entry; a new layout gets a new number, so old entries are not read."""
RULE_MODULES = ("cache.py", "matcher.py", "judge.py", "nlp.py", "ondemand.py", "windows.py")
"""The code (in this package) that decides which lemmas matching compares: part of the key, so a
development checkout that changes it between releases does not read a table cut by the old rule."""


def cache_key(lexicons: Iterable[Lexicon]) -> str:
    """A hex digest over the lexicons' content (not where they were loaded from) and the versions
    of what builds the table."""
    digest = hashlib.sha256()
    parts = [f"format {FORMAT}", f"skillgap {__version__}"]
    parts += [f"{name} {_version(name)}" for name in ("spacy", "spacy-lookups-data")]
    parts += [repr(dataclasses.replace(lexicon, source="")) for lexicon in lexicons]
    parts += [_source(name) for name in RULE_MODULES]
    # the tokenizer's affix rules as built: some come from outside this package (the item marks of
    # extraction, the glued version of the lexicon's schema) and split the lexicon's phrases too
    parts += [repr((RESUME_PREFIXES, RESUME_INFIXES, RESUME_SUFFIXES))]
    for part in parts:
        digest.update(part.encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()


def full_lemma_table() -> dict[str, str]:
    """spacy-lookups-data's English lookup table, form -> lemma, as spaCy's lemmatizer loads it."""
    from spacy.util import load_language_data, registry

    table = load_language_data(registry.lookups.get("en")["lemma_lookup"])
    assert isinstance(table, dict)
    return table


def cut_lemma_table(lexicons: Sequence[Lexicon], tokenize: Callable[[str], Doc]) -> dict[str, str]:
    """The entries of the full table matching can tell apart from a word without an entry: the
    form or its lemma is a word whose lemma matching looks at (LEMMA values of token patterns, the
    words of lemma phrases and their lemmas, context words, action verbs), or the form is the
    plural of a lexicon term (its lemma decides whether `_tokenize` reads it as the term).
    `tokenize` splits phrases as matching does."""
    full = full_lemma_table()

    def pieces(word: str) -> list[str]:
        return [t.text for t in tokenize(word)]

    words: set[str] = set()
    terms: set[str] = set()
    for lexicon in lexicons:
        words.update(lexicon.cues.action_verbs)
        terms.update(lexicon_terms(lexicon, tokenize))
        for skill in lexicon.skills.values():
            for rule in skill.context:
                words.update(w for phrase in rule.words for w in phrase.split())
            for pattern in skill.patterns:
                for token in (t for p in written_apart(pattern.pattern, pieces) for t in p):
                    words.update(words_in(token.get("LEMMA")))
            for phrase in skill.lemmas:
                texts = [t.text for t in tokenize(phrase)]
                words.update(texts + [full.get(text, text) for text in texts])
    forms = words | {f"{term}s" for term in terms}
    return {form: lemma for form, lemma in full.items() if form in forms or lemma in words}


def cached_lemma_table(
    lexicons: Sequence[Lexicon], tokenize: Callable[[str], Doc], folder: str | os.PathLike[str]
) -> dict[str, str]:
    """The cut table from the cache in `folder`, or cut now and stored there."""
    key = cache_key(lexicons)
    cache = LemmaCache(folder)
    table = cache.load(key)
    if table is None:
        table = cut_lemma_table(lexicons, tokenize)
        cache.store(key, table)
    return table


def pipeline_with_cached_lemmas(
    lexicons: Sequence[Lexicon], folder: str | os.PathLike[str]
) -> Language:
    """The matching pipeline with its lemma table cut to `lexicons`, from the cache in `folder`
    or cut and stored there."""
    nlp = build_pipeline(lemmas={})

    def tokenize(phrase: str) -> Doc:
        return nlp.make_doc(lower_preserving_length(phrase))

    use_lemma_table(nlp, cached_lemma_table(lexicons, tokenize, folder))
    return nlp


class LemmaCache:
    """Cut lemma tables in a folder, by key. `load` answers None for anything it cannot trust."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)

    def path(self, key: str) -> Path:
        return self.folder / f"lemmas-{key[:32]}.json"

    def load(self, key: str) -> dict[str, str] | None:
        try:
            entry = json.loads(self.path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(entry, dict) or entry.get("key") != key:
            return None
        table = entry.get("lemmas")
        if not isinstance(table, dict) or entry.get("sha256") != _checksum(table):
            return None
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in table.items()):
            return None
        return table

    def store(self, key: str, table: Mapping[str, str]) -> None:
        """Write the entry atomically (a temporary file renamed into place); a folder that cannot
        be written is not an error: the next start builds the table again."""
        entry = {"key": key, "sha256": _checksum(table), "lemmas": dict(table)}
        with contextlib.suppress(OSError):
            self.folder.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=".lemmas-", dir=self.folder)
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as file:
                    json.dump(entry, file, ensure_ascii=False, sort_keys=True)
                Path(temporary).replace(self.path(key))
            except OSError:
                Path(temporary).unlink(missing_ok=True)
                raise


def _checksum(table: Mapping[str, str]) -> str:
    text = json.dumps(table, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _source(name: str) -> str:
    try:
        return hashlib.sha256((Path(__file__).parent / name).read_bytes()).hexdigest()
    except OSError:
        return f"{name} unreadable"


def _version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "none"
