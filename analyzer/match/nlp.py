"""The spaCy pipeline: `spacy.blank("en")` plus the lookup lemmatizer. No model, no download.

Text is lower-cased before it is tokenized (length-preserving, so token offsets are offsets into the
resume text), which lets the lookup table lemmatize "Deployed" as "deploy" and lets every phrase
pattern match on LOWER and LEMMA alike.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from re import Pattern
from typing import Any

from spacy.lang.en import English, EnglishDefaults
from spacy.lang.tokenizer_exceptions import URL_MATCH
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

from analyzer.extract.glyphs import ITEM_MARKS
from skill_lexicon.model import Lexicon
from skill_lexicon.schema import GLUED_VERSION

MAX_TEXT_CHARS = 5_000_000
"""The longest text matched (spaCy's default is 1,000,000, sized for parsers and NER, which a blank
pipeline does not run; its memory grows only with the tokens)."""

ARROW = re.compile(r"[\u2190-\u21ff\u27f5-\u27ff\u2794-\u27bf]")
"""An arrow ("→", "⇒", "↗", "➜"): a token of its own ("keras→onnx", "csv⇒parquet")."""

CHARACTER_TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7a3]")
"""A Chinese character, a Japanese kana or a Korean syllable: a token of its own. Chinese and
Japanese write words without spaces ("机器学习工程师") and Korean glues its particles to the
word before ("딥러닝을"), so the lexicon's phrases in them match inside a run of text."""

EXTRA_INFIXES = (
    r"[(),;=|•·]",  # "kubernetes(eks)", "keras;pytorch", "auc=0.73", "python|sql"
    r"(?<=[a-z]):(?=[a-z])",  # "skills:python"
    r"(?<=[a-z0-9])@(?=0?\.\d)",  # "map@0.5", "ap@.75": a metric at a threshold, not an e-mail
    r"(?<=[a-z])\+(?=[a-z])",  # "spark+mlflow": terms joined by a plus ("c++", "a+" stay whole)
    r"(?<=%)[-\u2013](?=\d)",  # "85%-86% precision": a range of shares
    r"(?<=[+#])/(?=[a-z])",  # "c++/python", "c#/java": a slash after a language's sign
    ARROW.pattern,
    r"(?<=[a-z])-(?=\d+(?:\.\d+)?\+?(?:y|yr|yrs|year|years)$)",  # "git-4yr": years used, glued
    # a version glued to a name before a bracket, a hyphen, another version or another name
    # ("tensorflow2.0(keras)", "python3.10-based", "python3.8/3.9", "c++/python3/java"; not a
    # part number's "atsam4/f1"): the suffix rule only splits one off at a token's end
    rf"{GLUED_VERSION}(?=[(),;=|•·&+-]|/\d|/[a-z]{{2}})",
    # every Chinese character, Japanese kana and Korean syllable its own token (`CHARACTER_TOKEN`)
    CHARACTER_TOKEN.pattern,
)
GLUED_BULLET_PREFIX = rf"[{ITEM_MARKS}](?=[^\W\d_])"
"""A bullet glued to the word after it ("•python", "-docker", "*sql"): split off, so the word
matches as itself. Extraction maps every bullet glyph to "•"; the rest are typed bullets
(`ITEM_MARKS`)."""

GLUED_BAR_PREFIX = r"\|"
"""A bar glued to the item after it in a list ("Numpy |Pandas |Keras"): split off, as the infix
rules split "python|sql" (spaCy's tokenizer never splits an infix at a token's start)."""

GLUED_SLASH_PREFIX = r"/(?=[^\W_])"
GLUED_SLASH_SUFFIX = r"(?<=[^\W_]|[+#])/"
"""A slash glued to one of the two names it separates ("JAX /Keras", "AWS/ GCP",
"C++/ Java"): split off, as the infix rules split "TensorFlow/Keras"."""

ELISION_MARKS = ("'", "\u2019")
"""The marks that end an elided article ("d'", "l\u2019")."""

ELIDED_ARTICLE_PREFIX = (
    rf"(?:qu|[cdjlmnst]|dell|nell|sull|dall|all)[{''.join(ELISION_MARKS)}](?=[^\W\d_])"
)
"""An elided article or pronoun glued to the word after it, in French and Italian
("l'intégration continue", "d'anomalies", "dell'apprendimento"): split off, so the word matches
as itself."""

