"""Text repair: ligatures, mojibake, hyphenation, letter spacing, bullets, icons, lost glyphs."""

from __future__ import annotations

from pathlib import Path

import ftfy
import ftfy.badness
import pytest
from hypothesis import given
from hypothesis import strategies as st

from analyzer.extract import extract, extract_text
from analyzer.extract.normalize import RepairCounts, dehyphenate, normalise_line
from tests import pdf_factory
from tests.extract.helpers import assert_consistent, section_text


@pytest.mark.parametrize(
    ("raw", "clean", "counter"),
    [
        ("Tensor\ufb02ow and work\ufb02ows", "Tensorflow and workflows", "ligatures"),
        ("classi\ufb01ers, e\ufb03cient", "classifiers, efficient", "ligatures"),
        ("rÃ©sumÃ© of JosÃ©", "résumé of José", "mojibake"),
        ("Data â€“ Engineering", "Data - Engineering", "mojibake"),
        ("DecisiveÂ\xa0leader", "Decisive leader", "mojibake"),
        ("R E S E A R C H", "RESEARCH", "letter_spaced"),
        ("W O R K  E X P E R I E N C E", "WORK EXPERIENCE", "letter_spaced"),
        ("E XPERIENCE", "EXPERIENCE", "letter_spaced"),
        ("T ECHNICAL S KILLS", "TECHNICAL SKILLS", "letter_spaced"),
        ("\uf0b7 Built ETL jobs", "• Built ETL jobs", "bullets"),
        ("▪ Built ETL jobs", "• Built ETL jobs", "bullets"),
        ("➢ Built ETL jobs", "• Built ETL jobs", "bullets"),
        ("\ue0b0 ada@example.org", "ada@example.org", "icons"),
        ("📱 +1 555 0100 ✉ ada@example.org", "+1 555 0100 ada@example.org", "icons"),
    ],
)
def test_normalise_line_repairs_and_counts(raw: str, clean: str, counter: str) -> None:
    counts = RepairCounts()
    assert normalise_line(raw, counts) == clean
    assert getattr(counts, counter) >= 1


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        (
            "2019 \u2013 2021 \u2014 \u201cquoted\u201d \u2018single\u2019",
            "2019 - 2021 - \"quoted\" 'single'",
        ),
        ("too    many   spaces  ", "too many spaces"),
        ("- dash bullet", "• dash bullet"),
        ("· middle dot bullet", "• middle dot bullet"),
        ("DevOps · Architect", "DevOps · Architect"),
        ("A DAY OF MY LIFE", "A DAY OF MY LIFE"),
        ("C C++ R Go", "C C++ R Go"),
        ("zero\u200bwidth\ufeff", "zerowidth"),
        ("\uff26\uff35\uff2c\uff2c width", "FULL width"),  # full-width forms
        ("cell one \t  cell two", "cell one\tcell two"),
    ],
)
def test_normalise_line_leaves_text_plain(raw: str, clean: str) -> None:
    assert normalise_line(raw, RepairCounts()) == clean


@pytest.mark.parametrize(
    ("rows", "joined", "count"),
    [
        (["a relational data-", "base for billing"], ["a relational database", "for billing"], 1),
        (["trained a scikit-", "learn model"], ["trained a scikit-learn", "model"], 1),
        (["built data-", "driven dashboards"], ["built data-driven", "dashboards"], 1),
        # a field's task after what it works on keeps the hyphen: no closed compound ends so
        (["ensemble anomaly-", "detection runs"], ["ensemble anomaly-detection", "runs"], 1),
        (["batch signal-", "processing jobs"], ["batch signal-processing", "jobs"], 1),
        (["an end-to-", "end pipeline"], ["an end-to-end", "pipeline"], 1),
        (["worked with GPT-", "4 models"], ["worked with GPT-", "4 models"], 0),
        (["Python -", "fast code"], ["Python -", "fast code"], 0),
        (["developed micro-", "services."], ["developed microservices.", ""], 1),
        (["Sales and Service -", "Manager"], ["Sales and Service -", "Manager"], 0),
        # one letter before the break is a compound, never a syllable
        (
            ["compared cohorts with two-sample t-", "tests"],
            ["compared cohorts with two-sample t-tests", ""],
            1,
        ),
        (["clustered users with k-", "means"], ["clustered users with k-means", ""], 1),
        # a product's name broken by a typesetter in a narrow column, and a broken heading
        (["Frameworks: Tensor-", "Flow, Keras"], ["Frameworks: TensorFlow,", "Keras"], 1),
        (["Amazon Sage-", "Maker"], ["Amazon SageMaker", ""], 1),
        (["Boosting: Light-", "GBM"], ["Boosting: LightGBM", ""], 1),
        (["CERTI-", "FICATIONS"], ["CERTIFICATIONS", ""], 1),
        # ...but a compound of capitalised words keeps its hyphen, and a capital after a
        # lower-case part or an acronym is no piece of one word
        (["Time-", "Series Analysis"], ["Time-Series", "Analysis"], 1),
        (["Few-", "Shot Prompting"], ["Few-Shot", "Prompting"], 1),
        (["Retrieval-", "Augmented Generation"], ["Retrieval-Augmented", "Generation"], 1),
        (["Speech-", "To-Text"], ["Speech-To-Text", ""], 1),
        (["built ten-", "ant-aware login"], ["built tenant-aware", "login"], 1),
        (["run by the data-", "Platform team"], ["run by the data-", "Platform team"], 0),
        (["AI-", "Powered search"], ["AI-", "Powered search"], 0),
    ],
)
def test_dehyphenate(rows: list[str], joined: list[str], count: int) -> None:
    counts = RepairCounts()
    assert dehyphenate(rows, counts) == joined
    assert counts.hyphenations == count


