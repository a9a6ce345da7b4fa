"""Lexicon -> spaCy matchers -> evidence. The only place (with `nlp.py`) that touches spaCy.

`SkillMatcher` compiles a lexicon once: aliases into a `PhraseMatcher` on LOWER, lemma phrases into
one on LEMMA, token patterns into a `WindowedMatcher` (spaCy's `Matcher`, run only near the words
a pattern needs), and exclusions and cue phrases into their own phrase matchers; the phrases
matched on LOWER are compiled when the first text that could hold them comes
(`analyzer.match.ondemand`), which makes no difference to any match. `match()` turns
one extracted resume into evidence per skill: every match carries its text, offsets, page,
section, and the rule that fired; a match that an exclusion, a context rule,
a negation or a wish overrules is kept with `accepted=False` and the reason.
"""

from __future__ import annotations

import bisect
import re
import sys
import threading
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import cache, lru_cache, partial
from typing import Any, cast

import numpy as np
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import Lemmatizer
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from analyzer.errors import UnsupportedInputError
from analyzer.extract.dates import find_role_dates
from analyzer.extract.language import in_other_language
from analyzer.match.forms import LABELLED_LINE, labelled_list_start, opens_with_action, shown_as
from analyzer.match.fuzzy import FuzzyMatcher
from analyzer.match.judge import (
    SpelledOut,
    context_rejection,
    cue_rejection,
    in_a_unit_name,
    in_a_venue_name,
    labelled_section,
    line_bounds,
    link_rejection,
    names_a_group,
    names_a_sponsor,
    names_a_venue,
    names_people_hired,
    names_the_employer,
    product_code_rejection,
)
from analyzer.match.nlp import (
    ELISION_MARKS,
    build_pipeline,
    lower_preserving_length,
    written_apart,
)
from analyzer.match.ondemand import PendingPhrases, TermIndex
from analyzer.match.spelling import MIN_MISSPELT_CHARS, Misspellings, lexicon_words
from analyzer.match.vocabulary import CommonWords
from analyzer.match.windows import WindowedMatcher
from analyzer.types import (
    Evidence,
    EvidenceForm,
    ExtractedResume,
    MatchType,
    Section,
    SectionKind,
)
from skill_lexicon.model import Lexicon, Skill

PENDING = "not yet earned"
"""The kind of a cue that only a certification heeds (`Cues.pending`)."""

CONTEXT_CHARS = 90
"""How much of the line around a match its evidence quotes, on each side."""

FUZZY_SEPARATORS = frozenset({",", ";", "|", "•", "·", "/", "(", ")", ":", "and", "&"})
SEPARATOR_IDS_ARRAY = np.array([get_string_id(s) for s in sorted(FUZZY_SEPARATORS)], np.uint64)

LONE_LINE_BREAK = re.compile(r"\n(?<!\n\n)(?!\n)")
"""A line break with none just before or after it. It opens with the line break (the look-behind
sees it and the character before), so sre finds the breaks by a fast scan; opening with the
look-behind, the pattern was tried at every position of the text."""

CAPS_TITLE_WORDS = 2
"""The fewest words of a title in capitals (`_is_caps_title`)."""

MISSPELT = "misspelt"
"""The key of a Doc's `user_data` holding its misspelt words (word -> the lexicon word)."""
SPELT_RIGHT = "spelt right"
"""The key of a Doc's `user_data` holding the Doc with its misspelt words spelt right."""
SPELLING_LANGUAGES = frozenset({"en", "unknown"})
"""Resumes whose words are read as misspelt: English ones (or terse ones, whose language is not
told). The test that a variant is no word knows English only: "calculs" is French, not a misspelt
"calculus"."""

REMEMBERED_WORDS = 8192
"""Words whose action-verb test is remembered (lines of every resume repeat the same verbs)."""
REMEMBERED_LEMMAS = 16_384
"""Words (hashes) whose lemma `_tokenize` worked out is remembered, per spelling mode, then all
forgotten at once: most words of a resume were in the ones before it, and working a lemma out
(the table, plurals of lexicon terms, misspellings) in Python was half of tokenizing."""

Hit = tuple[Span, str, MatchType, str, float]
"""A raw match: the span, skill id, match type, rule and similarity (1.0 but for near misses)."""
Pending = tuple[PhraseMatcher, str, str]
"""A phrase waiting to be compiled: its phrase matcher (on LOWER), match key and text."""
Place = tuple[int, int]
"""Where evidence stands: its start and end offsets in the resume's text."""
_Lemma = tuple[str | None, str | None]
"""What `_tokenize` makes of a word: its lemma (None: the word itself) and, when the word is read
as a misspelt lexicon word, its lower case (else None)."""


