"""The two text-layer engines: pdfminer.six (default) and PDFium read the same layouts alike."""

from __future__ import annotations

import dataclasses
import json
import os
import statistics
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pdfminer.high_level import extract_pages
from pdfminer.layout import LAParams, LTChar, LTComponent, LTPage, LTTextLineHorizontal

from analyzer.config import AnalyzerConfig, Limits
from analyzer.errors import (
    ConfigError,
    CorruptPDFError,
    LimitExceededError,
    SkillgapError,
)
from analyzer.extract import extract, pdfium
from analyzer.extract.chars import (
    CHAR_MARGIN,
    LINE_OVERLAP,
    Char,
    _weighted_median,
    group_lines,
    layout_lines,
)
from analyzer.extract.lines import GlyphCounts
from analyzer.extract.pdf import _pdfminer_pages
from tests import pdf_factory
from tests.extract.helpers import assert_consistent, kinds, section_text
from tests.extract.test_layout import LEFT, MAIN, RIGHT, SIDEBAR

ENGINES = ("pdfminer", "pdfium")
SECTIONS = [
    ("Summary", ["Machine learning engineer shipping models to production."]),
    ("Experience", ["**Data Engineer, Acme Corp", "• Built Spark pipelines in Python"]),
    ("Skills", ["Python, SQL, Docker, Kubernetes, AWS"]),
]


@pytest.mark.parametrize("engine", ENGINES)
def test_two_columns_are_read_apart_by_both_engines(tmp_path: Path, engine: str) -> None:
    pdf = pdf_factory.two_column_pdf(tmp_path / "two.pdf", LEFT, RIGHT)
    resume = extract(pdf, engine=engine)  # type: ignore[arg-type]
    assert_consistent(resume)
    assert resume.parse.pages[0].columns == 2
    assert kinds(resume) == ["contact", "education", "skills", "experience", "projects"]
    assert "Python, SQL, Docker\nKubernetes, AWS" in section_text(resume, "Skills")
    assert "• Built Spark pipelines in Python" in section_text(resume, "Experience")


@pytest.mark.parametrize("engine", ENGINES)
def test_sidebar_and_bold_headings_by_both_engines(tmp_path: Path, engine: str) -> None:
    pdf = pdf_factory.sidebar_pdf(tmp_path / "side.pdf", MAIN, SIDEBAR)
    resume = extract(pdf, engine=engine)  # type: ignore[arg-type]
    assert {"skills", "experience", "projects", "education"} <= set(kinds(resume))
    assert "Python, SQL\nDocker, AWS" in section_text(resume, "Skills")


@pytest.mark.parametrize(
    "build",
    [
        lambda path: pdf_factory.single_column_pdf(path, SECTIONS),
        pdf_factory.ligature_pdf,
        pdf_factory.hyphenated_pdf,
        lambda path: pdf_factory.table_pdf(path, "Skills", [["Python", "SQL", "Docker"]] * 3),
    ],
    ids=["plain", "ligatures", "hyphenated", "table"],
)
def test_engines_give_the_same_text_sections_and_counts(
    tmp_path: Path, build: Callable[[Path], Path]
) -> None:
    pdf = build(tmp_path / "resume.pdf")
    miner, fast = (extract(pdf, engine=engine) for engine in ENGINES)  # type: ignore[arg-type]
    assert fast.text == miner.text
    assert [(s.kind, s.heading, s.start) for s in fast.sections] == [
        (s.kind, s.heading, s.start) for s in miner.sections
    ]
    # the same verdict and counts; PDFium expands ligatures itself, so it needs no such repair
    unrepaired = [dataclasses.replace(r.parse, repairs=()) for r in (miner, fast)]
    assert unrepaired[0] == unrepaired[1]


