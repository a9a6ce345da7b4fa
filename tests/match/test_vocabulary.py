"""Common words outlive the memory zone, rare ones (names, addresses) do not; tokens and lemmas
are the same either way."""

from __future__ import annotations

from spacy.language import Language
from spacy.pipeline import Lemmatizer

from analyzer.match import SkillMatcher, build_pipeline
from analyzer.match.vocabulary import CommonWords
from tests.builders import resume_from_sections, tiny_lexicon

TEXT = "Deployed models to production with Kubernetes; contact qxvorblin.zaptek@example.org"


def common_words(nlp: Language, limit: int | None = None) -> CommonWords:
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert isinstance(lemmatizer, Lemmatizer)
    words = CommonWords(nlp, lemmatizer.lookups.get_table("lemma_lookup"), ["kubernetes"])
    if limit is not None:
        words._limit = limit
    return words


def test_common_pieces_are_kept_through_the_zone_and_rare_ones_freed() -> None:
    nlp = build_pipeline()
    words = common_words(nlp)
    kept = ("deployed", "production", "kubernetes")
    assert not any(word in nlp.vocab.strings for word in kept)
    words.keep(TEXT.lower())
    with nlp.memory_zone():
        nlp.make_doc(TEXT.lower())
    assert all(word in nlp.vocab.strings for word in kept)
    assert "qxvorblin.zaptek@example.org" not in nlp.vocab.strings


def test_a_rare_piece_is_kept_the_second_time_and_no_more_than_the_limit() -> None:
    nlp = build_pipeline()
    words = common_words(nlp)
    words.keep("qxvorblin")
    assert "qxvorblin" not in nlp.vocab.strings
    words.keep("qxvorblin")
    assert "qxvorblin" in nlp.vocab.strings
    few = common_words(build_pipeline(), limit=2)
    few.keep("models production deployed with")
    assert len(few._kept) == 2
    assert few.full
    few.keep("qxvorblin")
    few.keep("qxvorblin")  # seen twice, but nothing more is kept
    assert len(few._kept) == 2
    assert "qxvorblin" not in few._nlp.vocab.strings


def test_kept_pieces_are_cached_though_a_special_case_comes_first() -> None:
    """spaCy caches no piece after a special case within one tokenizer call: the other kept
    pieces must all be cached, so that in the zone none is split by the affix rules again."""
    nlp = build_pipeline()
    calls: list[str] = []
    search = nlp.tokenizer.suffix_search
    assert search is not None

    def counted(text: str) -> object:
        calls.append(text)
        return search(text)

    nlp.tokenizer.suffix_search = counted  # before keeping: setting it empties spaCy's cache
    words = common_words(nlp)
    text = "(don't) deployed models, kubernetes; e.g. production"
    words.keep(text)
    calls.clear()
    with nlp.memory_zone():
        doc = nlp.make_doc(text)
    assert calls  # a piece with a special case is never cached, by spaCy's rule
    assert all("don't" in call for call in calls), calls  # but every other piece is
    assert [t.text for t in doc] == [t.text for t in build_pipeline().make_doc(text)]


def test_tokens_and_lemmas_do_not_depend_on_what_was_kept() -> None:
    matcher = SkillMatcher(tiny_lexicon(), build_pipeline())
    reference = build_pipeline()
    text = "Built LLMs and CNNs; deployed models, ran analyses.\nSkills: Python, Kubernetes"
    seen = []
    for keep in (None, text, text):  # nothing kept, then the common pieces are
        with matcher.memory_zone(keep):
            doc = matcher._tokenize(text)
            seen.append([(t.text, t.idx, t.lemma_) for t in doc])
    assert seen[0] == seen[1] == seen[2]
    expected = [(t.text, t.idx, t.lemma_) for t in reference(text.lower())]
    plurals = {"llms": "llm"}  # a plural of a lexicon term the lemma table does not know
    assert seen[0] == [(w, i, plurals.get(w, lemma)) for w, i, lemma in expected]
    found = matcher.match(resume_from_sections([("experience", "Experience", text)]))
    assert found  # the matcher still finds skills through the kept pieces