@dataclass(frozen=True, slots=True)
class _Rule:
    skill_id: str
    match_type: MatchType
    rule: str


class SkillMatcher:
    """Finds evidence for every skill of a lexicon. Build once; `match()` is thread-safe."""

    def __init__(
        self,
        lexicon: Lexicon,
        nlp: Language | None = None,
        *,
        fuzzy_threshold: float = 0.82,
        fuzzy_sections: Collection[str] = ("skills",),
    ) -> None:
        self.lexicon = lexicon
        self.nlp = nlp or build_pipeline()
        self._lock = threading.Lock()
        vocab = self.nlp.vocab
        self._phrases = PhraseMatcher(vocab, attr="LOWER")
        self._lemma_phrases = PhraseMatcher(vocab, attr="LEMMA")
        self._patterns = WindowedMatcher(vocab)
        self._exclusions = PhraseMatcher(vocab, attr="LOWER")
        self._cues = PhraseMatcher(vocab, attr="LOWER")
        self._rules: dict[int, _Rule] = {}
        self._excluding: dict[int, str] = {}  # match id of an exclusion -> its skill id
        self._cue_of: dict[int, tuple[str, str]] = {}  # match id of a cue -> (kind, phrase)
        self._pending: PendingPhrases[Pending] = PendingPhrases()
        special_cases = cast(Any, self.nlp.tokenizer).rules
        self._split = cache(partial(_tokens_of, self.nlp, special_cases))
        for skill in lexicon.skills.values():
            self._compile(skill)
        cues = lexicon.cues
        for kind, phrases in (
            ("negated", cues.negation),
            ("wish", cues.wish),
            (PENDING, cues.pending),
        ):
            for phrase in phrases:
                key = f"{kind}\t{phrase}"
                self._cue_of[self.nlp.vocab.strings.add(key)] = (kind, phrase)
                self._wait(self._cues, key, phrase)
        self._venue_openings = self._openings(cues.venue_names)
        self._unit_openings = self._openings(cues.unit_names)
        self._sponsor_openings = self._openings(cues.sponsorship)
        lexicon_phrases = [p for s in lexicon.skills.values() for p in (*s.aliases, *s.lemmas)]
        self._terms = TermIndex(lexicon_phrases, self._words, special_cases)
        self._implied = _implication_closure(lexicon)
        self._corroborated = {  # skills with terms another skill shown elsewhere vouches for
            s.id for s in lexicon.skills.values() if any(r.corroborated_by for r in s.context)
        }
        lemmatizer = self.nlp.get_pipe("lemmatizer")
        assert isinstance(lemmatizer, Lemmatizer)  # build_pipeline() adds the lookup one
        lemmas = self._lemma_table = lemmatizer.lookups.get_table("lemma_lookup")
        action_verbs = frozenset(lexicon.cues.action_verbs)
        self._is_action_verb = lru_cache(maxsize=REMEMBERED_WORDS)(
            lambda word: lemmas.get(word, word) in action_verbs
        )
        self._lexicon_words = lexicon_words(lexicon)
        self._spelled_out = SpelledOut(lexicon.skills.values())
        self._remembered_lemmas: tuple[dict[int, _Lemma], dict[int, _Lemma]] = ({}, {})
        self._misspellings = Misspellings(self._lexicon_words)
        self._common_words = CommonWords(self.nlp, lemmas, self._lexicon_words)
        ambiguous = {
            t
            for s in lexicon.skills.values()
            for rule in s.context
            if rule.makes_ambiguous
            for t in rule.terms
        }
        self._fuzzy = FuzzyMatcher(
            ((s.id, a) for s in lexicon.skills.values() if s.fuzzy for a in s.aliases),
            fuzzy_threshold,
            ambiguous,
        )
        self._fuzzy_sections = frozenset(fuzzy_sections)
        # names that mean a tool wherever they stand: the skills' aliases and other technologies
        self._tool_names = (
            frozenset(a for s in lexicon.skills.values() if s.group != "soft" for a in s.aliases)
            .union(lexicon.cues.other_tools)
            .difference(ambiguous)
        )

    @contextmanager
    def memory_zone(self, text: str | None = None) -> Iterator[None]:
        """spaCy's memory zone, for matching: the words first seen in it are freed at its end.
        `text`, the resume about to be matched in it, has its common pieces tokenized first,
        outside the zone, and kept (`CommonWords`): later resumes need not make them again. Not
        for concurrent use (the caller's lock)."""
        if text is not None and not self._common_words.full:
            self._common_words.keep(lower_preserving_length(text))
        with self.nlp.memory_zone():
            yield

    # ------------------------------------------------------------------------------- compile

    def _doc(self, text: str) -> Doc:
        return self.nlp(lower_preserving_length(text))

    def _openings(self, phrases: Iterable[str]) -> tuple[str, ...]:
        """Cue phrases that open a name, as `_opened_by` compares them: the doc's tokens joined by
        spaces, after a space ("dept. of" -> " dept . of")."""
        return tuple(" " + " ".join(t.text for t in self._words(p)) for p in phrases)

    def _words(self, text: str) -> Doc:
        """`_doc` without lemmas, for what is matched on LOWER (the lemmatizer is a Python loop:
        skipping it makes compiling the aliases a third faster)."""
        return self.nlp.make_doc(lower_preserving_length(text))

    def _tokenize(self, text: str, *, spell: bool = True) -> Doc:
        """The resume as a Doc, lemmatized as the pipeline's lookup lemmatizer does, but once per
        distinct word rather than per token (the same lemmas, in a fifth of the time), with
        plurals of lexicon terms ("LLMs", "CNNs") lemmatized to the term, which the table does not
        know, and, when `spell`, misspelt lexicon words (`analyzer.match.spelling`) lemmatized to
        the word. The waiting phrases the text could hold are compiled first."""
        lowered = lower_preserving_length(text)
        self._compile_due(lowered)
        doc = self.nlp.make_doc(lowered)
        if not len(doc):
            return doc
        strings = self.nlp.vocab.strings
        columns = doc.to_array(["ORTH", "LOWER"])
        words, first, inverse = np.unique(columns[:, 0], return_index=True, return_inverse=True)
        remembered = self._remembered_lemmas[spell]
        if len(remembered) > REMEMBERED_LEMMAS:
            remembered.clear()
        lemmas = []
        for orth, lower_id in zip(words.tolist(), columns[first, 1].tolist(), strict=True):
            known = remembered.get(orth)
            if known is None:
                known = remembered[orth] = self._lemma(orth, lower_id, spell=spell)
            lemma, misspelt = known
            if misspelt is not None:
                doc.user_data.setdefault(MISSPELT, {})[misspelt] = lemma
            lemmas.append(orth if lemma is None else strings.add(lemma))
        doc.from_array("LEMMA", cast(Any, np.asarray(lemmas, dtype=np.uint64)[inverse]))
        return doc

    def _lemma(self, orth: int, lower_id: int, *, spell: bool) -> _Lemma:
        """The lemma `_tokenize` gives a word (by its hash and its lower case's), None when the
        word is its own lemma, and the word's lower case when it is read as misspelt."""
        strings = self.nlp.vocab.strings
        word = strings[orth]
        lemma = dict.get(self._lemma_table, orth, word)  # a Table is a dict keyed by hash
        lower = word if lower_id == orth else strings[lower_id]
        misspelt = None
        if lower.endswith("s") and lemma == lower and lower[:-1] in self._terms:
            lemma = lower[:-1]
        elif spell and lemma == lower and len(lower) >= MIN_MISSPELT_CHARS:
            fixed = self._misspellings.correction(lower)
            if fixed is not None:
                lemma, misspelt = fixed, lower
        return (None if lemma == word else lemma), misspelt

    def _key(self, skill: Skill, match_type: MatchType, rule: str) -> str:
        key = f"{skill.id}\t{match_type}\t{rule}"
        self._rules[self.nlp.vocab.strings.add(key)] = _Rule(skill.id, match_type, rule)
        return key

    def _compile(self, skill: Skill) -> None:
        """Lemma phrases and token patterns now; aliases and exclusions, matched on LOWER, when
        a text could hold them (`_compile_due`)."""
        for alias in skill.aliases:
            self._wait(self._phrases, self._key(skill, "alias", alias), alias)
        for lemma in skill.lemmas:
            self._lemma_phrases.add(self._key(skill, "lemma", lemma), [self._doc(lemma)])
        for pattern in skill.patterns:
            self._patterns.add(
                self._key(skill, "pattern", pattern.id), written_apart(pattern.pattern, self._split)
            )
        for phrase in skill.exclusions:
            key = f"{skill.id}\t{phrase}"
            self._excluding[self.nlp.vocab.strings.add(key)] = skill.id
            self._wait(self._exclusions, key, phrase)

    def _wait(self, matcher: PhraseMatcher, key: str, phrase: str) -> None:
        self._pending.add(lower_preserving_length(phrase), (matcher, key, phrase))

    def _compile_due(self, lowered: str) -> None:
        """Compile the waiting phrases that `lowered` (the text to match, lowered) could hold
        (`analyzer.match.ondemand`). The PhraseMatchers keep token hashes, not lexemes, so
        phrases compiled in a memory zone stay valid after it; their keys, which spaCy looks up
        in the string store when it matches, were stored when the matcher was built."""
        for matcher, key, phrase in self._pending.due(lowered):
            matcher.add(key, [self._words(phrase)])

    # --------------------------------------------------------------------------------- match

    def match(
        self, resume: ExtractedResume, *, ignored_sections: Collection[str] = ()
    ) -> Mapping[str, tuple[Evidence, ...]]:
        """Evidence per skill id (only skills with evidence appear), in text order.

        Evidence in `ignored_sections` (such as interests) is kept but not accepted.
        """
        if len(resume.text) > self.nlp.max_length:
            raise UnsupportedInputError(
                f"has {len(resume.text):,} characters of text, more than a resume "
                f"(the limit is {self.nlp.max_length:,})",
                path=resume.path,
            )
        with self._lock:
            spell = resume.parse.language in SPELLING_LANGUAGES
            doc = self._tokenize(_join_wrapped_lines(resume.text), spell=spell)
            hits = self._hits(doc, resume.text)
            excluded = self._excluded_spans(doc)
            cues = [self._cue(span) for span in self._cues(doc, as_spans=True)]
            fuzzy_hits = self._near_misses(doc, resume, hits)
        ocr_pages = {d.page for d in resume.diagnostics if d.code == "ocr"}
        judged: dict[str, list[tuple[Span, Evidence]]] = defaultdict(list)
        matched: dict[str, list[Span]] = defaultdict(list)  # raw matches, for spelled-out acronyms
        for span, skill_id, *_ in hits:
            matched[skill_id].append(span)
        forms: dict[tuple[int, int, int], EvidenceForm | None] = {}  # of items, for `shown_as`

        def judge(span: Span, evidence: Evidence, shown: Collection[str] = ()) -> Evidence:
            skill = self.lexicon.skills[evidence.skill_id]
            reason = self._rejection(
                skill, evidence, doc, span, excluded, cues, resume.text, matched[skill.id], shown
            )
            if reason is None and evidence.section in ignored_sections:
                reason = f"in the {evidence.section} section, which does not count"
            if reason:
                return replace(evidence, accepted=False, reason=reason)
            return evidence if evidence.accepted else replace(evidence, accepted=True, reason=None)

        for span, skill_id, match_type, rule, similarity in [*hits, *fuzzy_hits]:
            evidence = self._evidence(resume, span, skill_id, match_type, rule, similarity, forms)
            if evidence.page in ocr_pages or (resume.parse.ocr and not ocr_pages):
                evidence = replace(evidence, ocr=True)
            judged[skill_id].append((span, judge(span, evidence)))
        if vouched := judged.keys() & self._corroborated:  # rejected before `shown` was known
            shown = self._shown(judged)
            for skill_id in vouched:
                judged[skill_id] = [
                    (span, e if e.accepted else judge(span, e, _shown_elsewhere(shown, e)))
                    for span, e in judged[skill_id]
                ]
        found: dict[str, list[Evidence]] = defaultdict(list)
        for skill_id, items in judged.items():
            found[skill_id] = _longest_judged(items)
        self._add_implied(found)
        return {
            skill_id: tuple(sorted(items, key=lambda e: (e.start, e.end, e.match_type)))
            for skill_id, items in found.items()
        }

    def _shown(self, judged: Mapping[str, list[tuple[Span, Evidence]]]) -> dict[str, list[Place]]:
        """Where each skill has accepted evidence, itself or through what implies it."""
        shown: dict[str, list[Place]] = defaultdict(list)
        for skill_id, items in judged.items():
            skill = self.lexicon.skills[skill_id]
            for _, e in items:
                if e.accepted:
                    shown[skill_id].append((e.start, e.end))
                    if e.rule not in skill.implies_except:
                        for target in self._implied.get(skill_id, ()):
                            shown[target].append((e.start, e.end))
        return shown

    def _names_other(self, doc: Doc, span: Span, text: str) -> str | None:
        """Why a match names something else than the skill (a team, an event, a venue), or None;
        soft skills are not asked ("a cross-functional team" is how a person works)."""
        cues = self.lexicon.cues
        if names_a_group(doc, span, text, cues.team_nouns, cues.title_words):
            return "names a team, not a skill"
        if names_a_group(doc, span, text, cues.event_nouns):
            return "names an event, not a skill"
        if names_people_hired(doc, span, text, cues):
            return "names the people hired, not a skill"
        if names_a_venue(text, span.start_char, cues):
            return "names a venue served, not a skill"
        if in_a_venue_name(doc, span, text, self._venue_openings):
            return "part of a venue's name, not a skill"
        if names_a_sponsor(doc, span, text, cues.employers, self._sponsor_openings):
            return "names a sponsor, not a skill"
        return None

    def _cue(self, span: Span) -> tuple[int, int, str, str]:
        """(start token, end token, kind, phrase) of a negation or wish cue."""
        kind, phrase = self._cue_of[span.label]
        return span.start, span.end, kind, phrase

    def _hits(self, doc: Doc, text: str) -> list[Hit]:
        """Raw matches, each span once per skill, named by one rule: an alias, else a lemma
        phrase, else the token pattern the lexicon lists first (`WindowedMatcher` gives a span's
        patterns in that order). Overlapping ones are resolved after they are judged
        (`_longest_judged`). `text` is the resume's text as written (`doc` joins its wrapped
        lines), for where its lines end."""
        by_skill: dict[str, list[Span]] = defaultdict(list)
        rule_of: dict[tuple[str, int, int], _Rule] = {}
        for matcher in (self._phrases, self._lemma_phrases, self._patterns):
            for match_id, start, end in matcher(doc):
                if matcher is self._patterns and (
                    _crosses_line_break(doc[start:end]) or _spans_a_column(doc[start:end], text)
                ):
                    continue  # a pattern's gap never joins two paragraphs, lists or entries
                rule = self._rules[match_id]
                key = (rule.skill_id, start, end)
                if key not in rule_of or rule.match_type == "alias":
                    rule_of[key] = rule
                by_skill[rule.skill_id].append(doc[start:end])
        hits: list[Hit] = []
        for skill_id, spans in by_skill.items():
            for span in {(s.start, s.end): s for s in spans}.values():
                rule = rule_of[(skill_id, span.start, span.end)]
                hits.append((span, skill_id, rule.match_type, rule.rule, 1.0))
        return hits + self._misspelt_aliases(doc, rule_of.keys(), text)

    def _misspelt_aliases(
        self, doc: Doc, found: Collection[tuple[str, int, int]], text: str
    ) -> list[Hit]:
        """Aliases that match once the misspelt words of `doc` (`analyzer.match.spelling`) are read
        as the lexicon's ("Model Evalaution"), as near misses, except in a line of `text` (the
        resume's lines as written) that is in another language. Lemma phrases, token patterns and
        context words read the corrected word already: `_tokenize` made it the token's lemma."""
        fixed = self._spelt_right(doc)
        if fixed is None:
            return []
        fixes: dict[str, str] = doc.user_data[MISSPELT]
        hits: list[Hit] = []
        for match_id, start, end in self._phrases(fixed):
            rule = self._rules[match_id]
            span = doc[start:end]
            edits = sum(t.lower_ in fixes for t in span)  # one edit a misspelt word
            if edits and (rule.skill_id, start, end) not in found and _in_english(text, span):
                similarity = round(1 - edits / len(span.text), 3)
                hits.append((span, rule.skill_id, "fuzzy", rule.rule, similarity))
        return hits

    def _excluded_spans(self, doc: Doc) -> dict[str, list[tuple[int, int]]]:
        """Token ranges of the exclusions' matches, by the skill id they exclude (in the text as
        written and as spelt right: "bayesain statistics" is excluded where "bayesian statistics"
        is)."""
        spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
        fixed = self._spelt_right(doc)
        for text in (doc,) if fixed is None else (doc, fixed):
            for match_id, start, end in self._exclusions(text):
                spans[self._excluding[match_id]].append((start, end))
        return spans

    def _spelt_right(self, doc: Doc) -> Doc | None:
        """`doc` with its misspelt words (`_tokenize` found them) spelt as the lexicon's, token for
        token, for what is matched on LOWER; None when it has none. Made once per Doc."""
        fixes: dict[str, str] = doc.user_data.get(MISSPELT, {})
        if not fixes:
            return None
        if SPELT_RIGHT not in doc.user_data:
            text_of = cast(Callable[[int], str], self.nlp.vocab.strings.__getitem__)
            lowers, spaces = doc.to_array(["LOWER", "SPACY"]).T.tolist()  # no Token objects
            words = [fixes.get(word, word) for word in map(text_of, lowers)]
            fixed = Doc(self.nlp.vocab, words=words, spaces=[bool(space) for space in spaces])
            self._compile_due(fixed.text)
            doc.user_data[SPELT_RIGHT] = fixed
        spelt_right: Doc = doc.user_data[SPELT_RIGHT]
        return spelt_right

    def _rejection(
        self,
        skill: Skill,
        evidence: Evidence,
        doc: Doc,
        span: Span,
        excluded: Mapping[str, list[tuple[int, int]]],
        cues: list[tuple[int, int, str, str]],
        text: str,
        matched: Sequence[Span],
        shown: Collection[str] = (),
    ) -> str | None:
        for start, end in excluded.get(skill.id, ()):
            if start < span.end and span.start < end:
                phrase = doc[start:end].text
                return f"excluded: part of {phrase!r}"
        if link := link_rejection(doc, span, text, evidence.section):
            return link
        if code := product_code_rejection(doc, span, self._lexicon_words):
            return code
        if acronym := self._spelled_out.rejection(doc, span, text, skill.id, matched):
            return acronym
        if skill.group != "soft" and (name := self._names_other(doc, span, text)):
            return name
        if evidence.section != "education" and in_a_unit_name(doc, span, text, self._unit_openings):
            return "part of a university unit's name, not a skill"
        if evidence.section == "experience" and names_the_employer(
            span, text, self.lexicon.cues, self._tool_names
        ):
            return "the employer's name on a role's line, not a skill"
        lowered = " ".join(t.lower_ for t in span) if skill.context else ""
        rules = [r for r in skill.context if lowered in r.terms or evidence.rule in r.terms]
        labelled = (  # a line's label, or a list of tools around the match
            labelled_section(text, span.start_char, span.end_char, self._tool_names)
            if rules
            else None
        )
        section = evidence.section
        if (
            rules
            and section == "skills"
            and opens_with_action(text, span.start_char, 0, self._is_action_verb)
        ):
            section = "other"  # an account of work under a skills heading needs its context words
        for rule in rules:
            reason = context_rejection(
                rule,
                evidence.text,
                section,
                doc,
                span,
                text,
                pattern=evidence.match_type == "pattern",
                labelled=labelled,
                shown=shown,
            )
            if reason:
                return reason
        if skill.group != "certification":
            cues = [cue for cue in cues if cue[2] != PENDING]
        return cue_rejection(cues, doc, span, self.lexicon.cues.window, text)

    def _evidence(
        self,
        resume: ExtractedResume,
        span: Span,
        skill_id: str,
        match_type: MatchType,
        rule: str,
        similarity: float,
        forms: dict[tuple[int, int, int], EvidenceForm | None] | None = None,
    ) -> Evidence:
        start, end = span.start_char, span.end_char
        section = resume.section_at(start)
        kind: SectionKind = section.kind if section else "other"
        section_start = section.start if section else 0
        return Evidence(
            skill_id=skill_id,
            text=resume.text[start:end],
            start=start,
            end=end,
            page=resume.page_at(start),
            section=kind,
            match_type=match_type,
            rule=rule,
            context=_line_around(resume.text, start, end),
            similarity=similarity,
            shown_as=shown_as(resume.text, start, end, section_start, self._is_action_verb, forms),
        )

    def _near_misses(self, doc: Doc, resume: ExtractedResume, hits: list[Hit]) -> list[Hit]:
        """Terms in skills sections that no rule matched, near enough to an alias."""
        covered = {i for span, *_ in hits for i in range(span.start, span.end)}
        terms: list[Span] = []
        section_at = _SectionLookup(resume)
        for start, end in _list_items(doc, resume.text):
            if end - start > 5 or not covered.isdisjoint(range(start, end)):
                continue
            section = section_at(doc[start].idx)
            if section is None or section.kind not in self._fuzzy_sections:
                continue
            chunk = doc[start:end]
            if sum(t.text != "-" for t in chunk) > 3:  # "tensor-flow lite" is three words
                continue
            if any(not (t.is_alpha or t.text in "-+.#") for t in chunk):
                continue
            terms.append(chunk)
        # as written (the Doc is lower-cased): a name in capitals is not read as a short word
        misses = self._fuzzy.best([resume.text[t.start_char : t.end_char] for t in terms])
        return [
            (span, miss.skill_id, "fuzzy", miss.alias, miss.similarity)
            for span, miss in zip(terms, misses, strict=True)
            if miss is not None
        ]

    def _add_implied(self, found: dict[str, list[Evidence]]) -> None:
        """Accepted evidence of a skill also speaks for the skills it implies (but for the
        matches of its `implies_except` terms, which show the skill only)."""
        direct = {skill_id: list(items) for skill_id, items in found.items()}
        for source, items in direct.items():
            skill = self.lexicon.skills[source]
            via: MatchType = "certification" if skill.group == "certification" else "implied"
            implying = [e for e in items if e.accepted and e.rule not in skill.implies_except]
            for target in self._implied.get(source, ()):
                have = {(e.start, e.end) for e in found.get(target, ())}
                for e in implying:
                    if (e.start, e.end) not in have:
                        have.add((e.start, e.end))
                        found[target].append(
                            replace(
                                e,
                                skill_id=target,
                                match_type=via,
                                rule=f"{source} implies {target}",
                                implied_by=source,
                            )
                        )