def test_pdfium_reads_font_sizes_and_bold_lines(tmp_path: Path) -> None:
    pdf = pdf_factory.single_column_pdf(tmp_path / "one.pdf", SECTIONS, heading_size=15)
    layout = pdfium.read_pdf(pdf.read_bytes(), path=str(pdf), max_pages=5)[0]
    by_text = {line.text: line for line in layout.lines}
    assert by_text["SKILLS"].size == pytest.approx(15, abs=0.01)
    assert by_text["SKILLS"].bold
    assert by_text["Data Engineer, Acme Corp"].bold
    body = by_text["Python, SQL, Docker, Kubernetes, AWS"]
    assert (body.size, body.bold) == (pytest.approx(10, abs=0.01), False)
    assert body.x0 == pytest.approx(pdf_factory.MARGIN, abs=0.5)


def test_letter_spaced_headings_read_as_words_by_both_engines(tmp_path: Path) -> None:
    pdf = pdf_factory.letter_spaced_heading_pdf(tmp_path / "spaced.pdf", SECTIONS)
    miner, fast = (extract(pdf, engine=engine) for engine in ENGINES)  # type: ignore[arg-type]
    assert kinds(fast) == kinds(miner) == ["contact", "summary", "experience", "skills"]
    assert [s.heading for s in fast.sections] == [s.heading for s in miner.sections]
    # pdfminer.six spaces the letters out (collapsed later); PDFium joins them itself
    assert miner.parse.letter_spaced_headings == 3


def test_pdfium_drops_and_counts_icon_glyphs(tmp_path: Path) -> None:
    pdf = pdf_factory.icon_font_pdf(tmp_path / "icons.pdf", SECTIONS, tmp_path)
    resume = extract(pdf, engine="pdfium")
    assert resume.parse.icon_glyphs == 3
    assert "ada@example.org" in resume.text
    assert "z ada@" not in resume.text and "zada@" not in resume.text


def test_pdfium_counts_unmapped_glyphs(tmp_path: Path) -> None:
    pdf = pdf_factory.without_unicode_maps(
        pdf_factory.single_column_pdf(tmp_path / "nomap.pdf", SECTIONS)
    )
    layout = pdfium.read_pdf(pdf.read_bytes(), path=str(pdf), max_pages=5)[0]
    assert layout.glyphs.unmapped > 0.9 * layout.glyphs.glyphs


def test_unreadable_for_pdfium_falls_back_to_pdfminer_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf = pdf_factory.single_column_pdf(tmp_path / "one.pdf", SECTIONS)

    def refuse(data: bytes, *, path: str, max_pages: int) -> None:
        raise pdfium.PdfiumUnreadable("a structure PDFium rejects")

    monkeypatch.setattr(pdfium, "read_pdf", refuse)
    resume = extract(pdf, engine="pdfium")
    assert resume.text == extract(pdf).text
    (note,) = [d for d in resume.diagnostics if d.code == "engine-fallback"]
    assert note.severity == "warning"
    assert "a structure PDFium rejects" in note.message and "pdfminer.six" in note.message