FOOTNOTE_MARK_SUFFIX = r"[\u2020\u2021\u00a7\u00b6]"
"""A footnote's mark glued to the word it annotates ("Git\u2020", "Python\u2021"; a dagger, a
double dagger, a section or a pilcrow sign): split off, so the word matches as itself."""

SCRIPT_BEFORE_SLASH = re.compile(r"[^\W_][\w-]*\.js/")
"""A script's name before a slash ("vue.js/keras"): two tools, not a web address (no site's ends
in ".js"), which spaCy's URL rule would keep as one token."""


def resume_url_match(text: str) -> re.Match[str] | None:
    """spaCy's match of a web address, which a token keeps whole, but not `SCRIPT_BEFORE_SLASH`:
    the infix rules split those at the slash as they split "tensorflow/keras"."""
    if SCRIPT_BEFORE_SLASH.match(text):
        return None
    return URL_MATCH(text)


RESUME_INFIXES: list[str] = [*(EnglishDefaults.infixes or ()), *EXTRA_INFIXES]
RESUME_PREFIXES: list[str | Pattern[str]] = [
    GLUED_BULLET_PREFIX,
    GLUED_BAR_PREFIX,
    GLUED_SLASH_PREFIX,
    ELIDED_ARTICLE_PREFIX,
    *(EnglishDefaults.prefixes or ()),
]
RESUME_SUFFIXES: list[str | Pattern[str]] = [
    GLUED_VERSION,
    GLUED_SLASH_SUFFIX,
    FOOTNOTE_MARK_SUFFIX,
    *(EnglishDefaults.suffixes or ()),
]


LOWER_OF_TURKISH_I = {"\u0130": "i"}
"""Turkish's dotted capital I, whose lower case Python writes as "i" and a combining dot: it is
"i" ("İstatistik" is "istatistik"), as a Turkish reader lowers it."""


def can_occur_lowered(text: str) -> bool:
    """Whether `text` can stand in a text `lower_preserving_length` lowered: it holds no
    character that lowering replaces (those whose lower case is another single character, and
    `LOWER_OF_TURKISH_I`)."""
    return all(
        (c == c.lower() or len(c.lower()) != 1) and c not in LOWER_OF_TURKISH_I for c in text
    )


PUNCTUATION_EMOTICON = re.compile(r"(?=.*[:;=])[()\[\]:;=\-'\u2019*^|/<>]+")
"""A face made of a colon (or a semicolon, or an equals sign) and other punctuation (":)", "):",
"=]", ":*", ":/"): in a resume these characters are punctuation ("Python (3 years): ...", a
Markdown label in bold, "**GitHub:**"), and kept whole as one token they hide it."""


def is_resume_exception(text: str) -> bool:
    """Whether spaCy's special case `text` stays one: lowered text can hold it
    (`can_occur_lowered`), and it is no emoticon of punctuation."""
    return can_occur_lowered(text) and not PUNCTUATION_EMOTICON.fullmatch(text)


RESUME_EXCEPTIONS = {
    text: tokens
    for text, tokens in EnglishDefaults.tokenizer_exceptions.items()
    if is_resume_exception(text)
}
"""spaCy's English special cases ("don't", "e.g.") that lowered text can hold, less the emoticons
of punctuation: 682 of 1,347. The tokenizer only ever reads lowered text, where "Don't" or "Jan."
cannot occur, and loading a special case is the slowest part of building it (a lexeme and a
tokenization each)."""


class ResumeEnglish(English):  # type: ignore[no-untyped-call]  # spaCy's __init_subclass__
    """spaCy's blank English with `EXTRA_INFIXES`, the glued bullet and slash rules and
    `GLUED_VERSION` (a version glued to a name: "tensorflow2", "python3.10") among its defaults,
    so the tokenizer is built with them once: setting a blank pipeline's `infix_finditer`
    afterwards recompiles the infixes and reloads all 2,694 tokenizer exceptions, which made
    building the pipeline twice as slow. Its special cases are `RESUME_EXCEPTIONS`: it reads
    lowered text."""

    lang = "en"

    class Defaults(EnglishDefaults):
        infixes = RESUME_INFIXES
        prefixes = RESUME_PREFIXES
        suffixes = RESUME_SUFFIXES
        tokenizer_exceptions = RESUME_EXCEPTIONS
        url_match = resume_url_match