class _SectionLookup:
    """`resume.section_at`, looked up once per stretch of text between two places where a section
    starts or ends (its answer changes only there): the items of a list, one lookup each, fall
    in a few such stretches."""

    def __init__(self, resume: ExtractedResume) -> None:
        self._resume = resume
        self._bounds = sorted({b for s in resume.sections for b in (s.start, s.end)})
        self._since, self._until = 0, -1  # the stretch of the last answer (none yet)
        self._section: Section | None = None

    def __call__(self, offset: int) -> Section | None:
        if not self._since <= offset < self._until:
            self._section = self._resume.section_at(offset)
            after = bisect.bisect_right(self._bounds, offset)
            self._since = self._bounds[after - 1] if after else -1
            self._until = self._bounds[after] if after < len(self._bounds) else sys.maxsize
        return self._section


def _crosses_line_break(span: Span) -> bool:
    """Whether the span holds a line break `_join_wrapped_lines` kept (every other is a space)."""
    return any(token.is_space and "\n" in token.text for token in span)


COLUMN_ITEM_WORDS = 3
"""The most words a line of a column of items holds ("Flask" / "Computer Vision" / "Model
Compression"); a sentence wrapped across lines holds more on at least one of them."""
COLUMN_LINES = 3
"""The fewest lines that make a column of items: a title wrapped once ("Speech LLM" over
"Preference Tuning") runs over two short lines."""


