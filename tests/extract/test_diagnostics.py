"""The parse report: language, unmapped-glyph share, garbling, and the verdict with its reasons."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from analyzer.errors import UnusableTextError
from analyzer.extract import extract_text
from analyzer.extract.diagnostics import ReadFacts, build_report, count_letters, garbled_share
from analyzer.extract.language import detect_language, in_other_language
from analyzer.extract.lines import GlyphCounts
from analyzer.extract.normalize import RepairCounts
from analyzer.types import Diagnostic, PageStats, ParseReport

RESUME_EN = (
    "Data engineer with six years of experience in the design of pipelines for analytics. "
    "Built a platform on AWS with Spark and Airflow, and led a team of four engineers."
)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (RESUME_EN, "en"),
        (
            "Ingeniero de datos con seis años de experiencia en el diseño de flujos para la "
            "analítica. Desarrollé una plataforma en la nube con Spark y lideré un equipo de "
            "cuatro personas para los clientes del banco.",
            "es",
        ),
        (
            "Ingénieur de données avec six ans d'expérience dans la conception des flux pour "
            "l'analyse. J'ai construit une plateforme sur le cloud avec Spark et dirigé une "
            "équipe de quatre personnes pour les clients de la banque.",
            "fr",
        ),
        (
            "Dateningenieur mit sechs Jahren Erfahrung in der Entwicklung von Pipelines für die "
            "Analyse. Aufbau einer Plattform in der Cloud mit Spark und Leitung eines Teams von "
            "vier Personen für die Kunden der Bank.",
            "de",
        ),
        (
            "Ingegnere dei dati con sei anni di esperienza nella progettazione delle pipeline per "
            "l'analisi. Ho costruito una piattaforma nel cloud con Spark e guidato un gruppo di "
            "quattro persone per i clienti della banca.",
            "it",
        ),
        (
            "Engenheiro de dados com seis anos de experiência no desenho dos fluxos para a "
            "análise. Construí uma plataforma na nuvem com Spark e liderei uma equipe de quatro "
            "pessoas para os clientes do banco.",
            "pt",
        ),
        (
            "Data engineer met zes jaar ervaring in het ontwerp van pipelines voor de analyse. "
            "Bouwde een platform in de cloud met Spark en leidde een team van vier mensen voor "
            "de klanten van het bedrijf.",
            "nl",
        ),
        ("数据工程师\uff0c六年数据管道设计经验。使用 Spark 和 Airflow 在云上构建平台。", "zh"),
        ("Python SQL Docker Kubernetes", "unknown"),
    ],
)
def test_language_detection(text: str, language: str) -> None:
    assert detect_language(text) == language


def _report(
    glyphs: GlyphCounts, text: str = RESUME_EN * 3, *, ocr: bool = False
) -> tuple[ParseReport, tuple[Diagnostic, ...]]:
    facts = ReadFacts(glyphs, ocr_pages=(1,) if ocr else ())
    return build_report(text, (PageStats(1, len(text), 1),), facts, RepairCounts(), ())


def test_a_clean_text_is_ok() -> None:
    report, notes = _report(GlyphCounts(glyphs=500))
    assert (report.text_quality, report.reasons) == ("ok", ())
    assert report.language == "en"
    assert any(n.code == "language" for n in notes)


def test_a_few_percent_of_unmapped_glyphs_degrade_the_text() -> None:
    report, notes = _report(GlyphCounts(glyphs=1000, unmapped=30))
    assert report.text_quality == "degraded"
    assert report.unmapped_glyph_share == pytest.approx(0.03)
    assert "3.0% of the glyphs had no Unicode mapping and were lost" in report.reasons
    assert any(n.code == "unmapped-glyphs" and n.severity == "warning" for n in notes)
    assert "removed 30 unmapped glyphs" in report.repairs


def test_mostly_unmapped_glyphs_make_the_text_unusable() -> None:
    report, _ = _report(GlyphCounts(glyphs=1000, unmapped=600))
    assert report.text_quality == "unusable"
    assert any("no Unicode mapping" in reason for reason in report.reasons)


def test_ocr_text_is_flagged() -> None:
    report, notes = _report(GlyphCounts(), ocr=True)
    assert report.ocr and report.text_quality == "degraded"
    assert [n.page for n in notes if n.code == "ocr"] == [1]


@pytest.mark.parametrize(
    ("text", "garbled"),
    [
        (RESUME_EN, 0.0),
        ("Built PyTorch and TensorFlow models on GitHub with PostgreSQL, HTTPS and PLSQL", 0.0),
        ("LxPxQSxaaaxb AoDoKLoPP ghWa5ikolm Wbcdf kocbS0Wo", 1.0),
    ],
)
def test_garbled_share(text: str, garbled: float) -> None:
    assert garbled_share(text)[0] == pytest.approx(garbled)


def test_letter_soup_is_unusable() -> None:
    soup = " ".join(["LxPxQSxaaaxb AoDoKLoPP ghWa5ikolm Wbcdfg kocbS0Wo"] * 4)
    with pytest.raises(UnusableTextError, match="letter soup") as caught:
        extract_text(soup, name="soup.txt")
    assert "soup.txt" in str(caught.value)


@pytest.mark.parametrize("text", ["1234 5678 90", "•••• ---- //// 12"])
def test_text_without_words_is_unusable(text: str) -> None:
    with pytest.raises(UnusableTextError, match="cannot be analysed"):
        extract_text(text)


def test_a_short_text_is_degraded_not_refused() -> None:
    resume = extract_text("SKILLS\nPython, SQL")
    assert resume.parse.text_quality == "degraded"
    assert resume.parse.reasons == ("very little text (15 letters)",)


def _garbled_as_defined(word: str) -> bool:
    """`garbled_share`'s docstring, read literally (no shortcuts)."""
    letters = sum(map(str.isalpha, word))
    flips = sum(a.islower() and b.isupper() for a, b in itertools.pairwise(word))
    digits_inside = re.search(r"[^\W\d_]\d+[^\W\d_]", word) is not None
    vowelless = not set("aeiouy") & set(word.lower()) and letters >= 5 and not word.isupper()
    known = word.lower() in {"https", "sftp", "mssql", "plsql", "tsql", "pgsql", "sqlcmd"}
    return flips >= 2 or digits_inside or (vowelless and not known)


