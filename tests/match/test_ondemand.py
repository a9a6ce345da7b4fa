"""Compiling on demand changes nothing: the same matches as compiling every phrase up front, the
same terms as tokenizing every phrase, the same tokens with the special cases lowered text holds."""

from __future__ import annotations

import random

import pytest
from spacy.lang.en import English, EnglishDefaults

from analyzer.lexicon import load_lexicon
from analyzer.match import SkillMatcher, build_pipeline
from analyzer.match.nlp import (
    CHARACTER_TOKEN,
    PUNCTUATION_EMOTICON,
    RESUME_EXCEPTIONS,
    RESUME_INFIXES,
    RESUME_PREFIXES,
    RESUME_SUFFIXES,
    lexicon_terms,
    lower_preserving_length,
)
from analyzer.match.ondemand import ALL_DUE_AFTER, PendingPhrases, TermIndex, squashed
from analyzer.match.vocabulary import WORD
from skill_lexicon import Lexicon
from tests.builders import resume_from_sections

SEPARATORS = [" ", ", ", "\n", " - ", "/", "(", ") ", "; ", "|", "  ", ".", "\n\n", "-", ""]
FILLER = ["Built", "deployed", "models", "not", "learning", "2019 - 2021", "Skills", "its", "dont"]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon(None)


def phrases_of(lexicon: Lexicon) -> list[str]:
    found = [p for s in lexicon.skills.values() for p in (*s.aliases, *s.exclusions, *s.lemmas)]
    return sorted({*found, *lexicon.cues.negation, *lexicon.cues.wish, *lexicon.cues.pending})


def random_texts(phrases: list[str], count: int, seed: int) -> list[str]:
    """Lexicon phrases in every case, glued, pluralised and between list punctuation."""
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(3, 40)):
            part = rng.choice(phrases) if rng.random() < 0.7 else rng.choice(FILLER)
            part = rng.choice([part, part.upper(), part.title(), part.replace(" ", ""), part + "s"])
            parts.append(part + rng.choice(SEPARATORS))
        texts.append("".join(parts))
    return texts


def test_pending_phrases_fall_due_when_a_text_could_hold_them() -> None:
    pending: PendingPhrases[str] = PendingPhrases()
    for phrase in ("machine learning", "ml", "r", "scikit-learn", "ml"):
        pending.add(phrase, phrase.upper())
    assert len(pending) == 5
    assert pending.due("we do machinelearning and r") == ["MACHINE LEARNING", "R"]
    assert pending.due("machine learning in r") == []  # forgotten once due
    assert pending.due("scikit learn") == []  # not the same characters
    assert pending.due("built ml tools with scikit-\nlearn") == ["ML", "ML", "SCIKIT-LEARN"]
    assert len(pending) == 0


def test_every_phrase_falls_due_after_enough_texts() -> None:
    pending: PendingPhrases[str] = PendingPhrases()
    for phrase in ("pytorch", "r", "apache spark"):
        pending.add(phrase, phrase)
    for _ in range(ALL_DUE_AFTER):
        assert pending.due("nothing of those") == []
    assert pending.due("nothing of those") == ["pytorch", "r", "apache spark"]
    pending.add("dask", "dask")  # from then on, a phrase is due with the next text
    assert pending.due("nothing") == ["dask"]


def test_squashed_text_keeps_characters_and_drops_whitespace() -> None:
    assert squashed("a b\tc\n\nd\u00a0e") == "abcde"


def test_matches_are_those_of_every_phrase_compiled_up_front(lexicon: Lexicon) -> None:
    nlp = build_pipeline()
    on_demand = SkillMatcher(lexicon, nlp)
    up_front = SkillMatcher(lexicon, nlp)
    everything = " ".join(lower_preserving_length(p) for p in phrases_of(lexicon))
    up_front._compile_due(everything)
    assert len(up_front._pending) == 0
    waiting = len(on_demand._pending)
    assert waiting > 1000
    for count, text in enumerate(random_texts(phrases_of(lexicon), 40, seed=3), start=1):
        resume = resume_from_sections([("skills", "Skills", text)])
        with on_demand.memory_zone(text):  # as the Analyzer matches: compiled inside a zone
            found = on_demand.match(resume)
        assert found == up_front.match(resume)
        # A resume asks at most twice (as written and as spelt right), so after half as many
        # resumes as the texts that make everything due, some phrases still wait.
        if count == ALL_DUE_AFTER // 2:
            assert 0 < len(on_demand._pending) < waiting
    assert len(on_demand._pending) == 0


def test_terms_are_those_of_tokenizing_every_phrase(lexicon: Lexicon) -> None:
    nlp = build_pipeline()

    def tokenize(phrase: str):  # type: ignore[no-untyped-def]
        return nlp.make_doc(lower_preserving_length(phrase))

    terms = lexicon_terms(lexicon, tokenize)
    phrases = [p for s in lexicon.skills.values() for p in (*s.aliases, *s.lemmas)]
    index = TermIndex(phrases, tokenize, nlp.tokenizer.rules)
    words = {w for p in phrases for w in WORD.findall(p.lower())}
    probes = words | {w[:n] for w in words for n in (1, 2, 3)} | {w[1:] for w in words}
    probes |= {w.rstrip("0123456789") for w in words}  # the name in "pymc3" (`GLUED_VERSION`)
    probes |= {c for w in words for c in w if CHARACTER_TOKEN.match(c)}  # "机器学习": 4 tokens
    probes |= {"can", "not", "gon", "na", "do", "nt", "it", "", "c++", "node.js"}
    assert terms <= probes
    assert {word for word in probes if word in index} == terms


ALL_BUT_EMOTICONS = {
    text: tokens
    for text, tokens in EnglishDefaults.tokenizer_exceptions.items()
    if not PUNCTUATION_EMOTICON.fullmatch(text)
}


def test_special_cases_of_lowered_text_tokenize_as_all_of_them() -> None:
    """Keeping only the special cases lowered text can hold changes no tokenization (the emoticons
    of punctuation are left out of both on purpose: see `test_round79`)."""

    class AllExceptions(English):  # type: ignore[no-untyped-call]
        lang = "en"

        class Defaults(EnglishDefaults):
            infixes = RESUME_INFIXES
            prefixes = RESUME_PREFIXES
            suffixes = RESUME_SUFFIXES
            tokenizer_exceptions = ALL_BUT_EMOTICONS

    every = AllExceptions()
    ours = build_pipeline()
    assert len(RESUME_EXCEPTIONS) < len(EnglishDefaults.tokenizer_exceptions)
    keys = list(EnglishDefaults.tokenizer_exceptions)
    rng = random.Random(5)
    texts = [" ".join(keys), ",".join(keys), "".join(keys)]
    texts += [
        "".join(rng.choice(keys) + rng.choice(SEPARATORS) for _ in range(30)) for _ in range(20)
    ]
    for text in texts:
        lowered = lower_preserving_length(text + " İstanbul Don't")
        assert [t.text for t in ours.make_doc(lowered)] == [t.text for t in every(lowered)]