def test_damaged_pdf_fails_with_pdfminer_error_under_pdfium(tmp_path: Path) -> None:
    whole = pdf_factory.single_column_pdf(tmp_path / "one.pdf", SECTIONS).read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(whole[: len(whole) // 3])
    with pytest.raises(CorruptPDFError):
        extract(cut, engine="pdfium")


def test_page_limit_holds_for_pdfium(tmp_path: Path) -> None:
    pdf = pdf_factory.multi_page_pdf(tmp_path / "long.pdf", [SECTIONS, SECTIONS, SECTIONS])
    with pytest.raises(LimitExceededError, match="limit pages=2"):
        extract(pdf, engine="pdfium", limits=Limits(pages=2))


def test_engine_setting_is_validated() -> None:
    with pytest.raises(ConfigError, match="engine is 'fast'"):
        AnalyzerConfig(engine="fast")  # type: ignore[arg-type]


def test_missing_pypdfium2_exits_23_with_the_install_command(tmp_path: Path) -> None:
    pdf = pdf_factory.single_column_pdf(tmp_path / "one.pdf", SECTIONS)
    # A pypdfium2 that fails to import, first on the path of this process and of the worker
    # processes it starts: what an environment without the package raises.
    shadow = tmp_path / "shadow" / "pypdfium2"
    shadow.mkdir(parents=True)
    (shadow / "__init__.py").write_text("raise ModuleNotFoundError(name='pypdfium2')\n")
    probe = (
        f"from analyzer.cli import main\nmain(['analyze', {str(pdf)!r}, '--engine', 'pdfium'])\n"
    )
    env = {**os.environ, "PYTHONPATH": str(shadow.parent)}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env)
    assert done.returncode == 23
    assert "pip install 'skillgap[pdfium]'" in done.stderr
    assert "Traceback" not in done.stderr


# ----------------------------------------------------------- the engine-free line rules


def test_pdfminer_device_boxes_are_pdfminers_own(tmp_path: Path) -> None:
    pdf = pdf_factory.two_column_pdf(tmp_path / "two.pdf", LEFT, RIGHT)
    (theirs,) = extract_pages(str(pdf), laparams=None)
    assert isinstance(theirs, LTPage)
    expected = [
        (c.get_text(), round(c.x0, 3), round(c.y0, 3), round(c.x1, 3), round(c.y1, 3))
        for c in _ltchars(theirs)
    ]
    (ours,) = _pdfminer_pages(pdf.read_bytes(), str(pdf), 1)
    got = [
        (c.text, round(c.x0, 3), round(c.y0, 3), round(c.x1, 3), round(c.y1, 3))
        for group in ours.groups
        for c in group
    ]
    assert got == expected
    assert ours.height == theirs.height


def test_pdfminer_device_boxes_match_pdfminers_under_turned_and_mirrored_text(
    tmp_path: Path,
) -> None:
    """Every box corner as pdfminer.six's `LTChar` computes it (to a millionth of a point: it
    adds the same products in another order), whatever the text matrix (turned, slanted,
    mirrored, scaled) and however often a character code recurs in a font (the device asks a
    font once per code)."""
    from tests.hostile.inputs import raw_pdf, stream

    shown = b"(Python and SQL, Python and Docker) Tj"
    content = b" ".join(
        b"BT /F1 %d Tf %s Tm %s ET" % (size, matrix, shown)
        for size, matrix in (
            (10, b"1 0 0 1 40 800"),
            (9, b"0.8 0.6 -0.6 0.8 100 600"),  # turned
            (11, b"1 0 0.3 1 40 500"),  # slanted
            (10, b"-1 0 0 1 500 400"),  # mirrored
            (12, b"2 0 0 0.5 40 200"),  # stretched
        )
    )
    pdf = raw_pdf(
        tmp_path / "turned.pdf",
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
            b" /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            stream(content),
        ],
    )
    (theirs,) = extract_pages(str(pdf), laparams=None)
    expected = [
        (c.get_text(), *(round(v, 6) for v in (c.x0, c.y0, c.x1, c.y1)), c.fontname)
        for c in _ltchars(theirs)
    ]
    (ours,) = _pdfminer_pages(pdf.read_bytes(), str(pdf), 1)
    got = [
        (c.text, *(round(v, 6) for v in (c.x0, c.y0, c.x1, c.y1)), c.font)
        for group in ours.groups
        for c in group
    ]
    assert len(got) == 5 * 33
    assert got == expected


def _ltchars(item: object) -> list[LTChar]:
    if isinstance(item, LTChar):
        return [item]
    if isinstance(item, LTComponent) and hasattr(item, "__iter__"):
        return [c for child in item for c in _ltchars(child)]
    return []


boxes = st.lists(
    st.tuples(
        st.floats(0, 400), st.floats(0, 60), st.floats(0.5, 12), st.floats(4, 14)
    ),  # x, y, width, height
    min_size=1,
    max_size=30,
)