def _spans_a_column(span: Span, text: str) -> bool:
    """Whether the span runs over three or more lines of a column of short items, which
    `_join_wrapped_lines` joined as it joins a wrapped phrase: "Flask" over "Computer
    Vision" over "Model Compression" is three items, not a Flask app that serves a model.
    `text` is the resume as written."""
    if "\n" not in text[span.start_char : span.end_char]:
        return False
    first, last = line_bounds(text, span.start_char, span.end_char)
    lines = text[first:last].split("\n")
    return len(lines) >= COLUMN_LINES and all(
        len(line.split()) <= COLUMN_ITEM_WORDS for line in lines
    )


def _shown_elsewhere(shown: Mapping[str, list[Place]], evidence: Evidence) -> set[str]:
    """The skills `shown` somewhere that `evidence` does not overlap."""
    return {
        skill_id
        for skill_id, places in shown.items()
        if any(end <= evidence.start or evidence.end <= start for start, end in places)
    }


def _longest_judged(items: list[tuple[Span, Evidence]]) -> list[Evidence]:
    """One skill's evidence without overlaps: the longest accepted matches, then the longest
    rejected ones that overlap none of them. A longer match that a rule rejects ("deployed the
    site to production") so never hides a shorter one that stands inside it ("deployed models")."""
    accepted = filter_spans([span for span, e in items if e.accepted])
    taken = {i for span in accepted for i in range(span.start, span.end)}
    rejected = filter_spans(
        [
            span
            for span, e in items
            if not e.accepted and not taken.intersection(range(span.start, span.end))
        ]
    )
    keep = {(span.start, span.end, True) for span in accepted}
    keep |= {(span.start, span.end, False) for span in rejected}
    chosen: dict[tuple[int, int, bool], Evidence] = {}
    for span, e in items:
        chosen.setdefault((span.start, span.end, e.accepted), e)
    return [chosen[key] for key in keep]


