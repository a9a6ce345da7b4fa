"""Whether a raw match counts: exclusions, context rules for ambiguous terms, negations and wishes.

Each check returns None when the match stands, or the reason it does not, which is kept on the
evidence so a user can see why a word on their resume was not counted.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Sequence
from difflib import SequenceMatcher
from functools import cache

from spacy.tokens import Doc, Span, Token

from analyzer.extract.dates import DATES_ALONE, YEAR
from analyzer.extract.headings import inline_label, label_span, list_items
from analyzer.extract.sections import CONTENT_BULLET, reached_at
from analyzer.match.forms import (
    MIN_LIST_ITEMS,
    is_list,
    item_start,
    labelled_list_start,
    list_body,
)
from analyzer.match.nlp import ARROW, CHARACTER_TOKEN
from skill_lexicon.model import ContextRule, Cues, Skill

BOUNDARY_TOKENS = frozenset({".", ";", "•", "|", "!", "?", "·"})
"""Tokens that end the clause a cue or a context word must share with the match."""

CODE_JOINERS = frozenset({"-", "/"})
"""What joins the pieces of a part number or a product code ("XC32-S3", "F1/G4/L5")."""
CODE_PIECE = re.compile(r"(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]+")
"""A piece of a code: letters and digits, both ("s3", "xc32", "l5"), lower case."""
MODEL_SIZE = re.compile(r"\d+(?:\.\d+)?[bmk]")
"""A model's size ("3b", "1.5b", "350m"): "T5-3B" is the model at a size, not a part number."""
VERSIONED_NAME = re.compile(r"([a-z]+)-\d[a-z0-9.]*")
"""A name with its version or size hyphened on ("gpt-4o", "llama-3", "resnet-50"): as context it
is also the name alone."""
SHORT_CODE_CHARS = 5
"""The longest alias read as a short code ("s3", "f1", "ec2", "k8s", "map50")."""


def _ends_clause(token: Token) -> bool:
    """A sentence mark, bullet or separator, or a line break: a clause stops at it. Matching
    reads a resume with its wrapped lines joined (`analyzer.match.matcher`), so the breaks left
    end a block or a labelled row ("Data: SQL, Grafana" above "AI/ML: LLMs")."""
    return token.text in BOUNDARY_TOKENS or "\n" in token.text


def clause_tokens_before(doc: Doc, start: int, window: int) -> range:
    """Token indexes of up to `window` tokens before `start` within the same clause (terms glued
    by a "+" count as one token: `_glued_plus`)."""
    first, free = start, 0
    while first > 0 and start - first - free < window:
        token = doc[first - 1]
        if _ends_clause(token):
            break
        free += 2 if _glued_plus(token) else 0
        first -= 1
    return range(first, start)


def clause_tokens_after(doc: Doc, end: int, window: int) -> range:
    """Token indexes of up to `window` tokens after `end` within the same clause (terms glued by
    a "+" count as one token: `_glued_plus`)."""
    last, free = end, 0
    while last < len(doc) and last - end - free < window:
        token = doc[last]
        if _ends_clause(token):
            break
        free += 2 if _glued_plus(token) else 0
        last += 1
    return range(end, last)


def _glued_plus(token: Token) -> bool:
    """A "+" glued to the words on both sides ("Git+Terraform"). The tokenizer splits the terms
    apart so that each matches; a window still counts the glued run as the one token it was, so
    that splitting moves no context word out of reach."""
    i = token.i
    return (
        token.text == "+"
        and 0 < i < len(token.doc) - 1
        and not token.whitespace_
        and not token.doc[i - 1].whitespace_
    )


CONTINUING_WORDS = frozenset(
    {
        ",", "-", "&", "/", "(", "and", "or", "of", "with", "for", "to", "in", "on", "at", "by",
        "via", "as", "from", "into", "over", "across", "through", "about", "between", "within",
        "per", "than", "using", "including", "like", "such", "the", "a", "an", "this", "that",
        "these", "those", "their", "our", "his", "her", "its", "my", "your",
    }
)  # fmt: skip
"""Words a line ends on when its sentence goes on in the next ("... from their" / "Reviews")."""
MIN_PROSE_WORDS = 4
"""Words a line needs to be a sentence or an item of its own rather than a name in a column."""


def _opens_an_item(doc: Doc, i: int, text: str) -> bool:
    """Whether token `i` opens a line that is an item of its own (`text` is the resume as
    written; `doc` joins its wrapped lines): the item above (its line, with the lines it wrapped
    from: `item_start`) is a phrase of some words that does not end on a word that goes on, and
    this line opens with a capital or a mark. A context word on the next achievement or bullet
    does not vouch for a term ("Finalist of a hackathon's uptime monitoring track" above "Chosen
    for an ML summer school"); in a column of names ("Docker" / "Jenkins"), or a list wrapped
    onto the next line ("NER, Hugging Face" over "Transformers, FAISS"), the neighbours are
    context."""
    before = doc[i - 1]
    end = before.idx + len(before)
    if "\n" not in text[end : doc[i].idx]:
        return False
    first = text[doc[i].idx]
    line = text[item_start(text, end, 0) : end]
    return (
        (first.isupper() or not first.isalnum())
        and before.lower_ not in CONTINUING_WORDS
        and len(line.split()) >= MIN_PROSE_WORDS
        and not is_list(line.strip())
    )


def _words_near(doc: Doc, span: Span, window: int, text: str, *, inside: bool = False) -> str:
    """The lower-case words and lemmas around `span` (and in it, when `inside`: a token pattern's
    own gap words are context too) in its clause and its line's item (`_opens_an_item`),
    space-padded for whole-word search."""
    before = clause_tokens_before(doc, span.start, window)
    after = clause_tokens_after(doc, span.end, window)
    first = next(
        (i for i in range(span.start, before.start, -1) if _opens_an_item(doc, i, text)),
        before.start,
    )
    stop = next((i for i in after if _opens_an_item(doc, i, text)), after.stop)
    indexes = [*range(first, span.start)]
    indexes += [*range(span.start, span.end)] if inside else []
    indexes += [*range(after.start, stop)]
    words = [doc[i].lower_ for i in indexes] + [doc[i].lemma_ for i in indexes]
    words += [m[1] for i in indexes if (m := VERSIONED_NAME.fullmatch(doc[i].lower_))]
    return " " + " ".join(words) + " "