@settings(max_examples=150, deadline=None)
@given(boxes)
def test_lines_are_grouped_as_pdfminer_groups_them(specs: list[tuple[float, ...]]) -> None:
    chars = [Char("x", x, y, x + w, y + h, "F") for x, y, w, h in specs]
    components = [LTComponent((c.x0, c.y0, c.x1, c.y1)) for c in chars]
    params = LAParams(line_overlap=LINE_OVERLAP, char_margin=CHAR_MARGIN)
    page = LTPage(1, (0, 0, 500, 100))
    theirs = [
        [components.index(obj) for obj in line]
        for line in page.group_objects(params, components)
        if isinstance(line, LTTextLineHorizontal)
    ]
    position = {id(c): i for i, c in enumerate(chars)}  # equal boxes are still two characters
    ours = [[position[id(c)] for c in line] for line in group_lines(chars)]
    assert ours == theirs


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.floats(1, 30), st.integers(1, 5)), min_size=1, max_size=12))
def test_weighted_median_is_the_median_of_repeated_values(pairs: list[tuple[float, int]]) -> None:
    values, weights = [v for v, _ in pairs], [w for _, w in pairs]
    repeated = [v for v, w in pairs for _ in range(w)]
    assert _weighted_median(values, weights) == pytest.approx(statistics.median(repeated))


def test_a_run_is_one_piece_of_a_line_and_its_letters_weigh_by_count() -> None:
    counts = GlyphCounts()
    runs = [
        Char("Skills: ", 10, 100, 50, 110, "Sans-Bold", glyphs=7, lead=5, trail=3),
        Char("Python, SQL", 53, 100, 110, 108, "Sans", glyphs=10, lead=5, trail=5),
    ]
    (line,) = layout_lines(runs, 200, counts)
    assert line.text == "Skills: Python, SQL"
    assert (line.font, line.bold, line.size) == ("Sans", False, 8)  # 9 letters against 6
    assert counts.glyphs == 17