@given(st.text(max_size=80))
def test_any_line_comes_out_plain(raw: str) -> None:
    line = normalise_line(raw.replace("\n", " "), RepairCounts())
    assert "\n" not in line
    assert line == line.strip(" \t")
    assert "  " not in line
    assert not any(0xE000 <= ord(c) <= 0xF8FF or 0xFB00 <= ord(c) <= 0xFB06 for c in line)
    assert "\xa0" not in line and "\u200b" not in line


MOJIBAKE_PRONE = st.text(
    st.sampled_from(
        "aé•\u2013—\u2019“”€™ \t\x00\x1b\x85\x9d\ufeff\u206a\ufffc\ud800Ã¢Â©â€™ðŸ\u00a0ï¿½"
    )
    | st.characters(max_codepoint=0x2FFF),
    max_size=40,
)
"""Lines mixing what ftfy repairs (mojibake, C1 and other control characters, a lone surrogate)
with what it leaves (bullets, dashes, curly quotes, accents)."""


@given(MOJIBAKE_PRONE)
def test_lines_skipped_by_the_ftfy_shortcut_are_those_ftfy_leaves(raw: str) -> None:
    """`normalize` calls ftfy only on lines its fixers could change; the rest must be exactly
    the lines ftfy would have returned unchanged."""
    from analyzer.extract import normalize

    by_ftfy = raw if raw.isascii() else ftfy.fix_text(raw, normalize._FTFY)
    counts = RepairCounts()
    repaired = normalize._repair_mojibake(raw, counts)
    assert repaired == normalize._BROKEN_TRIPLE.sub("", by_ftfy)
    changed = by_ftfy != raw or bool(normalize._BROKEN_TRIPLE.search(by_ftfy))
    assert (counts.mojibake > 0) == changed


def _pattern_chars(items: list[tuple[object, object]]) -> tuple[set[int], bool]:
    """The code points a parsed character class or literal matches, and whether it is negated."""
    codes: set[int] = set()
    negated = False
    for op, value in items:
        if str(op) == "NEGATE":
            negated = True
        elif str(op) == "LITERAL":
            codes.add(value)  # type: ignore[arg-type]
        elif str(op) == "RANGE":
            low, high = value  # type: ignore[misc]
            codes.update(range(low, high + 1))
        else:  # a category (\\w, \\s): any script
            negated = True
    return codes, negated


def test_ftfy_badness_pattern_is_as_the_windowed_search_needs() -> None:
    """`normalize._is_bad` searches ftfy's mojibake pattern only near non-ASCII characters, over
    `BADNESS_REACH` characters either side: so every branch of the installed ftfy's pattern must
    need a non-ASCII character, match at most that many, and look nowhere outside its match. A
    line with one non-ASCII character is searched only if it is one of `LONE_BADNESS`: a branch
    needing only one must need one of those."""
    import re
    from re import _parser  # type: ignore[attr-defined]

    import ftfy.badness

    from analyzer.extract import normalize

    tree = _parser.parse(ftfy.badness.BADNESS_RE.pattern, ftfy.badness.BADNESS_RE.flags)
    assert tree.getwidth()[1] <= normalize.BADNESS_REACH
    (op, (_, branches)), *rest = tree.data
    assert str(op) == "BRANCH" and not rest and len(branches) > 30
    for branch in branches:
        needed = []  # the non-ASCII characters each match of the branch must hold, one a set
        for op, value in branch.data:
            name = str(op)
            assert name in {"LITERAL", "IN", "ANY", "MAX_REPEAT", "AT"}, name
            if name == "AT":
                assert str(value) == "AT_BEGINNING"  # ^ matches at a search's pos only at 0
            elif name == "MAX_REPEAT":
                low, _, repeated = value
                if low and len(repeated.data) == 1:
                    needed += [_beyond_ascii(*repeated.data[0])] * low
            else:
                needed.append(_beyond_ascii(op, value))
        needed = [codes for codes in needed if codes]
        assert needed, branch
        if len(needed) == 1:  # a match may hold it alone
            assert set(map(chr, needed[0])) <= normalize.LONE_BADNESS, branch
    assert re.compile("^a").search("aa", 1) is None