def _implication_closure(lexicon: Lexicon) -> dict[str, tuple[str, ...]]:
    """Skill id -> every skill it implies, directly or through others (cycles are harmless)."""
    direct: dict[str, tuple[str, ...]] = {s.id: s.implies for s in lexicon.skills.values()}
    for cert in lexicon.certifications.values():
        direct[cert.id] = tuple(dict.fromkeys([*direct.get(cert.id, ()), *cert.evidences]))
    closure: dict[str, tuple[str, ...]] = {}
    for skill_id in direct:
        seen: list[str] = []
        stack = list(direct[skill_id])
        while stack:
            target = stack.pop()
            if target != skill_id and target not in seen:
                seen.append(target)
                stack.extend(direct.get(target, ()))
        closure[skill_id] = tuple(seen)
    return closure


def _tokens_of(nlp: Language, special_cases: Collection[str], word: str) -> list[str]:
    """The tokens a pattern's word is cut into (`written_apart`): a word of plain letters only
    by a special case of the tokenizer ("cannot"), an elided article ("d'") as it is cut before
    the word it is glued to ("d'un"), any other as the tokenizer cuts it."""
    if word.isascii() and word.isalpha() and word not in special_cases:
        return [word]
    if word.endswith(ELISION_MARKS):
        *pieces, glued = [t.text for t in nlp.make_doc(word + "a")]
        if glued == "a":
            return pieces
    return [t.text for t in nlp.make_doc(word)]