def test_analyze_and_batch_take_the_engine(tmp_path: Path) -> None:
    pdf = pdf_factory.single_column_pdf(tmp_path / "one.pdf", SECTIONS)
    reports = []
    for engine in ENGINES:
        command = ["analyze", str(pdf), "-f", "json", "--engine", engine]
        done = subprocess.run(
            [sys.executable, "-m", "analyzer", *command],
            capture_output=True,
            text=True,
            check=True,
        )
        reports.append(json.loads(done.stdout))
    found = [{s["id"] for s in r["skills"] if s["present"]} for r in reports]
    assert found[0] == found[1] >= {"python", "sql", "docker", "kubernetes", "aws"}
    out = tmp_path / "ranked.csv"
    command = ["batch", str(tmp_path), "--engine", "pdfium", "--jobs", "1", "--out", str(out)]
    subprocess.run(
        [sys.executable, "-m", "analyzer", *command],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "one.pdf" in out.read_text()


def test_small_caps_heading_drawn_in_pieces_keeps_its_word_gap(tmp_path: Path) -> None:
    """Big initials and small letters drawn as separate objects, the space starting a piece
    ("W", "ORK", " E", "XPERIENCE"), as word processors draw small caps."""
    pdf = pdf_factory.ResumePDF()
    pdf.add_page()
    x = pdf_factory.MARGIN
    for piece, size in (("W", 12), ("ORK", 9.6), (" E", 12), ("XPERIENCE", 9.6)):
        pdf.text_at(x, 100, piece, size=size, bold=True)
        x += pdf.get_string_width(piece)
    pdf.text_at(pdf_factory.MARGIN, 120, "Data Engineer, Acme Corp")
    path = tmp_path / "smallcaps.pdf"
    pdf.output(str(path))
    for engine in ENGINES:
        resume = extract(path, engine=engine)  # type: ignore[arg-type]
        assert resume.text.startswith("WORK EXPERIENCE\n"), engine


@pytest.mark.parametrize(
    ("build", "code"),
    [
        (lambda path: pdf_factory.encrypted_pdf(path, SECTIONS), "E008"),
        (lambda path: pdf_factory.image_only_pdf(path, ["Python developer"]), "E009"),
    ],
    ids=["encrypted", "image-only"],
)
def test_bad_pdfs_fail_alike_under_both_engines(
    tmp_path: Path, build: Callable[[Path], Path], code: str
) -> None:
    pdf = build(tmp_path / "bad.pdf")
    for engine in ENGINES:
        with pytest.raises(SkillgapError) as failure:
            extract(pdf, engine=engine)  # type: ignore[arg-type]
        assert failure.value.code == code, engine


def test_text_drawn_glyph_by_glyph_reads_alike_and_words_join_into_runs(tmp_path: Path) -> None:
    """Some exporters draw every glyph as its own text object. PDFium's runs then join the
    glyphs of a word (they touch) and the words of a line in one font (a space apart), but
    never across a change of font: a bold word inside a line stays its own run."""
    pdf = pdf_factory.ResumePDF()
    pdf.add_page()
    lines = [
        ([("SKILLS", True)], 12),
        ([("Built ", False), ("Spark", True), (" pipelines in Python and SQL", False)], 10),
        ([("Machine learning engineer shipping models to production", False)], 10),
    ]
    y = 100.0
    for pieces, size in lines:
        x = pdf_factory.MARGIN
        for piece, bold in pieces:
            for glyph in piece:
                pdf.text_at(x, y, glyph, size=size, bold=bold)
                x += pdf.get_string_width(glyph)
        y += 2 * size
    path = tmp_path / "glyphs.pdf"
    pdf.output(str(path))
    miner, fast = (extract(path, engine=engine) for engine in ENGINES)  # type: ignore[arg-type]
    assert fast.text == miner.text
    assert "Built Spark pipelines in Python and SQL" in fast.text
    document = pdfium.pdfium.PdfDocument(path)
    try:
        textpage = document[0].get_textpage()
        runs = [run.text.strip() for run in pdfium._runs(textpage.raw)]
    finally:
        document.close()
    assert runs == [
        "SKILLS",
        "Built",
        "Spark",
        "pipelines in Python and SQL",
        "Machine learning engineer shipping models to production",
    ]
    layout = pdfium.read_pdf(path.read_bytes(), path=str(path), max_pages=1)[0]
    bold = {line.text: line.bold for line in layout.lines}
    assert bold == {
        "SKILLS": True,
        "Built Spark pipelines in Python and SQL": False,
        "Machine learning engineer shipping models to production": False,
    }


def test_a_heading_in_the_margin_stays_a_cell_of_its_own(tmp_path: Path) -> None:
    """A heading in a left margin and the first line beside it, a little more than two letters
    apart: the space PDFium adds between them was never drawn, so it must not narrow the gap
    (pdfminer.six sees no space there either)."""
    pdf = pdf_factory.ResumePDF()
    pdf.add_page()
    x = pdf_factory.MARGIN
    pdf.text_at(x, 100, "Education", size=10)
    pdf.set_font("dv", "", 10)
    beside = x + pdf.get_string_width("Education") + 2.1 * pdf.get_string_width("M")
    pdf.text_at(beside, 100, "MSc Data Science, University of Somewhere", size=10)
    pdf.text_at(x, 130, "Machine learning engineer shipping models to production", size=10)
    path = tmp_path / "margin.pdf"
    pdf.output(str(path))
    for engine in ENGINES:
        resume = extract(path, engine=engine)  # type: ignore[arg-type]
        assert resume.text.startswith("Education\tMSc Data Science, University"), engine


def test_pdfium_boxes_and_matrices_read_in_slots_are_pypdfium2s_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`pdfium._written` (PDFium writing into reused slots, in rounds of `SLOTS` characters)
    gives every character's loose box and matrix as pypdfium2's own per-character calls do."""
    import ctypes

    import pypdfium2
    import pypdfium2.raw as pdfium_c

    monkeypatch.setattr(pdfium, "SLOTS", 7)  # several rounds, the last one short
    monkeypatch.setattr(pdfium, "_SLOTS", pdfium._Slots())
    pdf = pdf_factory.single_column_pdf(tmp_path / "r.pdf", SECTIONS)
    document = pypdfium2.PdfDocument(pdf)
    textpage = document[0].get_textpage()
    count = textpage.count_chars()
    indices = list(range(0, count, 3))
    page = pdfium._pointer(ctypes.cast(textpage.raw, ctypes.c_void_p).value or 0)
    boxes = pdfium._written(pdfium._LOOSE_CHAR_BOX, page, indices, 4)
    matrices = pdfium._written(pdfium._MATRIX, page, indices, 4)
    for index, box, matrix in zip(indices, boxes.tolist(), matrices.tolist(), strict=True):
        left, bottom, right, top = textpage.get_charbox(index, loose=True)
        assert box == pytest.approx([left, top, right, bottom], abs=1e-3)
        expected = pdfium_c.FS_MATRIX()
        assert pdfium_c.FPDFText_GetMatrix(textpage.raw, index, expected)
        assert matrix == pytest.approx([expected.a, expected.b, expected.c, expected.d], abs=1e-6)
    assert len(indices) > 2 * 7 and count > 100
    textpage.close()
    document.close()


def _word_chars(words: list[tuple[str, str, float]], size: float = 10.0) -> list[Char]:
    """Characters of words in the given fonts, each word `gap` points after the one before."""
    chars, x = [], 50.0
    for text, font, gap in words:
        x += gap
        for letter in text:
            chars.append(Char(letter, x, 700.0, x + 0.55 * size, 700.0 + size, font))
            x += 0.55 * size
    return chars


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ([("Skills:", "DejaVu-Bold", 0), ("Python", "DejaVu", 3)], "Skills: Python"),
        ([("SKILLS", "DejaVu-Bold", 0), ("Python", "DejaVu", 7)], "SKILLS\tPython"),
        ([("•", "DejaVu-Bold", 0), ("Built", "DejaVu", 7)], "• Built"),
        ([("Built", "DejaVu", 0), ("models", "DejaVu", 7)], "Built models"),
        ([("Built", "DejaVu", 0), ("2019", "DejaVu", 10.5)], "Built\t2019"),
        # a justified line in a narrow column: every space stretched alike is still a space...
        (
            [("Model", "DejaVu", 0), ("Deployment,", "DejaVu", 10.5), ("Upkeep", "DejaVu", 10.5)],
            "Model Deployment, Upkeep",
        ),
        (
            [
                ("•", "DejaVu", 0),
                ("Model", "DejaVu", 4),
                ("Deployment,", "DejaVu", 10.5),
                ("Upkeep", "DejaVu", 10.5),
            ],
            "• Model Deployment, Upkeep",
        ),
        # ...while a wide gap among narrow word spaces is a cell's edge
        (
            [("Data", "DejaVu", 0), ("Scientist", "DejaVu", 3), ("2019", "DejaVu", 10.5)],
            "Data Scientist\t2019",
        ),
    ],
)
def test_cells_inside_a_line_by_their_gap(
    words: list[tuple[str, str, float]], expected: str
) -> None:
    """A gap over one font size is a cell boundary; a bold label (letters, not a bullet) before
    regular text, over half of one; word spaces, justified or not, stay spaces, even stretched
    past one font size when the line's spaces are all alike."""
    [line] = list(layout_lines(_word_chars(words), 842.0, GlyphCounts()))
    assert line.text == expected