def product_code_rejection(doc: Doc, span: Span, terms: Collection[str]) -> str | None:
    """Why a short code alias ("S3", "F1") is a piece of a part number, or None. It is when a
    hyphen or a slash joins it, with no space, to another piece of letters and digits that is not
    itself a word of the lexicon: "XC32-S3" (a microcontroller), "F1/G4/L5" (chip families),
    "S3-S4" (semesters). Beside a term or a model's size it stays the skill: "EC2/S3", "F1/AUC",
    "S3-compatible", "T5-3B"."""
    if len(span) != 1 or len(span.text) > SHORT_CODE_CHARS or not _is_code(span[0].lower_):
        return None
    first, last = span.start, span.end - 1
    while first >= 2 and _joined(doc, first - 2) and _is_code(doc[first - 2].lower_):
        first -= 2
    while last + 2 < len(doc) and _joined(doc, last) and _is_code(doc[last + 2].lower_):
        last += 2
    pieces = [doc[i].lower_ for i in range(first, last + 1, 2) if i != span.start]
    if any(piece not in terms and not MODEL_SIZE.fullmatch(piece) for piece in pieces):
        return f"part of the code {doc[first : last + 1].text!r}, not the skill"
    return None


def _joined(doc: Doc, index: int) -> bool:
    """Whether the token at `index` and the one two after it are joined by a code joiner."""
    joiner = doc[index + 1]
    return not doc[index].whitespace_ and joiner.text in CODE_JOINERS and not joiner.whitespace_


def _is_code(word: str) -> bool:
    return CODE_PIECE.fullmatch(word) is not None