def _beyond_ascii(op: object, value: object) -> set[int]:
    """The code points a parsed literal or character class matches when it matches only
    non-ASCII characters; none when it may match an ASCII one (or anything, negated)."""
    if str(op) == "LITERAL":
        return {value} if value >= 0x80 else set()  # type: ignore[operator]
    if str(op) == "IN":
        codes, negated = _pattern_chars(value)  # type: ignore[arg-type]
        return codes if not negated and min(codes) >= 0x80 else set()
    return set()


BADNESS_PRONE = st.text(
    st.sampled_from(sorted(set(ftfy.badness.BADNESS_RE.pattern) | set("aZ 1.\t\ud83d"))),
    max_size=60,
)
"""Lines of the characters ftfy's mojibake pattern names (and ASCII), in every combination."""


@given(BADNESS_PRONE | MOJIBAKE_PRONE)
def test_windowed_badness_search_answers_as_ftfy(line: str) -> None:
    from analyzer.extract import normalize

    assert normalize._is_bad(line) == ftfy.badness.is_bad(line)


READABLE = st.characters(
    categories=("L", "N", "P", "Zs"), exclude_characters="\n", max_codepoint=0x2FFF
).filter(lambda c: not 0x80 <= ord(c) <= 0x2FF)
"""Letters, digits, punctuation and spaces, outside the Latin-1 and spacing-modifier ranges where
mojibake repair rightly rewrites what it sees."""


@given(st.text(READABLE, max_size=80))
def test_normalising_twice_changes_nothing(raw: str) -> None:
    once = normalise_line(raw, RepairCounts())
    assert normalise_line(once, RepairCounts()) == once


def test_ligatures_in_a_pdf_are_normalised(tmp_path: Path) -> None:
    resume = extract(pdf_factory.ligature_pdf(tmp_path / "lig.pdf"))
    assert_consistent(resume)
    assert "Tensorflow, scikit-learn, workflow orchestration" in resume.text
    assert "classifiers for efficient financial" in resume.text
    assert "\ufb02" not in resume.text
    assert "normalised 5 ligatures" in resume.parse.repairs


def test_words_hyphenated_at_line_ends_are_joined(tmp_path: Path) -> None:
    resume = extract(pdf_factory.hyphenated_pdf(tmp_path / "hyphens.pdf"))
    assert_consistent(resume)
    experience = section_text(resume, "EXPERIENCE")
    assert "relational database\n" in experience
    assert "scikit-learn\nmodel" in experience
    assert "data-driven\ndashboards." in experience
    assert "joined 3 hyphenated words" in resume.parse.repairs


def test_letter_spaced_headings_are_collapsed_and_still_head_sections(tmp_path: Path) -> None:
    path = pdf_factory.letter_spaced_heading_pdf(
        tmp_path / "spaced.pdf",
        [("Work Experience", ["Engineer at Acme, Python"]), ("Skills", ["SQL, Spark"])],
    )
    resume = extract(path)
    assert_consistent(resume)
    assert [(s.kind, s.heading) for s in resume.sections[1:]] == [
        ("experience", "WORK EXPERIENCE"),
        ("skills", "SKILLS"),
    ]
    assert resume.parse.letter_spaced_headings == 2


def test_icon_font_glyphs_are_dropped_and_counted(tmp_path: Path) -> None:
    path = pdf_factory.icon_font_pdf(tmp_path / "icons.pdf", [("Skills", ["Python"])], tmp_path)
    resume = extract(path)
    assert_consistent(resume)
    contact = resume.text[: resume.sections[1].start]
    assert "ada@example.org" in contact
    assert "z ada" not in contact and "# +1" not in contact
    assert resume.parse.icon_glyphs == 3
    assert "removed 3 icon glyphs" in resume.parse.repairs


def test_mojibake_in_text_is_repaired_and_reported() -> None:
    text = "Skills\n" + "\n".join(f"DÃ©veloppeur â€“ Python {i}" for i in range(12))
    resume = extract_text(text)
    assert "Développeur - Python 0" in resume.text
    assert resume.parse.mojibake == 24
    assert resume.parse.text_quality == "degraded"
    assert any("mojibake" in reason for reason in resume.parse.reasons)
    assert any(d.code == "mojibake" and d.severity == "warning" for d in resume.diagnostics)