def _join_wrapped_lines(text: str) -> str:
    """Single line breaks become spaces, so a phrase wrapped across lines ("Natural\nLanguage
    Processing") still matches; blank lines, which end blocks, stay, and so do the break between
    two labelled lines ("Cloud: Azure, AWS\nAI tools: ...", the first perhaps wrapped over a few
    lines), whose last and first words belong to different lists, and the break before a line on
    which a role's or a project's dates start (they may wrap onto the next line), which opens the
    next entry ("... hardened the login\nBudget App | React | 2024 - 2025"), and the breaks beside
    a title set in capitals, which opens one too ("... Parametric Modeling\nFOOD DELIVERY
    APP\nA web shop deployed on AWS"; a title wrapped in capitals joins). Offsets do not move."""

    def join(found: re.Match[str]) -> str:
        at = found.start()
        above = text.rfind("\n", 0, at) + 1  # where the line above the break begins
        if LABELLED_LINE.match(text, at + 1) and labelled_list_start(text, above) is not None:
            return "\n"
        line_end = _line_end(text, at + 1)
        if _is_caps_title(text[above:at]) != _is_caps_title(text[at + 1 : line_end]):
            return "\n"
        dates = find_role_dates(text, at + 1, _line_end(text, line_end + 1))
        return "\n" if dates and dates.start() < line_end else " "

    return LONE_LINE_BREAK.sub(join, text)