def build_pipeline(lemmas: Mapping[str, str] | None = None) -> Language:
    """A blank English pipeline whose tokenizer also splits the list punctuation resumes use.

    Its lookup lemmatizer reads spacy-lookups-data's table, or `lemmas` (form -> lemma) when
    given: a table cut to what a lexicon needs (`analyzer.match.cache`) loads in a fraction of the
    time."""
    nlp = ResumeEnglish()
    nlp.max_length = MAX_TEXT_CHARS
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    if lemmas is None:
        nlp.initialize()
    else:
        use_lemma_table(nlp, lemmas)
    return nlp


def use_lemma_table(nlp: Language, lemmas: Mapping[str, str]) -> None:
    """Make `lemmas` (form -> lemma) the table of the pipeline's lookup lemmatizer."""
    lookups = Lookups()
    lookups.add_table("lemma_lookup", dict(lemmas))
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert isinstance(lemmatizer, Lemmatizer)
    lemmatizer.initialize(lookups=lookups)


def lexicon_terms(lexicon: Lexicon, tokenize: Callable[[str], Doc]) -> frozenset[str]:
    """The lower-case words of a lexicon's aliases and lemma phrases (`tokenize`d as matching
    does): a plural of one of them ("LLMs") is lemmatized to it."""
    return frozenset(
        t.lower_
        for s in lexicon.skills.values()
        for p in (*s.aliases, *s.lemmas)
        for t in tokenize(p)
        if t.is_alpha
    )


WORD_ATTRS = ("LOWER", "LEMMA", "ORTH", "TEXT", "NORM")
"""The token attributes whose values a lexicon writes as words."""


def written_apart(
    pattern: Sequence[Mapping[str, Any]], split: Callable[[str], list[str]]
) -> list[list[dict[str, Any]]]:
    """`pattern` as the Matcher can match it: a word that `split` (the tokenizer) cuts into
    several tokens ("zero-shot" into "zero", "-", "shot"; "ci/cd") never equals one token, so
    each such word among a token's values becomes the run of its tokens in a variant pattern of
    its own, and the token keeps its other values. Where the token repeats ("{0,3}", "+") the
    run may stand among them. Negated tokens and values (NOT_IN) stay as written."""
    for i, token in enumerate(pattern):
        op = token.get("OP")
        for attr in WORD_ATTRS if op != "!" else ():
            value: Any = token.get(attr)
            words = words_in(value)
            apart = {w: pieces for w in words if len(pieces := split(w)) > 1}
            if not apart:
                continue
            before, after = list(pattern[:i]), list(pattern[i + 1 :])
            whole = [w for w in words if w not in apart]
            kept = {**token, attr: {**value, "IN": whole}} if whole and value else {}
            variants: list[list[Mapping[str, Any]]] = [[*before, kept, *after]] if kept else []
            if not kept and _may_be_absent(op):
                variants.append([*before, *after])
            for pieces in apart.values():
                run: list[Mapping[str, Any]] = [{attr: piece} for piece in pieces]
                if kept and op not in (None, "?"):
                    around = {**kept, "OP": _none_to(op)}
                    run = [around, *run, around]
                variants.append([*before, *run, *after])
            return [matched for v in variants for matched in written_apart(v, split)]
    return [[dict(token) for token in pattern]]


def words_in(value: Any) -> list[str]:
    """The words a pattern token's attribute value names: the value itself when it is a word, or
    the words of its IN list."""
    listed = value.get("IN", ()) if isinstance(value, Mapping) else [value]
    return [v for v in listed if isinstance(v, str)]


def _none_to(op: str) -> str:
    """A repeat's operator with no least count: "{1,5}" -> "{0,5}", "+" -> "*"."""
    return "*" if op in ("+", "*") else re.sub(r"^\{\d*,", "{0,", op)


def _may_be_absent(op: str | None) -> bool:
    return op in ("?", "*") or (op or "").startswith(("{0,", "{,"))


def lower_preserving_length(text: str) -> str:
    """`text.lower()`, except characters whose lower case has another length stay as they are
    (Turkish's dotted capital I becomes "i": `LOWER_OF_TURKISH_I`)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(
        LOWER_OF_TURKISH_I.get(c) or (c if len(c.lower()) != 1 else c.lower()) for c in text
    )