def test_unmapped_glyph_share_is_measured(tmp_path: Path) -> None:
    from analyzer.errors import UnusableTextError

    path = pdf_factory.single_column_pdf(tmp_path / "cid.pdf", [("Skills", ["Python, SQL"])])
    pdf_factory.without_unicode_maps(path)
    with pytest.raises(UnusableTextError, match=r"\d+% of the glyphs have no Unicode mapping"):
        extract(path)


def test_a_block_break_inside_a_sentence_joins_as_a_line() -> None:
    """ "large language" / "models" split into two blocks read as one wrapped sentence; a block
    that starts with a capital (a new entry) stays a block."""
    from analyzer.extract.assemble import assemble
    from analyzer.extract.lines import Block, PageText, Row

    page = PageText(
        1,
        (
            Block((Row("Trained large language"),)),
            Block((Row("models for search"),)),
            Block((Row("Acme Corp, 2020"),)),
        ),
    )
    assert assemble([page]).text == "Trained large language\nmodels for search\n\nAcme Corp, 2020"


def test_the_one_pass_rewrites_are_the_three_tables_in_any_order() -> None:
    """Invisibles, dashes and quotes are rewritten in one `translate`: that equals applying the
    tables one after another only while no character is in two tables and none is, or becomes,
    a control character (removed in between before)."""
    from analyzer.extract import glyphs, normalize

    tables = (normalize._INVISIBLE, glyphs.DASHES, glyphs.QUOTES)
    assert len(normalize._REWRITES) == sum(map(len, tables))
    outputs = "".join(v for v in normalize._REWRITES.values() if isinstance(v, str))
    keys = "".join(map(chr, normalize._REWRITES))
    assert not normalize._CONTROL.search(keys + outputs)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Python\u3001SQL\u3001Docker", "Python, SQL, Docker"),  # ideographic comma
        ("Python\uff64SQL", "Python, SQL"),  # its half-width form
        ("\u6280\u80fd\uff1aPython\uff1bGo", "\u6280\u80fd: Python; Go"),  # full-width : and ;
        ("Kubernetes\uff08EKS\uff09\uff0cHelm", "Kubernetes (EKS), Helm"),
        ("Python\u30fbSQL", "Python \u00b7 SQL"),  # katakana middle dot
        ("\u3010\u6280\u80fd\u3011", "[\u6280\u80fd]"),
        ("\u4f7f\u7528Python\u548cC++\u5f00\u53d1", "\u4f7f\u7528 Python \u548c C++ \u5f00\u53d1"),
        ("Python\u3002\u8d1f\u8d23", "Python. \u8d1f\u8d23"),
        ("Python, SQL", "Python, SQL"),  # ASCII as it was
        ("\u6570\u636e\u5206\u6790", "\u6570\u636e\u5206\u6790"),  # CJK alone: no space added
    ],
)
def test_east_asian_punctuation_separates_items_as_ascii_does(raw: str, clean: str) -> None:
    assert normalise_line(raw, RepairCounts()) == clean


def test_items_between_ideographic_commas_are_matched_one_by_one() -> None:
    resume = extract_text("Jo Park\n\nSKILLS\n\u6280\u80fd\uff1aPython\u3001Docker\u3001SQL\n")
    assert_consistent(resume)
    assert "Python, Docker, SQL" in resume.text


@given(
    st.text(
        alphabet=st.sampled_from("aZ9+# \u3042\u30a2\u4e00\u9fff\uac00\u3400\u00e9\u2022"),
        max_size=12,
    )
)
def test_a_gap_between_cjk_and_latin_needs_a_cjk_character(text: str) -> None:
    """The normaliser looks for gaps only in a line holding a character of `CJK_CHARACTER`: every
    gap `CJK_LATIN_GAP` finds stands beside one."""
    from analyzer.extract import glyphs

    if glyphs.CJK_LATIN_GAP.search(text):
        assert glyphs.CJK_CHARACTER.search(text)
    cjk = glyphs.CJK_CHARACTER.pattern
    assert glyphs.CJK_LATIN_GAP.pattern.count(cjk) == 2  # the same characters on both sides


def test_a_line_is_translated_only_when_it_holds_a_character_the_table_maps() -> None:
    """`normalise_line` skips a `translate` when the table's pattern finds nothing in the line:
    each pattern finds exactly the characters its table maps (every code point is tried), so a
    line it skips is one the table leaves as it is. Likewise an ASCII line holds no ligature."""
    from analyzer.extract import glyphs, normalize

    every = "".join(map(chr, range(0x110000)))
    for pattern, table in (
        (normalize._EAST_ASIAN_PUNCTUATION, glyphs.EAST_ASIAN_PUNCTUATION),
        (normalize._REWRITTEN, normalize._REWRITES),
    ):
        assert {ord(found) for found in pattern.findall(every)} == set(table)
    assert not normalize.LIGATURES.search(every[:128])  # nor are ligatures looked for in ASCII