def line_bounds(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """Where the line holding text[start] begins and where the one holding text[end] (by default
    the same) ends: at its line break, or at the text's end."""
    line_end = text.find("\n", start if end is None else end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end == -1 else line_end


LIST_LABEL_KINDS = frozenset({"skills", "education", "certifications", "publications"})
"""The sections an inline label may name for the list after it: what a person used, studied,
earned or wrote. A contact line's "Portfolio: GitHub" names no such list."""


def labelled_section(text: str, start: int, end: int, tools: Collection[str]) -> str | None:
    """The section an inline label names (one of `LIST_LABEL_KINDS`) when the match stands after
    it, on its line or on a line its list wrapped down to (`labelled_list_start`): "• Tools:
    Docker, Helm" or "• Coursework: Statistics" inside an entry of another section. Else "skills"
    when text[start:end] is an item of a list of `tools` (`in_tool_list`), else None."""
    line_start, line_end = line_bounds(text, start)
    label_start = labelled_list_start(text, line_start)
    if label_start is None:
        label_start = line_start
    label_line = text[label_start : line_bounds(text, label_start)[1]]
    found = inline_label(label_line)
    if found is not None and found[1].kind in LIST_LABEL_KINDS:
        label_end = label_start + label_line.index(found[0]) + len(found[0])
        return found[1].kind if start >= label_end else None
    if in_tool_list(text[line_start:line_end], text[start:end], tools):
        return "skills"
    return None


MIN_TOOLS_BESIDE = 2
"""How many other items of a list must be names of tools for the list to be one of tools."""


def in_tool_list(line: str, term: str, tools: Collection[str]) -> bool:
    """True when `term` is a whole item of the one-line list `line` ("React, Python, TensorRT,
    S3" after a project's name) and at least MIN_TOOLS_BESIDE of its other items are `tools`
    (lower-case names that mean a skill wherever they stand): a stack line lists tools as a skills
    section does, so an ambiguous name in it reads as it would there. A name in a sentence, or in
    a list of partners or places ("Shell, Total, BP"), keeps needing its context."""
    items = list_items(list_body(line.strip())[0])
    if items is None or len(items) < MIN_LIST_ITEMS or term not in items:
        return False
    return sum(item.lower() in tools for item in items if item != term) >= MIN_TOOLS_BESIDE


def context_rejection(
    rule: ContextRule,
    surface: str,
    section: str,
    doc: Doc,
    span: Span,
    text: str,
    *,
    pattern: bool = False,
    labelled: str | None = None,
    shown: Collection[str] = (),
) -> str | None:
    """Why an ambiguous term fails its context rule, or None when it passes (`text` is the
    resume as written). A word of the rule's `refuted_by` near the term fails it first, wherever it
    stands. For a token `pattern` the words inside its span count as context as well as those
    around it. A term in a list whose inline label names one of the rule's sections (`labelled`:
    "Skills: ..." under a role) passes as it would in that section, and one of a resume that shows
    one of the rule's `corroborated_by` skills elsewhere (`shown`) passes too."""
    if rule.case_sensitive and surface not in rule.terms_cased:
        return f"ambiguous {surface!r}: only {', '.join(rule.terms_cased)} in this case count"
    near = _words_near(doc, span, rule.window, text, inside=pattern) if rule.refuted_by else ""
    if refuting := next((w for w in rule.refuted_by if f" {_as_tokens(w)} " in near), None):
        return f"ambiguous {surface!r}: {refuting!r} near it gives it another sense"
    if not rule.needs_support:
        return None
    if section in rule.sections or (labelled is not None and labelled in rule.sections):
        return None
    if not set(rule.corroborated_by).isdisjoint(shown):
        return None
    near = near or _words_near(doc, span, rule.window, text, inside=pattern)
    if any(f" {_as_tokens(word)} " in near for word in rule.require_any):
        return None
    needs = ", ".join(rule.require_any[:5]) or "none"
    where = ", ".join(rule.sections) or "none"
    why = f"ambiguous {surface!r}: no context word near it ({needs}) and not in section ({where})"
    if rule.corroborated_by:
        why += f", and no {' or '.join(rule.corroborated_by)} elsewhere in the resume"
    return why


@cache
def _as_tokens(word: str) -> str:
    """A context word as the words near a term are written: a Chinese, Japanese or Korean one a
    character a token (`CHARACTER_TOKEN`: "모델" is "모 델"), so that it is found inside a run of
    text ("모델의", "模型准确率") as the lexicon's phrases are."""
    return " ".join(CHARACTER_TOKEN.sub(r" \g<0> ", word).split())


def cue_rejection(
    cue_spans: Sequence[tuple[int, int, str, str]], doc: Doc, span: Span, window: int, text: str
) -> str | None:
    """Why a match is negated or only wished for, or None.

    `cue_spans` are (start token, end token, kind, phrase) of negation and wish cues. A cue counts
    when it ends within `window` tokens before the match in the same clause (a long cue is not
    penalised for its own words), unless a parenthesis holds it that closes before the match (it
    remarks on the item before it: "MLflow (if used), Docker"), or when it stands in a parenthesis
    that opens right after the match ("Rust (currently learning)", "MLflow (e.g. if used)"), or
    when it stands in the label that opens the match's line ("Planned: AZ-104, DP-100, AI-102":
    every item), or when the match stands in a parenthesis that opens soon after the cue, in its
    clause: the examples of what the cue names ("upskilling on DevOps tools (Ansible, Docker and
    Kubernetes)": every item).
    """
    if not cue_spans:  # most resumes: nothing to look around for
        return None
    before = clause_tokens_before(doc, span.start, window)
    remark = parenthesis_after(doc, span.end, window)
    for start, end, kind, phrase in cue_spans:
        if _labels_the_line(doc, start, end, span, text) or _leads_the_list(doc, start, span, text):
            return f"{kind}: {phrase!r}"
        ends_before = before and before.start < end <= span.start
        if ends_before and _one_clause(doc, start, before.start):
            first = min(start, before.start)
            if not _closed_before(doc, first, start, span.start):
                return f"{kind}: {phrase!r}"
        if remark is not None and remark.start <= start and end <= remark.stop:
            return f"{kind}: {phrase!r}"
        if end <= span.start and _in_brackets_after(doc, end, span, window):
            return f"{kind}: {phrase!r}"
    return None


def _in_brackets_after(doc: Doc, cue_end: int, span: Span, window: int) -> bool:
    """True when `span` stands in a parenthesis still open at it, which opens at most `window` and
    `ITEM_REACH` tokens after a cue ending at token `cue_end`, with no clause boundary and no
    closing bracket between them: the parenthesis lists examples of what the cue names. One pass
    from the cue, given up as soon as no parenthesis can open in reach."""
    reach = window + ITEM_REACH
    opening = None
    for i in range(cue_end, span.start):
        token = doc[i]
        if token.text == ")" or _ends_clause(token):
            return False
        if token.text == "(":
            opening = i
        elif opening is None and i - cue_end >= reach:
            return False
    return opening is not None and opening - cue_end <= reach


def _labels_the_line(doc: Doc, start: int, end: int, span: Span, text: str) -> bool:
    """True when the cue from token `start` to `end` stands in the label that opens its line of
    `text` (`label_span`: "Currently learning:", "• Certifications in progress:"; `text` is the
    resume as written, `doc` joins its wrapped lines) and `span` stands after the label on that
    line."""
    if end >= span.start:
        return False
    line_start, line_end = line_bounds(text, doc[start].idx)
    label = label_span(text[line_start:line_end])
    if label is None or span.start_char >= line_end:
        return False
    label_start, label_end = line_start + label[0], line_start + label[1]
    cue_end = doc[end - 1].idx + len(doc[end - 1])
    return label_start <= doc[start].idx and cue_end <= label_end <= span.start_char


def _leads_the_list(doc: Doc, start: int, span: Span, text: str) -> bool:
    """True when the cue at token `start` stands in a line of `text` that ends with a colon and
    `span` stands in the run of bullet lines right under it ("I am currently learning:" over "•
    Rust", "• Kubernetes"); a line that is no bullet, a blank one included, ends the run."""
    cue_start, cue_end = line_bounds(text, doc[start].idx)
    if not text[cue_start:cue_end].rstrip().endswith(":") or span.start_char <= cue_end:
        return False
    line_start = cue_end + 1
    while line_start <= span.start_char:
        line_end = line_bounds(text, line_start)[1]
        if not CONTENT_BULLET.match(text[line_start:line_end]):
            return False
        line_start = line_end + 1
    return True


def _one_clause(doc: Doc, start: int, stop: int) -> bool:
    """True when no clause boundary stands among the tokens from `start` up to `stop` (a cue that
    begins before the window it ends in must still be in the match's clause)."""
    return not any(_ends_clause(doc[i]) for i in range(start, stop))


def _closed_before(doc: Doc, clause_start: int, cue_start: int, match_start: int) -> bool:
    """True when a parenthesis opened before the cue (in its clause) closes before the match."""
    opened = any(doc[i].text == "(" for i in range(clause_start, cue_start + 1))
    return opened and any(doc[i].text == ")" for i in range(cue_start, match_start))


ITEM_REACH = 3
"""How many words of its item may stand between a match and the parenthesis that remarks on the
item: "Google Cloud" in "Google Cloud Platform (currently learning)"."""
ITEM_BREAKS = frozenset({",", ";", "|", "•", "·", "/", ":", ".", "(", ")", "and", "or", "&"})
"""What ends an item before a parenthesis could remark on it."""


def parenthesis_after(doc: Doc, end: int, window: int) -> range | None:
    """Token indexes of the parenthesis that opens right after a match, or after the rest of its
    item (`ITEM_REACH` words at most), brackets included, up to its closing bracket or `window`
    tokens in it; None when none opens there."""
    start = end
    while start < len(doc) and doc[start].text != "(":
        if start - end >= ITEM_REACH or doc[start].is_space or doc[start].lower_ in ITEM_BREAKS:
            return None
        start += 1
    if start >= len(doc):
        return None
    last = start + 1
    while last < len(doc) and last - start <= window and doc[last].text != ")":
        last += 1
    return range(start, min(last + 1, len(doc)))


LINK_NOUNS = frozenset(
    {"repository", "repo", "link", "page", "pages", "profile", "code", "cv"}
    | {"lien", "enlace", "ссылка", "посилання", "tautan", "링크", "リンク", "链接", "鏈接"}
)
"""Words that with a tool's name make the label of a link ("Git Repository", "GitHub Link",
"GitHub CV"), "link" also in French, Spanish, Russian, Ukrainian, Indonesian, Korean, Japanese and
Chinese ("GitHub 링크")."""
LINK_SITES = frozenset({"github", "gitlab", "bitbucket"})
"""Sites that a project's or a paper's link is named after: as a link's text ("[GitHub]") the
name says where the code is, not that the person used the tool."""
LINK_LABELS = frozenset({*LINK_NOUNS, "source", "links"})
"""Labels before a link's text: "Code: GitHub", "Source: GitLab"."""
LINKED_SECTIONS = frozenset({"projects", "publications"})
"""Sections whose entries carry links: a site's name on a line of its own there is one."""
LINK_CELLS = frozenset(
    {"demo", "demonstration", "paper", "website", "video", "slides", "poster", "preprint"}
    | {"arxiv", "pdf", "docs", "blog", "link", "links", "repository", "repo", "page"}
    | {"linkedin", "twitter", "portfolio", "homepage", "orcid", "scholar", "email", "e-mail"}
    | {"pypi", "npm", "cran"}
)
"""Last words of the other links in a row or a bracket of them ("GitHub | Live Demo | Paper",
"GitHub · LinkedIn", "(GitHub, PyPI)"); not tools' words, so a row of a skills table ("Version
Control | Git | GitHub") is no row of links."""
LINK_WORDS = LINK_CELLS | LINK_NOUNS
"""What a link's label ends with ("Live demo", "GitHub repository page")."""
STAR_COUNT = re.compile(r",?\s*[★⭐]?\s*\d[\d,.]*k?(?:\s*stars?)?(?=\s*[)\]])", re.IGNORECASE)
"""How many stars a repository has, shown in its link's brackets ("(GitHub 274)", "[GitHub ★
1.2k]", "(GitHub, 96 stars)")."""
LINK_ROW = re.compile(r"[\t|•·]")
"""What separates the cells of a row of links or of a table."""
TITLE_DASH = re.compile(r"\S\s+[-\u2013\u2014]$")
"""A spaced dash after a title, before a site's name that closes the line ("Trade Ledger - GitHub",
"Research Intern \u2014 GitHub"): the project's link, or the employer's name."""
LINK_DASH = re.compile(r"[-\u2013\u2014]{1,3}\s+")
"""A dash between a site's name and the other links of its row ("GitHub --- Video")."""
LINK_LABEL_SEPARATORS = frozenset({":", "-", "\u2013", "\u2014", "|"})
"""What may stand between a link's label and the link ("GitHub: github.com/ada")."""
EMPHASIS_MARKS = frozenset({"*", "_"})
"""Markdown's marks of a bold or an italic label ("**GitHub:** github.com/ada"): typography,
read past as spaces are."""
_LABEL_SEPARATOR = rf"[{re.escape(''.join(sorted(LINK_LABEL_SEPARATORS)))}]\s*"
PROFILE_HANDLE = re.compile(rf"{_LABEL_SEPARATOR}(@?)[\w./-]+")
"""A handle after a site's name and a separator, the rest of a profile's link ("GitHub: adal",
"GitHub: @adal")."""
HANDLE_MARKS = re.compile(r"[^\W\d_].*[\d_]|[\d_].*[^\W\d_]")
"""A letter and a digit or an underscore: what tells a handle ("adal42", "ada_l") from the name of
a tool's part ("GitLab: CI") in a skills section."""
PROFILE_NAME = re.compile(rf"{_LABEL_SEPARATOR}[^\W\d_][\w'.-]*(?: [^\W\d_][\w'.-]*){{1,3}}")
"""A person's name after a site's name and a separator ("GitHub: Ada Lovelace"), the text of a
profile's link when a line of contact details is beside it."""
CONTACT_WORDS = re.compile(
    r"linkedin|twitter|\bx\.com\b|website|homepage|portfolio|personal site|"
    r"\bblog\b|e-?mail|phone|mobile|orcid|scholar|kaggle|stack ?overflow|facebook|instagram|"
    r"researchgate|\.com\b",
    re.IGNORECASE,
)
"""Besides an address or a number (`sections.reached_at`), what marks a line of contact details:
another profile's site or label."""
LIST_NUMBER = re.compile(r"\s*\d{1,2}[.)]\s*")
"""A numbered list's number before its item ("3. ")."""
LINK_TO = re.compile(r"\blinks? to$", re.IGNORECASE)
"""What stands before a site's name that is a link's text ("Link to GitHub")."""


def is_link_label(text: str, start: int, end: int, section: str = "") -> bool:
    """True when text[start:end] is the text of a link rather than a skill used:

    - a tool's name set apart at the end of a line before a link noun: a project's title, a tab,
      a bar or a finished sentence, and "Git Repository" or "GitHub Link" (the address is only
      in the PDF's link: "Runs on phones. GitHub repository");
    - a site's name (GitHub, GitLab) as a link of its own: in brackets ("[GitHub]", "[GitHub Repo]";
      in a skills list round ones only with a link noun), first in a bracket of links outside a
      skills list ("(GitHub, PyPI)"), before an arrow that ends its line ("GitHub →"), a profile's
      link (`_is_profile_link`), after "Link to" or a link's label ("Code: GitHub"), in a row of
      links ("GitHub | Demo | Paper"), or closing a project's line after its title or stack with no
      separator ("Python, NumPy GitHub", "Packet synthesizer (Rust) GitHub"; the last item of a
      list, "RStudio, LaTeX, GitHub", is a tool) or as the row's last cell outside a skills section
      ("Route Planner | GitHub", perhaps before the project's dates, after a dash or not) or after a
      spaced dash ("Route Planner - GitHub") or a finished sentence ("Tracks a path. GitHub", with a
      full stop of its own or not), set apart before other links' labels ("Runs on phones. GitHub
      Paper", "GitHub repository page, Live demo") or before them after a dash outside a skills
      section ("GitHub --- Video"), listed after one outside a skills section ("Website, GitHub"),
      or as a line of its own under a project or a paper.

    In a sentence ("set up the team's Git repository", "released the code on GitHub"), a list of
    tools ("Git, GitHub, Docker", "Git & GitHub", a labelled one: "Version Control: GitHub", or
    under a role, "Tools: Jira · GitLab") or a skills table's row ("Version Control | GitHub")
    the words are the skill."""
    line_start, line_end = line_bounds(text, start, end)
    before, after = text[line_start:start].rstrip(" "), text[end:line_end].strip(" ")
    dash = LINK_DASH.match(after)
    if DATES_ALONE.fullmatch(after[dash.end() if dash else 0 :].strip()):
        after = ""  # the dates of the project whose row it closes ("Route Planner | GitHub  2024",
        # "Route Planner - GitHub - 2024")
    if after == "." and before.endswith((".", "!", "?")):
        after = ""  # a finished sentence's link closed by a full stop ("Tracks a path. GitHub.")
    set_apart = not before.strip() or before.endswith(("\t", "|", ".", "!", "?"))
    if set_apart and after.lower().removesuffix(":") in LINK_NOUNS:
        return True
    if text[start:end].lower() not in LINK_SITES:
        return False
    if section != "skills" and labelled_section(text, start, end, ()) == "skills":
        section = "skills"  # a labelled list under a role ("Tools: Jira · GitLab") lists tools
    closing = _after_link_noun(after)
    if (before[-1:], closing[:1]) == ("[", "]"):
        return True
    if (before[-1:], closing[:1]) == ("(", ")") and (section != "skills" or closing != after):
        return True  # a skills list's "Code review (GitHub)" names the tool the skill used
    if before[-1:] == "(" and section != "skills":
        bracketed, closed, _ = closing.partition(")")
        if closed and bracketed[:1] == "," and _labels_links(bracketed[1:]):
            return True  # first in a bracket of links ("(GitHub, PyPI)")
    if ARROW.fullmatch(after):
        return True  # closing its line before an arrow that points to the code ("GitHub →")
    if set_apart and _labels_links(after):
        return True
    if not before and not after and section in LINKED_SECTIONS:
        return True
    if _is_profile_link(text, line_start, before, after, section):
        return True
    if LINK_TO.search(before) or (before.endswith(":") and _last_word(before[:-1]) in LINK_LABELS):
        return True
    if not after and section != "skills" and TITLE_DASH.search(before):
        return True
    if not after and section != "skills" and before.endswith((".", "!", "?")):
        return True  # closing an item after its finished sentence ("Tracks a path. GitHub")
    dashed = LINK_DASH.match(after)
    if dashed and section != "skills" and _labels_links(after[dashed.end() :]):
        return True  # before other links' labels after a dash ("GitHub --- Video")
    if LINK_ROW.fullmatch(before[-1:] or "-") or LINK_ROW.fullmatch(after[:1] or "-"):
        if not after and before.strip(" \t|") and section != "skills":
            return True
        cells = LINK_ROW.split(text[line_start:start] + text[end:line_end])
        return any(_last_word(cell) in LINK_CELLS for cell in cells)
    previous = before.rsplit(None, 1)[-1] if before.strip() else ""
    listed = previous.endswith((",", ";", "/", "&")) or previous.lower() == "and"
    if listed and section != "skills" and previous.rstrip(",;/&").lower() in LINK_CELLS:
        return True  # after another link in a list of them ("Website, GitHub, Slides")
    named = previous.lstrip("([")[:1].isupper()  # a title's word, or a stack's: "(Rust)"
    labelled = section == "skills" and previous.endswith(":")  # "Version Control: GitHub"
    return not after and before != text[line_start:start] and named and not (listed or labelled)


def _labels_links(after: str) -> bool:
    """Whether what follows a site's name is other links' labels ("GitHub Demo Paper"), or the
    rest of its link's label and other links' labels separated by commas ("GitHub repository
    page, Live demo"), each part ending with a link's word. A list of tools ("GitHub, GitLab,
    Jira") is none."""
    lowered = after.lower()
    words = lowered.split()
    if words and all(word in LINK_CELLS for word in words):
        return True
    cells = [cell.split() for cell in lowered.split(",")]
    return len(cells) > 1 and all(cell and cell[-1] in LINK_WORDS for cell in cells)


def _after_link_noun(after: str) -> str:
    """What follows a site's name past a link noun or a count of stars ("Repo]" -> "]", "274)"
    and "★ 1.2k)" -> ")"), or all of it."""
    word = re.match(r"\s*(\w+)", after)
    if word and word[1].lower() in LINK_NOUNS:
        return after[word.end() :]
    stars = STAR_COUNT.match(after)
    return after[stars.end() :] if stars else after


def _is_profile_link(text: str, line_start: int, before: str, after: str, section: str) -> bool:
    """Whether a site's name opening a line or a cell of a row is a profile's link: before a
    handle ("GitHub: adal", "LinkedIn: Ada L | GitHub: adal"; in a skills section only an
    "@handle" or one with a digit or an underscore, "GitHub: adal42", as "GitLab: CI" there names
    the tool's part), or alone or before a person's name on its line outside a skills section
    beside a line of contact details (a sidebar's "LinkedIn", "GitHub", "Twitter"; "GitHub: Ada
    Lovelace" over "LinkedIn: Ada Lovelace"). Alone in a list of programs ("Photoshop",
    "GitHub") it is the tool. A list's number before it ("3. GitHub" under "2. ResearchGate")
    leaves it opening its line."""
    if LIST_NUMBER.fullmatch(before):
        before = ""
    if before.strip() and not LINK_ROW.fullmatch(before[-1:]):
        return False
    value = LINK_ROW.split(after, 1)[0].strip()
    if handle := PROFILE_HANDLE.fullmatch(value):
        return section != "skills" or handle[1] == "@" or HANDLE_MARKS.search(value) is not None
    if before.strip() or section == "skills" or (after and not PROFILE_NAME.fullmatch(value)):
        return False
    above = text[: max(line_start - 1, 0)].rstrip("\n").rsplit("\n", 1)[-1]
    line_end = text.find("\n", line_start)
    below = "" if line_end == -1 else text[line_end + 1 :].lstrip("\n").split("\n", 1)[0]
    return any(reached_at(line) or CONTACT_WORDS.search(line) for line in (above, below))


def _last_word(text: str) -> str:
    words = text.split()
    return words[-1].lower() if words else ""


def link_rejection(doc: Doc, span: Span, text: str, section: str) -> str | None:
    """Why a match is (part of) a link rather than a skill used, or None: inside a web or e-mail
    address, the label before one ("GitHub: github.com/ada"), or a link's text in the line
    (`is_link_label`)."""
    if any(_is_link(t) for t in span):
        return "part of a link or an e-mail address"
    if _labels_a_link(doc, span, text) or is_link_label(
        text, span.start_char, span.end_char, section
    ):
        return "names a link, not a skill"
    return None


ACRONYM_REACH = 8
"""How many tokens before an acronym's bracket, or into the bracket after it, its spelled-out
words are looked for."""
ALIKE_WORDS = 0.8
"""How alike (difflib's ratio) a written word must be to a lexicon's word to be it misspelt."""


class SpelledOut:
    """The skills' acronyms as their own aliases spell them out ("deep reinforcement learning" for
    DRL, "retrieval-augmented generation" for RAG), to tell what an acronym in brackets means."""

    def __init__(self, skills: Iterable[Skill]) -> None:
        self._forms: dict[tuple[str, str], list[tuple[str, ...]]] = defaultdict(list)
        for skill in skills:
            for phrase in (*skill.aliases, *skill.lemmas):
                words = tuple(re.findall(r"[^\W\d_]+", phrase.lower()))
                if len(words) >= 2:
                    self._forms[(skill.id, "".join(w[0] for w in words).upper())].append(words)

    def rejection(
        self, doc: Doc, span: Span, text: str, skill_id: str, matched: Sequence[Span]
    ) -> str | None:
        """Why an acronym spelled out in brackets is not the skill, or None: "Deep Representation
        Learning (DRL)" and "GCP (Good Clinical Practice)" spell out other words than the skill's.
        The words whose initials make the acronym, before its bracket or inside the bracket that
        follows it, are its meaning; it stays the skill when the skill was matched on them
        (`matched`) or they are one of its spelled-out forms, perhaps misspelt, and when the
        lexicon spells out no form of it to compare. `text` is the resume's text as written (`doc`
        is in lower case)."""
        if len(span) != 1:
            return None
        letters = text[span.start_char : span.end_char].removesuffix("s")
        forms = self._forms.get((skill_id, letters))
        if not forms:
            return None
        for run in _spelled_out_runs(doc, span, text, letters):
            if any(run[0].i <= m.start and m.end <= run[-1].i + 1 for m in matched):
                return None
            written = [w.lower_ for w in run]
            if any(all(_alike(a, b) for a, b in zip(written, form, strict=True)) for form in forms):
                return None
            return f"stands for {text[run[0].idx : run[-1].idx + len(run[-1])]!r} here"
        return None


def _spelled_out_runs(doc: Doc, span: Span, text: str, letters: str) -> Iterator[list[Token]]:
    """The runs of words whose initials spell `letters`, the capitals of the acronym `span`: in
    the clause before it when it stands alone in brackets ("Deep Representation Learning (DRL)"),
    or the whole of the bracket right after it ("GCP (Good Clinical Practice)")."""
    size = len(letters)

    def spells(run: list[Token]) -> bool:
        return "".join(text[w.idx] for w in run).upper() == letters

    closes = span.end < len(doc) and doc[span.end].text == ")"
    if span.start > 0 and doc[span.start - 1].text == "(" and closes:
        before = clause_tokens_before(doc, span.start - 1, ACRONYM_REACH)
        words = [doc[i] for i in before if doc[i].is_alpha]
        for first in range(len(words) - size + 1):
            if spells(run := words[first : first + size]):
                yield run
        return
    if span.end >= len(doc) or doc[span.end].text != "(":
        return
    reach = range(span.end + 1, min(len(doc), span.end + ACRONYM_REACH))
    close = next((i for i in reach if doc[i].text == ")"), None)
    if close is None:
        return
    inside = [doc[i] for i in range(span.end + 1, close)]
    words = [t for t in inside if t.is_alpha]
    if len(words) == size and all(t.is_alpha or t.text == "-" for t in inside) and spells(words):
        yield words


def _alike(written: str, word: str) -> bool:
    return written == word or SequenceMatcher(None, written, word).ratio() >= ALIKE_WORDS


NAME_REACH = 3
"""How many capitalised words may stand between a skill's name and the noun that makes the whole
a team's or an event's name ("Google Cloud Speech Platform team")."""


def names_a_group(
    doc: Doc, span: Span, text: str, nouns: Collection[str], title_words: Collection[str] = ()
) -> bool:
    """True for "Llama team", "PyTorch teams", "Google Cloud Speech Platform team" or "AWS
    Summit": a skill's name before one of `nouns` (a team's, an event's), perhaps through the
    capitalised rest of the name, names the team or the event; not when one of `title_words`
    follows ("ML Team Lead", a job title). `text` is the resume as written (`doc` is lower
    case)."""
    noun = _noun_after_name(doc, span, text, nouns, NAME_REACH)
    return noun is not None and (noun + 1 >= len(doc) or doc[noun + 1].lower_ not in title_words)


HIRED_REACH = 6
"""How many words may stand between a skill's name and the people hired it qualifies ("Docker and
Kubernetes experts": capitalised names and the words that join them), and between the verb of
hiring and the name ("Recruited and placed senior Kubernetes engineers")."""
HIRED_NAME_JOINERS = frozenset({"and", "&", ",", "/", "or", "+"})
"""Words that join the names before the people hired ("Docker and Kubernetes experts")."""


def names_people_hired(doc: Doc, span: Span, text: str, cues: Cues) -> bool:
    """True for "recruited Kubernetes engineers" or "hired Docker and Kubernetes experts": a
    skill's name before the people hired (`cues.hired_people`), through capitalised names and
    their joiners, after a verb of hiring (`cues.hiring_verbs`) in its clause, names whom a
    recruiter sought. `text` is the resume as written (`doc` is lower case)."""
    people = cues.hired_people
    if _noun_after_name(doc, span, text, people, HIRED_REACH, HIRED_NAME_JOINERS) is None:
        return False
    before = clause_tokens_before(doc, span.start, HIRED_REACH)
    return any(doc[i].lemma_ in cues.hiring_verbs for i in before)


def _noun_after_name(
    doc: Doc,
    span: Span,
    text: str,
    nouns: Collection[str],
    reach: int,
    joiners: Collection[str] = (),
) -> int | None:
    """The index of the first of `nouns` after `span` on its line, reached through at most
    `reach` capitalised words of `text` (or `joiners` between them), else None: the noun a name
    qualifies ("team" in "Google Cloud Speech Platform team", "experts" in "Docker and Kubernetes
    experts")."""
    for noun in range(span.end, min(span.end + reach + 1, len(doc))):
        word = doc[noun]
        if word.lower_ in nouns:  # not when on the next line (`doc` joins wrapped lines)
            return None if "\n" in text[span.end_char : word.idx] else noun
        if not (text[word.idx].isupper() or word.lower_ in joiners):
            return None
    return None


LINE_OPENING = re.compile(r"^[\W\d_]+")
"""Bullets, dates and punctuation before a line's first word."""
VENUE_NAME_REACH = 10
"""How many words before a match a venue's noun may stand."""
VENUE_NAME_JOINERS = frozenset(
    {"on", "of", "and", "for", "in", "with", "the", "&", "-"}
    | {"de", "del", "la", "el", "y", "e", "en", "da", "do", "des", "du", "et", "le", "les"}
)
"""Words a venue's capitalised name runs through ("Symposium on Shipping and Deep Learning"), in
Spanish, Portuguese and French too ("Congreso Nacional de Probabilidad Aplicada")."""


def names_a_venue(text: str, start: int, cues: Cues) -> bool:
    """True on a line that opens by naming service to journals or conferences ("Referee for:
    ...", "2023 Programme Committee, ... Deep Learning"): the names on it are venues'."""
    line = text[text.rfind("\n", 0, start) + 1 : start].lower()
    return LINE_OPENING.sub("", line).startswith(cues.venue_service)


def in_a_venue_name(doc: Doc, span: Span, text: str, openings: tuple[str, ...]) -> bool:
    """True for a match inside a journal's or a conference's name ("Nordic Conference on Deep
    Learning for Shipping", "Journal of Forest Statistics"): one of `openings` (`cues.venue_names`
    as tokens, see `_opened_by`) stands before it, and every word between is capitalised in `text`
    (the doc is lower case) or a joiner."""
    return _opened_by(doc, span, text, openings, VENUE_NAME_JOINERS, VENUE_NAME_REACH)


UNIT_NAME_REACH = 8
"""How many words before a match the opening of a university unit's name may stand."""
UNIT_NAME_JOINERS = frozenset({"and", "&", ",", "of", "for", "the", "-"})
"""Words a unit's capitalised name runs through ("Department of Computer Science and
Statistics")."""


def in_a_unit_name(doc: Doc, span: Span, text: str, openings: tuple[str, ...]) -> bool:
    """True for a match inside the name of a university's department, school or institute
    ("Department of Statistics and Data Science"): one of `openings` (`cues.unit_names` as
    tokens) stands before it, and every word between is capitalised in `text` or a joiner."""
    return _opened_by(doc, span, text, openings, UNIT_NAME_JOINERS, UNIT_NAME_REACH)


SPONSOR_LIST_REACH = 16
"""How many words before a match the phrase opening a list of sponsors may stand."""
SPONSOR_LIST_JOINERS = frozenset({",", "and", "&", "/", ":", "the", "-"})
"""What stands between the companies' capitalised names in a list of sponsors."""


def names_a_sponsor(
    doc: Doc, span: Span, text: str, employers: Collection[str], openings: tuple[str, ...]
) -> bool:
    """True for a company's name among `employers` (`cues.employers`) in a list that one of
    `openings` (`cues.sponsorship` as tokens) opens ("Hackathon sponsored by Intel, AWS and
    NVIDIA", "Sponsors: Google Cloud, Azure"): the company paid for the event, the person did not
    use its tools there."""
    return span.text in employers and _opened_by(
        doc, span, text, openings, SPONSOR_LIST_JOINERS, SPONSOR_LIST_REACH
    )


def _opened_by(
    doc: Doc, span: Span, text: str, openings: tuple[str, ...], joiners: Collection[str], reach: int
) -> bool:
    """Whether one of the phrases `openings` stands within `reach` words before `span`, every word
    between capitalised in `text` (the doc is lower case) or one of `joiners`, and the span
    capitalised too: the match is one of the names the phrase introduces. Each opening is written
    as the doc's tokens, joined by spaces after a space (" dept . of": see
    `SkillMatcher._openings`), as the words before the match are compared."""
    if not text[span.start_char].isupper():
        return False
    last_words = _last_words(openings)
    for i in range(span.start - 1, max(span.start - reach, 0) - 1, -1):
        word = doc[i]
        if word.lower_ in last_words and (
            " " + " ".join(t.lower_ for t in doc[max(i - 4, 0) : i + 1])
        ).endswith(openings):
            return True
        if word.lower_ not in joiners and not text[word.idx].isupper():
            return False
    return False


@cache
def _last_words(openings: tuple[str, ...]) -> frozenset[str]:
    """The words `openings` end on: only where one of them stands can an opening end (the phrase
    before a word is joined only there)."""
    return frozenset(opening.rsplit(" ", 1)[-1] for opening in openings)


APART_BEFORE = re.compile(r"(?:^[\W\d_]*|(?:[,|\t\u00b7\u2013\u2014]|\s-|\s@|\sat|\s\s)\s*)$")
"""What stands before a name set apart on its line: nothing but marks and figures since the line
opened, or a separator (a comma, a bar, a middle dot, a dash, a tab, two spaces), "at" or "@"."""
APART_AFTER = re.compile(
    r"^\)?(?:\s+[A-Z][\w&.-]*){0,3}\s*(?:(?:\([^)]*\)|\[[^\]]*\])\s*)?"
    r"(?:$|[,|\t\u00b7\u2013\u2014]|\s-\s|\s\s)"
)
"""What follows a name set apart: perhaps its division's capitalised name ("AWS AI Labs") and a
remark in round or square brackets ("Amazon Web Services (AWS)", "Red Hat [Summer Intern]"), then
the line's end or a separator."""
MAX_ROLE_LINE_WORDS = 14
"""The most words a role's heading line has (its title, employer, place and dates)."""
ROLE_LINE_CELLS = re.compile(r"\s*(?:[,|\t\u00b7\u2022\u2013\u2014]|\s-\s|\s\s+)\s*")
"""What separates the cells of a role's heading line (title, employer, place, dates)."""
PLACE = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)*, ?[A-Z]{2,3}\b|\bRemote\b")
"""A town and its state's or country's code ("Santa Clara, CA", "Sydney, NSW"), or "Remote"."""


def names_the_employer(span: Span, text: str, cues: Cues, tools: Collection[str]) -> bool:
    """True for a company's name among `cues.employers` that a role's heading line sets apart
    ("• Research Intern, AWS, May-Aug. 2023", "Amazon Web Services (AWS)<tab>Santa Clara, CA",
    "GitHub \u2014 Staff Engineer", "OpenAI" above "Member of Technical Staff Intern"): a short
    line, no other cell of which is a tool ("AWS · Docker · ETL" under a role lists what was
    used), that names a role (`cues.role_nouns`), or opens with the name and gives a year or a
    place, or holds the name alone above a line that names the role. `text` is the resume as
    written (`span`'s doc is lower case)."""
    if span.text not in cues.employers:
        return False
    line_start, line_end = line_bounds(text, span.start_char)
    if _continues_a_sentence(text, line_start):
        return False
    line = text[line_start:line_end]
    before = _before_spelled_out(text[line_start : span.start_char], cues.employers)
    if not APART_BEFORE.search(before) or not APART_AFTER.match(text[span.end_char : line_end]):
        return False
    cells = {cell.strip("()[] ").lower() for cell in ROLE_LINE_CELLS.split(line)}
    others = cells.difference(cues.employers, {""})
    if len(line.split()) > MAX_ROLE_LINE_WORDS or not others.isdisjoint(tools):
        return False
    if _names_a_role(line, cues):
        return True
    if re.search(r"[^\W\d_]", before):  # the name does not open the line
        return False
    if others:
        return bool(YEAR.search(line) or PLACE.search(line))
    next_line = text[line_end + 1 : line_bounds(text, min(line_end + 1, len(text)))[1]]
    return _names_a_role(next_line, cues)  # the employer above its role ("OpenAI" / "Intern")


def _names_a_role(line: str, cues: Cues) -> bool:
    """Whether a line names a job title (a word of `cues.role_nouns`)."""
    return any(word in cues.role_nouns for word in re.findall(r"[\w-]+", line.lower()))


def _continues_a_sentence(text: str, line_start: int) -> bool:
    """Whether the line opening at `line_start` goes on with the sentence of the line above,
    which ends on a word that goes on ("... moved the nightly jobs to" / "AWS, then Azure")."""
    above_end = max(line_start - 1, 0)
    words = text[text.rfind("\n", 0, above_end) + 1 : above_end].lower().split()
    return bool(words) and (words[-1] in CONTINUING_WORDS or words[-1].endswith(","))


def _before_spelled_out(before: str, names: Collection[str]) -> str:
    """What precedes an acronym's spelled-out name when `before` ends with that name and an
    opening bracket ("Amazon Web Services (" before "AWS"), so that the acronym is set apart as
    its name is; else `before`."""
    head = before[:-1].rstrip() if before.endswith("(") else ""
    for name in names:
        if head.lower().endswith(name):
            return head[: len(head) - len(name)]
    return before


SITE_ENDINGS = (".com", ".org", ".io", ".dev", ".me")
"""Endings of a bare web address ("ada.github.io"); not of a dotted tool's name ("Node.js",
"ASP.NET")."""


def _labels_a_link(doc: Doc, span: Span, text: str) -> bool:
    """True for "GitHub: https://github.com/ada", "GitHub github.com/ada" or "GitHub Pages -
    ada.github.io": a link's label, perhaps with a link noun, perhaps in bold ("**GitHub:**").
    Only a site's name labels an address on the next line ("GitHub" over "github.com/ada"); a
    tool's ends its line ("PyTorch" over "example.org/ada/notebooks")."""
    seen_noun = seen_separator = False
    a_site = span.text.lower() in LINK_SITES
    after = (t for t in doc[span.end : span.end + 8] if t.text not in EMPHASIS_MARKS)
    for token in itertools.islice(after, 4):
        if not a_site and "\n" in text[span.end_char : token.idx]:
            return False
        if token.is_space:
            continue
        if not (seen_noun or seen_separator) and token.lower_ in LINK_NOUNS:
            seen_noun = True
            continue
        if not seen_separator and token.text in LINK_LABEL_SEPARATORS:
            seen_separator = True
            continue
        return _is_link(token)
    return False


def _is_link(token: Token) -> bool:
    """An e-mail address or a web address; not a dotted name such as "Node.js" or "ASP.NET",
    which spaCy's `like_url` also accepts."""
    text = token.lower_
    return token.like_email or (
        token.like_url
        and ("/" in text or text.startswith(("http", "www.")) or text.endswith(SITE_ENDINGS))
    )