def _is_caps_title(line: str) -> bool:
    """Whether a line is a title set in capitals ("FOOD DELIVERY APP"): two or more words, in
    no list ("AWS, GCP" is a list of initials)."""
    words = line.split()
    return len(words) >= CAPS_TITLE_WORDS and line.isupper() and "," not in line


def _line_end(text: str, at: int) -> int:
    """Where the line holding `at` ends (its line break, or the text's end)."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _list_items(doc: Doc, text: str) -> list[tuple[int, int]]:
    """The items of comma-, bullet- or line-separated lists (lines as in `text`), as token ranges
    without their separators. Read from the Doc's arrays (looking at each token in Python was a
    tenth of all matching time): only the tokens that end an item are visited."""
    if not len(doc):
        return []
    orth, is_space, idx = doc.to_array(["ORTH", "IS_SPACE", "IDX"]).T
    separator = np.isin(orth, SEPARATOR_IDS_ARRAY) | (is_space == 1)
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    after_newline = (idx > 0) & (codes[np.maximum(idx, 1) - 1] == ord("\n"))
    items: list[tuple[int, int]] = []
    start = 0
    boundaries = np.flatnonzero(separator | after_newline).tolist()
    for i, is_separator in zip(boundaries, separator[boundaries].tolist(), strict=True):
        if start < i:
            items.append((start, i))
        start = i + 1 if is_separator else i
    if start < len(doc):
        items.append((start, len(doc)))
    return items


def _in_english(text: str, span: Span) -> bool:
    """Whether the line that holds `span` (as much of it as evidence quotes) may be English: an
    English resume's line in another language (a thesis title in Portuguese, a paper in French)
    has its own words, which only look misspelt to an English reader ("modelos" is no misspelt
    "modelops")."""
    return not in_other_language(_line_around(text, span.start_char, span.end_char))


def _line_around(text: str, start: int, end: int) -> str:
    """The line holding text[start:end], cut to CONTEXT_CHARS on each side (the search for the
    line's ends looks no further, so a very long line costs no more than a short one)."""
    window_start = max(0, start - CONTEXT_CHARS)
    line_start = max(text.rfind("\n", window_start, start) + 1, window_start)
    window_end = min(len(text), end + CONTEXT_CHARS)
    line_end = text.find("\n", end, window_end)
    return text[line_start : window_end if line_end == -1 else line_end].strip()
