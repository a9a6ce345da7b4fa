"""What a skill lexicon must look like: its tables, their keys and types, and the rules between
them.

`check(data)` takes the parsed TOML (every file of a lexicon merged into one dict) and returns
every problem it finds as (key path, message), never stopping at the first. The loader adds the
file and line of each. Nothing here reads files or imports spaCy.

The keys of each table and their types are not written out here: `structure.spec_of()` derives
them from the records of `skill_lexicon.model`, the one definition of the lexicon's structure.
What no type can say is checked here: phrases the tokenizer splits, attributes a blank pipeline
never sets, rules that can never apply, cross-references, implication cycles, roadmap order.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Mapping
from typing import Any

from skill_lexicon.kinds import SECTION_KINDS, STATUSES
from skill_lexicon.model import (
    DEMAND_LEVELS,
    CertificationInfo,
    ContextRule,
    Cues,
    Profile,
    ProjectIdea,
    Resource,
    RoadmapStep,
    Skill,
    TokenPattern,
)
from skill_lexicon.structure import (
    TABLE,
    TABLES,
    TEXT,
    Checker,
    KeyPath,
    Kind,
    Spec,
    choose,
    describe,
    is_int,
    is_number,
    is_strings,
    spec_of,
    suggest,
)

GROUPS = (
    "programming",
    "mathematics",
    "machine-learning",
    "deep-learning",
    "mlops",
    "cloud",
    "generative-ai",
    "data",
    "soft",
    "certification",
)
NON_TECHNICAL_GROUPS = ("soft", "certification")
RESOURCE_KINDS = ("docs", "course", "book", "tutorial", "certification", "seed")
DEFAULT_PROFILE = "ml-engineer"
ALL_SKILLS = "all"
BASES = ("builtin",)
"""What `extends` may name."""

# spaCy Matcher token attributes, split by what they mean on skillgap's pipeline: a blank English
# tokenizer and a lookup lemmatizer, run on lower-cased text.
STRING_ATTRS = ("ORTH", "TEXT", "LOWER", "LEMMA", "NORM", "SHAPE")
FLAG_ATTRS = (
    "IS_ALPHA",
    "IS_ASCII",
    "IS_DIGIT",
    "IS_PUNCT",
    "IS_SPACE",
    "IS_BRACKET",
    "IS_QUOTE",
    "IS_LEFT_PUNCT",
    "IS_RIGHT_PUNCT",
    "IS_CURRENCY",
    "IS_STOP",
    "LIKE_NUM",
    "LIKE_URL",
    "LIKE_EMAIL",
    "SPACY",
)
UNSET_ATTRS = (
    "POS",
    "TAG",
    "MORPH",
    "DEP",
    "ENT_TYPE",
    "ENT_IOB",
    "ENT_ID",
    "ENT_KB_ID",
    "SENT_START",
    "IS_SENT_START",
    "_",
)
CASE_ATTRS = ("IS_LOWER", "IS_UPPER", "IS_TITLE")
LIST_PREDICATES = ("IN", "NOT_IN", "IS_SUBSET", "IS_SUPERSET", "INTERSECTS")
COMPARISONS = ("==", "!=", ">=", "<=", ">", "<")
OPERATORS = ("!", "?", "*", "+", "{n}", "{n,m}", "{n,}", "{,m}")
MAX_REPEAT = 10
"""The largest n or m of an "{n,m}" operator: spaCy's Matcher copies the token that many times,
so "{1000000}" alone would exhaust memory; a phrase of the field never needs more."""

_QUANTIFIER = re.compile(r"^\{(\d*)(,?)(\d*)\}$")
_FUZZY = re.compile(r"^FUZZY[1-9]?$")
_SPLIT_BY_TOKENIZER = re.compile(r"[a-z][-/][a-z]")
"""A hyphen or slash between letters: spaCy splits "fine-tuning" into "fine", "-", "tuning"."""
GLUED_VERSION = r"(?<=[a-z]{4})\d+(?:\.\d+)*(?:\.x)?"
"""A version glued to a name of four or more letters ("tensorflow2", "python3.10"), which the
tokenizer splits off (`analyzer.match.nlp`) so that the name matches as itself; shorter names keep
their digits ("s3", "ec2", "gpt4")."""
_ENDS_IN_GLUED_VERSION = re.compile(GLUED_VERSION + "$")


def split_reason(word: str) -> tuple[str, str] | None:
    """Why the tokenizer cuts `word` into several tokens and what to write instead, or None when
    it keeps the word whole."""
    if _SPLIT_BY_TOKENIZER.search(word):
        return "the tokenizer splits it at '-' or '/'", "use one of its words"
    if _ENDS_IN_GLUED_VERSION.search(word):
        return "the tokenizer splits the version off it", "use the name without its digits"
    return None


SKILL_IDS = Kind('an array of skill ids or "all"', lambda v: v == ALL_SKILLS or is_strings(v))

TOP: Spec = {
    "version": (TEXT, False),
    "extends": (TEXT, False),
    "default_profile": (TEXT, False),
    "skills": (TABLE, True),
    "profiles": (TABLE, True),
    "roadmap": (TABLES, False),
    "certifications": (TABLE, False),
    "projects": (TABLE, False),
    "cues": (TABLE, False),
    "alias_lists": (TABLE, False),
    "exclusion_lists": (TABLE, False),
    "word_lists": (TABLE, False),
}

SHARED_LISTS = {"alias_lists": "adds no alias", "exclusion_lists": "vetoes nothing"}
"""The top-level tables of phrases several skills share, each named by a skill field of the same
name, and what a list no skill names does."""

WORD_LIST_REFERENCE = re.compile(r"^@(?P<name>[a-z0-9][a-z0-9-]*)$")
"""An item "@sentence-end" of a token pattern's IN / NOT_IN (or another list predicate) or of a
context rule's `require_any` or `refuted_by` stands for the words of the top-level word list of
that name; the loader writes them out in its place. A bare "@" is the word "@"."""


def word_list_name(item: Any) -> str | None:
    """The name an item refers to ("@name"), or None when it is a word of its own."""
    found = WORD_LIST_REFERENCE.match(item) if isinstance(item, str) else None
    return found["name"] if found else None


SKILL = spec_of(Skill)
PATTERN = spec_of(TokenPattern, exclude=())
CONTEXT = spec_of(ContextRule, exclude=())
RESOURCE = spec_of(Resource, exclude=())
CERTIFICATION = spec_of(CertificationInfo)
ROADMAP_STEP = spec_of(RoadmapStep, exclude=())
PROJECT = spec_of(ProjectIdea)
PROFILE = spec_of(Profile, optional=("description",), skills=SKILL_IDS)
CUES = spec_of(Cues, exclude=())


def check(data: Mapping[str, Any]) -> list[tuple[KeyPath, str]]:
    """Every problem of a parsed lexicon, as (key path, message)."""
    checker = _LexiconChecker(data)
    checker.run()
    return checker.found


def technical(group: str) -> bool:
    return group not in NON_TECHNICAL_GROUPS


def _quantifier_min(op: str) -> int | None:
    """The least number of tokens an OP lets match, or None if OP is not an operator ("{3,2}"
    is not: spaCy wants n <= m)."""
    if op in ("?", "*", "!"):
        return 0
    if op == "+":
        return 1
    found = _QUANTIFIER.match(op)
    if found is None:
        return None
    least, _comma, most = found.groups()
    if not (least or most) or (least and most and int(least) > int(most)):
        return None
    return int(least or 0)


class _LexiconChecker(Checker):
    def __init__(self, data: Mapping[str, Any]) -> None:
        super().__init__()
        self.data = data
        skills = data.get("skills")
        self.skills: Mapping[str, Any] = skills if isinstance(skills, dict) else {}
        self.groups = {sid: t.get("group") for sid, t in self.skills.items() if isinstance(t, dict)}
        lists = data.get("word_lists")
        self.lists: Mapping[str, Any] = lists if isinstance(lists, dict) else {}
        self.lists_used: set[str] = set()

    def ids(self, path: KeyPath, items: list[str]) -> list[str]:
        """The known, distinct skill ids of `items`; reports unknown and repeated ones."""
        return self.known(path, items, self.skills, "skill")

    def known(
        self, path: KeyPath, items: list[str], names: Collection[str], what: str
    ) -> list[str]:
        """The distinct `items` that are among `names`; reports unknown and repeated ones."""
        seen: set[str] = set()
        for i, name in enumerate(items):
            if name not in names:
                self.add((*path, i), f"unknown {what} {name!r}{suggest(name, names)}")
            elif name in seen:
                self.add((*path, i), f"{name!r} is listed twice")
            seen.add(name)
        return [name for name in dict.fromkeys(items) if name in names]

    def table_of_tables(self, key: str) -> dict[str, dict[str, Any]]:
        return self.entries(self.data.get(key), (key,))

    # ---------------------------------------------------------------------------- lexicon

    def run(self) -> None:
        top = self.fields(self.data, TOP, ())
        self.version(top)
        if "extends" in top and top["extends"] not in BASES:
            self.add(("extends",), choose("base lexicon", top["extends"], BASES))
        if "skills" in top and not top["skills"]:
            self.add(("skills",), "a lexicon needs at least one skill")
        steps = self.roadmap(top.get("roadmap", []))
        for key in SHARED_LISTS:
            self.shared_lists(key, top.get(key, {}))
        self.word_lists(top.get("word_lists", {}))
        for sid, table in self.table_of_tables("skills").items():
            self.skill(sid, table, steps)
        self.unplaced(steps)
        self.unused_word_lists()
        self.cycles()
        self.certifications()
        self.projects()
        self.profiles(top)
        self.cues(top.get("cues", {}))

    # ----------------------------------------------------------------------------- skills

    def skill(self, sid: str, table: Mapping[str, Any], steps: Mapping[int, list[str]]) -> None:
        path: KeyPath = ("skills", sid)
        f = self.fields(table, SKILL, path)
        group, demand = f.get("group"), f.get("demand")
        if group is not None and group not in GROUPS:
            self.add((*path, "group"), choose("group", group, GROUPS))
        if demand is not None and demand not in DEMAND_LEVELS:
            self.add((*path, "demand"), choose("demand level", demand, DEMAND_LEVELS))
        elif group == "certification" and demand not in (None, "none"):
            self.add((*path, "demand"), f"a certification has demand 'none', not {demand!r}")
        elif demand == "none" and group in GROUPS and group != "certification":
            self.add((*path, "demand"), "demand 'none' is for certifications only")
        if "roadmap_step" in f:
            self.roadmap_step(sid, f["roadmap_step"], steps)
        for key in ("aliases", "lemmas", "exclusions"):
            self.phrases((*path, key), f.get(key, []))
        aliases = [*f.get("aliases", []), *self.shared_aliases(path, f)]
        for i, phrase in enumerate(f.get("exclusions", [])):
            if phrase in aliases:
                self.add((*path, "exclusions", i), f"{phrase!r} is also an alias: it vetoes itself")
        self.shared_exclusions(path, f, aliases)
        pattern_ids = self.patterns((*path, "patterns"), f.get("patterns", []))
        own = {*aliases, *f.get("lemmas", []), *pattern_ids}
        for i, rule in enumerate(f.get("context", [])):
            self.context(sid, (*path, "context", i), rule, own)
        self.implies(sid, f.get("implies", []))
        self.implies_except(path, f, own)
        for i, resource in enumerate(f.get("resources", [])):
            self.resource((*path, "resources", i), resource)
        if group is not None and technical(group) and not f.get("resources"):
            self.add((*path, "resources"), "a technical skill needs at least one resource")
        if "certification" in f:
            self.certification_ref((*path, "certification"), f["certification"])
        if group == "certification" and sid not in self._table("certifications"):
            self.add(path, f"certification skill has no [certifications.{sid}] table")

    def _table(self, key: str) -> Mapping[str, Any]:
        value = self.data.get(key)
        return value if isinstance(value, dict) else {}

    def roadmap_step(self, sid: str, step: int, steps: Mapping[int, list[str]]) -> None:
        path: KeyPath = ("skills", sid, "roadmap_step")
        listed_in = [n for n, ids in steps.items() if sid in ids]
        if step not in steps:
            known = f"steps: 1..{len(steps)}" if steps else "the lexicon has no roadmap"
            self.add(path, f"there is no roadmap step {step} ({known})")
        elif step not in listed_in:
            where = f"step {listed_in[0]} lists it" if listed_in else "no step lists it"
            self.add(path, f"is {step}, but {where}; list it under roadmap step {step}")

    def patterns(self, path: KeyPath, items: list[dict[str, Any]]) -> set[str]:
        ids: set[str] = set()
        for i, table in enumerate(items):
            where = (*path, i)
            f = self.fields(table, PATTERN, where)
            if "id" in f:
                if f["id"] in ids:
                    self.add((*where, "id"), f"pattern id {f['id']!r} is used twice")
                ids.add(f["id"])
            tokens = f.get("pattern")
            if tokens is None:
                continue
            if not tokens:
                self.add((*where, "pattern"), "a pattern needs at least one token")
            for j, token in enumerate(tokens):
                self.token((*where, "pattern", j), token)
            if tokens and all(self._optional(t) for t in tokens):
                self.add((*where, "pattern"), "every token is optional: it could match nothing")
        return ids

    @staticmethod
    def _optional(token: Mapping[str, Any]) -> bool:
        op = token.get("OP")
        return isinstance(op, str) and _quantifier_min(op) == 0

    def token(self, path: KeyPath, token: Mapping[str, Any]) -> None:
        for attr, value in token.items():
            where = (*path, attr)
            if attr == "OP":
                if not isinstance(value, str) or _quantifier_min(value) is None:
                    self.add(where, choose("operator", value, OPERATORS))
                elif max(map(int, re.findall(r"\d+", value)), default=0) > MAX_REPEAT:
                    self.add(
                        where,
                        f"{value!r} repeats a token more than {MAX_REPEAT} times (spaCy writes "
                        "out every copy)",
                    )
            elif attr in STRING_ATTRS:
                # the matcher writes a split word of an IN list out token by token, except in a
                # negated token or a shape (`analyzer.match.nlp.written_apart`)
                apart = attr != "SHAPE" and token.get("OP") != "!"
                self.string_value(where, value, lower=attr != "SHAPE", apart=apart)
            elif attr in FLAG_ATTRS:
                if not isinstance(value, bool):
                    self.add(where, f"must be true or false, not {describe(value)}")
            elif attr == "LENGTH":
                self.number_value(where, value)
            elif attr in UNSET_ATTRS:
                self.add(
                    where,
                    f"{attr} is never set by skillgap's pipeline (a blank English tokenizer and "
                    "a lookup lemmatizer); use LOWER, LEMMA or a flag such as LIKE_NUM",
                )
            elif attr in CASE_ATTRS:
                self.add(where, f"{attr} is the same for every token: text is lower-cased first")
            else:
                known = (*STRING_ATTRS, *FLAG_ATTRS, "LENGTH", "OP")
                self.add(where, f"unknown token attribute {attr!r}{suggest(attr, known)}")

    def string_value(self, path: KeyPath, value: Any, *, lower: bool, apart: bool) -> None:
        """A token attribute's value; `apart` when the matcher writes a word of its IN list that
        the tokenizer splits out token by token."""
        if isinstance(value, str):
            self.lower_value(path, value, lower=lower)
        elif isinstance(value, dict):
            for name, arg in value.items():
                where = (*path, name)
                if name in LIST_PREDICATES:
                    if not is_strings(arg):
                        self.add(where, f"must be an array of strings, not {describe(arg)}")
                        continue
                    for _, item in self.words(where, arg, split_ok=apart and name == "IN"):
                        self.lower_value(where, item, lower=lower)
                elif name == "REGEX":
                    self.regex(where, arg)
                elif _FUZZY.match(name):
                    self.string_value(where, arg, lower=lower, apart=False)  # "pytorch" or { IN }
                else:
                    predicates = (*LIST_PREDICATES, "REGEX", "FUZZY")
                    self.add(where, choose("predicate", name, predicates))
        else:
            self.add(
                path,
                f"must be a string or a table such as {{ IN = [...] }}, not {describe(value)}",
            )

    def lower_value(self, path: KeyPath, value: str, *, lower: bool) -> None:
        if lower and value != value.lower():
            self.add(
                path,
                f"{value!r} never matches: text is lower-cased before matching; "
                f"write {value.lower()!r}",
            )

    def regex(self, path: KeyPath, value: Any) -> None:
        if not isinstance(value, str):
            self.add(path, f"must be a string, not {describe(value)}")
            return
        try:
            re.compile(value)
        except re.error as error:
            self.add(path, f"invalid regular expression {value!r}: {error}")

    def number_value(self, path: KeyPath, value: Any) -> None:
        if is_int(value):
            return
        if not isinstance(value, dict):
            self.add(
                path,
                f"must be an integer or a table such as {{ '>=' = 3 }}, not {describe(value)}",
            )
            return
        for name, arg in value.items():
            if name in LIST_PREDICATES:
                ok = isinstance(arg, list) and all(is_int(v) for v in arg)
            elif name in COMPARISONS:
                ok = is_number(arg)
            else:
                self.add((*path, name), choose("predicate", name, (*LIST_PREDICATES, *COMPARISONS)))
                continue
            if not ok:
                self.add((*path, name), f"wrong value {arg!r} for {name}")

    def context(self, sid: str, path: KeyPath, table: Mapping[str, Any], own: set[str]) -> None:
        f = self.fields(table, CONTEXT, path)
        vouching: list[str] = f.get("corroborated_by", [])
        for i, other in enumerate(vouching):
            if other == sid:
                self.add((*path, "corroborated_by", i), "a skill cannot corroborate its own terms")
        self.ids((*path, "corroborated_by"), vouching)
        terms: list[str] = f.get("terms", [])
        if "terms" in f and not terms:
            self.add((*path, "terms"), "a context rule needs at least one term")
        self.phrases((*path, "terms"), terms)
        for i, term in enumerate(terms):
            if term not in own:
                self.add(
                    (*path, "terms", i),
                    f"{term!r} is not an alias, lemma or pattern id of this skill, "
                    "so the rule never applies",
                )
        for key in ("require_any", "refuted_by"):
            near: list[str] = f.get(key, [])
            self.phrases((*path, key), near)  # a "@name" is a valid phrase too
            for where, word in self.words((*path, key), near):
                self.single_token(where, word)
        for i, section in enumerate(f.get("sections", [])):
            if section not in SECTION_KINDS:
                self.add((*path, "sections", i), choose("section", section, SECTION_KINDS))
        if "window" in f:
            self.at_least((*path, "window"), f["window"])
        cased: list[str] = f.get("terms_cased", [])
        if f.get("case_sensitive") and not cased:
            self.add((*path, "terms_cased"), "required when case_sensitive = true")
        if cased and not f.get("case_sensitive"):
            self.add((*path, "terms_cased"), "has no effect unless case_sensitive = true")
        for i, surface in enumerate(cased):
            if surface.lower() not in terms:
                self.add(
                    (*path, "terms_cased", i), f"{surface!r} is not one of terms (lower-cased)"
                )

    def words(
        self, path: KeyPath, items: list[str], *, split_ok: bool = False
    ) -> list[tuple[KeyPath, str]]:
        """The words written in `items` itself, with their paths, for the checks of where they
        are used; the words of its "@name" references are checked once, in their list. Reports
        unknown lists, words that a list gives again, and, unless `split_ok` (an IN list the
        matcher writes out token by token: see `string_value`), a list holding a word the
        tokenizer splits."""
        own = [((*path, i), item) for i, item in enumerate(items) if word_list_name(item) is None]
        given = {item for _, item in own}
        for i, item in enumerate(items):
            name = word_list_name(item)
            if name is None:
                continue
            if name not in self.lists:
                self.add((*path, i), f"unknown word list {name!r}{suggest(name, self.lists)}")
                continue
            self.lists_used.add(name)
            listed: list[str] = self.lists[name] if is_strings(self.lists[name]) else []
            if again := sorted(given.intersection(listed)):
                self.add((*path, i), f"gives {', '.join(map(repr, again))} again")
            given.update(listed)
            split = next((w for w in listed if split_reason(w)), None)
            if split and not split_ok:
                self.add(
                    (*path, i),
                    f"{item!r} holds {split!r}, which never matches here as one token: "
                    "only a pattern's IN list, in a token not negated, can name a list with "
                    "such a word",
                )
        return own

    def single_token(self, path: KeyPath, word: str) -> None:
        """A word the tokenizer keeps whole: no hyphen or slash between letters, no version glued
        to a name."""
        if split := split_reason(word):
            why, fix = split
            self.add(path, f"{word!r} never matches: {why}; {fix}")

    def word_lists(self, lists: Mapping[str, Any]) -> None:
        """Each word list: a name "@name" can write, and words (none a reference: lists do not
        nest). A word the tokenizer splits may stand in a list that only IN lists name, as in a
        pattern's own IN list; where else the list is named, `words` reports it."""
        for name, words in lists.items():
            path: KeyPath = ("word_lists", name)
            if not WORD_LIST_REFERENCE.match(f"@{name}"):
                self.add(path, f"{name!r} cannot be named: use lower-case letters, digits and '-'")
            if not is_strings(words) or not words:
                self.add(path, f"must be a non-empty array of words, not {describe(words)}")
                continue
            self.phrases(path, words)
            for i, word in enumerate(words):
                if word_list_name(word) is not None:
                    self.add((*path, i), f"{word!r}: a word list cannot name another one")

    def unused_word_lists(self) -> None:
        for name in self.lists:
            if name not in self.lists_used and WORD_LIST_REFERENCE.match(f"@{name}"):
                self.add(("word_lists", name), "no pattern or context rule names it")

    def shared_lists(self, key: str, lists: Mapping[str, Any]) -> None:
        """Each list of the shared table `key`: its phrases, and a skill that names it."""
        used = {
            name
            for table in self.skills.values()
            if isinstance(table, dict) and is_strings(table.get(key, []))
            for name in table.get(key, [])
        }
        for name, phrases in lists.items():
            path: KeyPath = (key, name)
            if not is_strings(phrases):
                self.add(path, f"must be an array of strings, not {describe(phrases)}")
                continue
            self.phrases(path, phrases)
            if name not in used:
                self.add(path, f"no skill's {key} names it, so it {SHARED_LISTS[key]}")

    def named_lists(
        self, path: KeyPath, f: Mapping[str, Any], key: str
    ) -> Iterator[tuple[KeyPath, list[str]]]:
        """Where each known list a skill's `key` names stands, and the list's phrases."""
        lists = self.data.get(key, {})
        lists = lists if isinstance(lists, dict) else {}
        names: list[str] = f.get(key, [])
        for name in self.known((*path, key), names, lists, f"{key.removesuffix('_lists')} list"):
            phrases = lists[name] if is_strings(lists[name]) else []
            yield (*path, key, names.index(name)), phrases

    def shared_aliases(self, path: KeyPath, f: Mapping[str, Any]) -> list[str]:
        """The phrases of a skill's `alias_lists`: known list names, none of whose phrases is
        also one of the skill's own aliases or in another of its lists."""
        found: list[str] = []
        for where, phrases in self.named_lists(path, f, "alias_lists"):
            for phrase in phrases:
                if phrase in f.get("aliases", []):
                    self.add(where, f"its {phrase!r} is also one of the skill's own aliases")
                elif phrase in found:
                    self.add(where, f"its {phrase!r} is also in another of the skill's lists")
                found.append(phrase)
        return found

    def shared_exclusions(self, path: KeyPath, f: Mapping[str, Any], aliases: list[str]) -> None:
        """A skill's `exclusion_lists`: known list names, none of whose phrases is an alias of the
        skill or one of its own exclusions."""
        for where, phrases in self.named_lists(path, f, "exclusion_lists"):
            for phrase in phrases:
                if phrase in aliases:
                    self.add(where, f"its {phrase!r} is also an alias: it vetoes itself")
                elif phrase in f.get("exclusions", []):
                    self.add(where, f"its {phrase!r} is also one of the skill's own exclusions")

    def implies(self, sid: str, targets: list[str]) -> None:
        path: KeyPath = ("skills", sid, "implies")
        for i, target in enumerate(targets):
            if target == sid:
                self.add((*path, i), "a skill cannot imply itself")
            elif self.groups.get(target) == "certification":
                self.add((*path, i), f"{target!r} is a certification; only its name is evidence")
        self.ids(path, targets)

    def implies_except(self, path: KeyPath, f: Mapping[str, Any], own: set[str]) -> None:
        where = (*path, "implies_except")
        terms: list[str] = f.get("implies_except", [])
        if terms and not f.get("implies"):
            self.add(where, "has no effect: the skill implies nothing")
        for i, term in enumerate(terms):
            if term not in own:
                self.add(
                    (*where, i),
                    f"{term!r} is not an alias, lemma or pattern id of this skill, "
                    "so it never applies",
                )

    def cycles(self) -> None:
        graph = {
            sid: [t for t in table.get("implies", []) if isinstance(t, str) and t in self.skills]
            for sid, table in self.skills.items()
            if isinstance(table, dict) and is_strings(table.get("implies", []))
        }
        reported: set[frozenset[str]] = set()
        for start in graph:
            stack: list[tuple[str, list[str]]] = [(start, [start])]
            while stack:
                node, trail = stack.pop()
                for target in graph.get(node, []):
                    if target == start and len(trail) > 1 and frozenset(trail) not in reported:
                        reported.add(frozenset(trail))
                        cycle = " -> ".join([*trail, start])
                        self.add(("skills", start, "implies"), f"implication cycle: {cycle}")
                    elif target not in trail:
                        stack.append((target, [*trail, target]))

    def resource(self, path: KeyPath, table: Mapping[str, Any]) -> None:
        f = self.fields(table, RESOURCE, path)
        if "url" in f:
            self.https((*path, "url"), f["url"])
        if "kind" in f and f["kind"] not in RESOURCE_KINDS:
            self.add((*path, "kind"), choose("resource kind", f["kind"], RESOURCE_KINDS))

    def certification_ref(self, path: KeyPath, cert: str) -> None:
        if cert not in self.skills:
            self.add(path, f"unknown certification {cert!r}{suggest(cert, self.skills)}")
        elif self.groups.get(cert) != "certification":
            self.add(path, f"{cert!r} is not a skill of group 'certification'")

    # ------------------------------------------------------------------- other tables

    def roadmap(self, items: list[dict[str, Any]]) -> dict[int, list[str]]:
        """Step number -> skill ids, of the well-formed steps."""
        steps: dict[int, list[str]] = {}
        listed: dict[str, int] = {}
        for i, table in enumerate(items):
            path: KeyPath = ("roadmap", i)
            f = self.fields(table, ROADMAP_STEP, path)
            step = f.get("step")
            if step is not None and step != i + 1:
                self.add(
                    (*path, "step"),
                    f"is {step}, expected {i + 1}: steps are numbered 1..{len(items)} in order",
                )
            ids = self.ids((*path, "skills"), f.get("skills", []))
            for j, sid in enumerate(f.get("skills", [])):
                if sid in listed and listed[sid] != step:
                    self.add((*path, "skills", j), f"{sid!r} is already in step {listed[sid]}")
                listed.setdefault(sid, step if step is not None else i + 1)
            steps[i + 1] = ids
        return steps

    def unplaced(self, steps: Mapping[int, list[str]]) -> None:
        """Skills a roadmap step lists but whose own `roadmap_step` is not set."""
        for number, ids in steps.items():
            for sid in ids:
                table = self.skills[sid]
                if isinstance(table, dict) and "roadmap_step" not in table:
                    self.add(
                        ("skills", sid, "roadmap_step"),
                        f"missing, but roadmap step {number} lists this skill: "
                        f"set roadmap_step = {number}",
                    )

    def certifications(self) -> None:
        for cid, table in self.table_of_tables("certifications").items():
            path: KeyPath = ("certifications", cid)
            if cid not in self.skills:
                self.add(path, f'no skill {cid!r}: add [skills.{cid}] with group = "certification"')
            elif self.groups.get(cid) != "certification":
                self.add(path, f"skill {cid!r} is not of group 'certification'")
            f = self.fields(table, CERTIFICATION, path)
            if "url" in f:
                self.https((*path, "url"), f["url"])
            evidences = f.get("evidences", [])
            self.ids((*path, "evidences"), evidences)
            for i, sid in enumerate(evidences):
                if self.groups.get(sid) == "certification":
                    self.add((*path, "evidences", i), f"{sid!r} is a certification, not a skill")

    def projects(self) -> None:
        for pid, table in self.table_of_tables("projects").items():
            path: KeyPath = ("projects", pid)
            f = self.fields(table, PROJECT, path)
            if "skills" in f and not f["skills"]:
                self.add((*path, "skills"), "a project exercises at least one skill")
            self.ids((*path, "skills"), f.get("skills", []))

    def profiles(self, top: Mapping[str, Any]) -> None:
        profiles = self.table_of_tables("profiles")
        if "profiles" in top and not top["profiles"]:
            self.add(("profiles",), "a lexicon needs at least one profile")
        for pid, table in profiles.items():
            self.profile(pid, table)
        default = top.get("default_profile")
        if profiles and (default or DEFAULT_PROFILE) not in profiles:
            names = ", ".join(profiles)
            if default:
                self.add(("default_profile",), f"{default!r} is not a profile (choose: {names})")
            else:
                self.add(
                    ("default_profile",),
                    f"required: there is no {DEFAULT_PROFILE!r} profile (choose: {names})",
                )

    def profile(self, pid: str, table: Mapping[str, Any]) -> None:
        path: KeyPath = ("profiles", pid)
        f = self.fields(table, PROFILE, path)
        skills = f.get("skills", ALL_SKILLS)
        if skills != ALL_SKILLS:
            if not skills:
                self.add((*path, "skills"), 'a profile needs at least one skill (or "all")')
            self.ids((*path, "skills"), skills)
        for sid, weight in f.get("weights", {}).items():
            where = (*path, "weights", sid)
            if sid not in self.skills:
                self.add(where, f"unknown skill {sid!r}{suggest(sid, self.skills)}")
            elif skills != ALL_SKILLS and sid not in skills:
                self.add(where, f"{sid!r} is not one of this profile's skills")
            self.weight(where, weight)
        for level, weight in f.get("demand_weights", {}).items():
            where = (*path, "demand_weights", level)
            if level not in DEMAND_LEVELS:
                self.add(where, choose("demand level", level, DEMAND_LEVELS))
            self.weight(where, weight)
        for section, status in f.get("section_status", {}).items():
            where = (*path, "section_status", section)
            if section not in SECTION_KINDS:
                self.add(where, choose("section", section, SECTION_KINDS))
            if status not in STATUSES:
                self.add(where, choose("status", status, STATUSES))

    def weight(self, path: KeyPath, weight: Any) -> None:
        if not is_number(weight):
            self.add(path, f"must be a number, not {describe(weight)}")
        elif weight < 0:
            self.add(path, f"must be >= 0, not {weight}")

    def cues(self, table: Mapping[str, Any]) -> None:
        f = self.fields(table, CUES, ("cues",))
        for key in CUES:
            if key != "window":  # every other cue is a list of phrases
                self.phrases(("cues", key), f.get(key, []))
        if "window" in f:
            self.at_least(("cues", "window"), f["window"])