WORDISH = st.text(st.sampled_from("bcstzXQR019_aeyÄ"), min_size=1, max_size=9)


@given(st.lists(WORDISH, max_size=30))
@example(["Xbcs", "bcst", "Tbcdf", "PLSQL", "https", "aBcD", "xaBcDe", "ab1c", "a_bcd"])
def test_garbled_share_counts_the_words_its_rule_names(words: list[str]) -> None:
    text = " ".join(words)
    judged = [w for w in re.findall(r"\w+", text) if w.isascii() and sum(map(str.isalpha, w)) >= 4]
    expected = sum(map(_garbled_as_defined, judged)) / max(len(judged), 1)
    assert garbled_share(text) == (expected, len(judged))


@given(st.text(st.characters() | st.sampled_from("aZ9_ \t\u00e9\u00df\u4e2d\u0665\ud83d")))
def test_letters_are_counted_as_str_isalpha_counts_them(text: str) -> None:
    assert count_letters(text) == sum(map(str.isalpha, text))


@given(st.text(st.sampled_from("ab1_ .\u00e9\u4e2d-")))
def test_long_tokens_are_the_word_runs_of_four_or_more(text: str) -> None:
    from analyzer.extract.diagnostics import _LONG_TOKEN

    assert _LONG_TOKEN.findall(text) == [w for w in re.findall(r"\w+", text) if len(w) >= 4]


@given(
    st.lists(
        st.sampled_from(
            [
                *("the", "and", "m\u00e1s", "\u00e9t\u00e9", "f\u00fcr", "of", "de", "la", "in"),
                *" \n\t\u00a0\u2003,.()-_'1\u0663\u00b2\u00bd\u00e9\u00df",
            ]
        ),
        max_size=30,
    ).map("".join)
)
def test_counted_words_are_the_words_the_pattern_finds(text: str) -> None:
    """`_counted_words` reads tokens of letters as words and searches only the other tokens:
    the counts are those of searching the whole text."""
    from collections import Counter

    from analyzer.extract import language

    assert all(map(str.isalpha, language._COUNTED))
    found = Counter(filter(language._COUNTED.__contains__, language._WORD.findall(text)))
    assert language._counted_words(text) == found


@pytest.mark.parametrize(
    ("line", "other"),
    [
        ("Tese: um estudo sobre a avaliação de modelos para imagens", True),
        ("Mémoire : une étude des modèles de langue pour la recherche", True),
        ("Evaluated the models on a held-out set of the images", False),
        # English with a Spanish name in it is still English
        ("Visiting researcher at the Universidad de la Plata for the summer", False),
        ("Python, SQL, Docker", False),
    ],
)
def test_a_line_in_another_language_is_told_apart(line: str, other: bool) -> None:
    assert in_other_language(line) is other
