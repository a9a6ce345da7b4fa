"""Issue 9's table, rebuilt from generated files: every pathological input gets a documented
answer (a result, or an error naming the file and the limit) within its limits, through the
library, the CLI and a batch mixed with good files."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from analyzer.config import AnalyzerConfig, Limits
from analyzer.engine import Analyzer
from analyzer.errors import ALL_ERRORS, SkillgapError
from tests.hostile import inputs

DOCUMENTED = {error.code for error in ALL_ERRORS}
SECONDS = 30.0
"""The time limit these tests run with; every answer must come within it (plus start-up)."""

Build = Callable[[Path], Path]

# (name, builder, expected error code or None for a result, the limit the message names)
TABLE: list[tuple[str, Build, str | None, str | None]] = [
    ("bullets.txt", lambda p: inputs.many_bullets_text(p, lines=20000), None, None),
    ("headings.txt", lambda p: inputs.many_headings_text(p, headings=20000), None, None),
    ("one-line.txt", inputs.one_line_text, "E017", "characters="),
    ("short-lines.txt", inputs.short_lines_text, "E017", "characters="),
    ("no-spaces.txt", inputs.no_spaces_text, "E017", "characters="),
    ("operators.pdf", inputs.many_operators_pdf, "E017", "page_objects="),
    ("long-line.pdf", inputs.long_line_pdf, "E017", "page_objects="),
    ("bomb-256mb.pdf", inputs.flate_bomb_pdf, "E017", "inflated_bytes="),
    ("contents-array.pdf", inputs.huge_contents_array_pdf, "E017", "page_objects="),
    ("fanout.pdf", inputs.xobject_fanout_pdf, "E017", "nesting="),
    ("huge-string.pdf", inputs.huge_string_pdf, "E017", "page_objects="),
    ("huge-token.pdf", inputs.huge_token_pdf, "E017", "characters="),
    ("tounicode-range.pdf", inputs.tounicode_range_pdf, "E017", "page_objects="),
    ("runlength-garbage.pdf", inputs.runlength_garbage_pdf, "E009", None),
    ("predictor-columns.pdf", inputs.predictor_columns_pdf, "E007", None),
    ("xref-predictor.pdf", inputs.xref_stream_predictor_pdf, "E007", None),
    ("duplicated-flate.pdf", inputs.duplicated_flate_pdf, None, None),
]
SLOW_TABLE: list[tuple[str, Build, str | None, str | None]] = [
    ("random-words-60p.pdf", inputs.random_words_pdf, None, None),
    ("dense-60p.pdf", inputs.dense_text_pdf, None, None),
    (
        "bomb-1gb.pdf",
        lambda p: inputs.flate_bomb_pdf(p, inflated_mb=1024),
        "E017",
        "inflated_bytes=",
    ),
]


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(config=AnalyzerConfig(limits=Limits(seconds=SECONDS)))


def check_answer(analyzer: Analyzer, path: Path, code: str | None, limit: str | None) -> None:
    started = time.monotonic()
    try:
        result = analyzer.analyze(path)
    except SkillgapError as error:
        assert error.code in DOCUMENTED, f"{path.name}: undocumented {error.code}"
        assert error.code == code, f"{path.name}: {error.code} {error}"
        assert path.name in str(error)
        if limit is not None:
            assert f"(limit {limit}" in str(error)
    else:
        assert code is None, f"{path.name}: expected {code}, got a result"
        assert result.source.sha256
    assert time.monotonic() - started < SECONDS + 5


@pytest.mark.parametrize(("name", "build", "code", "limit"), TABLE, ids=[t[0] for t in TABLE])
def test_each_row_of_the_table_is_answered_within_its_limits(
    analyzer: Analyzer, tmp_path: Path, name: str, build: Build, code: str | None, limit: str | None
) -> None:
    check_answer(analyzer, build(tmp_path / name), code, limit)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "build", "code", "limit"), SLOW_TABLE, ids=[t[0] for t in SLOW_TABLE]
)
def test_the_long_rows_of_the_table(
    analyzer: Analyzer, tmp_path: Path, name: str, build: Build, code: str | None, limit: str | None
) -> None:
    check_answer(analyzer, build(tmp_path / name), code, limit)


def test_a_large_text_is_refused_before_it_is_read_whole(tmp_path: Path) -> None:
    path = inputs.one_line_text(tmp_path / "big.txt", megabytes=20)
    analyzer = Analyzer(config=AnalyzerConfig(limits=Limits(characters=1000)))
    started = time.process_time()
    with pytest.raises(SkillgapError) as caught:
        analyzer.extract(path)
    assert caught.value.code == "E017"
    assert "limit characters=1000" in str(caught.value)
    assert time.process_time() - started < 0.5  # reading 20 MB and decoding it takes longer


def test_the_limits_are_settings(tmp_path: Path) -> None:
    path = inputs.resume_pdf(tmp_path / "ok.pdf")
    strict = Analyzer(config=AnalyzerConfig(limits=Limits(page_objects=20)))
    with pytest.raises(SkillgapError, match=r"ok.pdf: .*\(limit page_objects=20\)"):
        strict.analyze(path)
    assert Analyzer().analyze(path).source.pages == 1


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "analyzer", *args],
        capture_output=True,
        text=True,
        timeout=SECONDS * 2,
        check=False,
    )


@pytest.mark.parametrize(
    ("build", "code", "limit"),
    [
        (inputs.flate_bomb_pdf, 17, "inflated_bytes="),
        (inputs.runlength_garbage_pdf, 9, None),
        (inputs.predictor_columns_pdf, 7, None),
        (inputs.no_spaces_text, 17, "characters="),
    ],
)
def test_the_cli_answers_with_a_documented_exit_code_and_no_traceback(
    tmp_path: Path, build: Build, code: int, limit: str | None
) -> None:
    path = build(tmp_path / "input.bin")
    done = run_cli("analyze", str(path))
    assert done.returncode == code, done.stderr
    assert "Traceback" not in done.stderr
    assert str(path) in done.stderr
    if limit:
        assert f"(limit {limit}" in done.stderr


def test_the_cli_takes_limits_from_options_and_the_environment(tmp_path: Path) -> None:
    path = inputs.resume_pdf(tmp_path / "ok.pdf")
    done = run_cli("analyze", str(path), "--limit", "pages=1", "--limit", "page_objects=20")
    assert done.returncode == 17 and "limit page_objects=20" in done.stderr
    bad = run_cli("analyze", str(path), "--limit", "speed=3")
    assert bad.returncode == 14 and "bad limit setting 'speed=3'" in bad.stderr


def test_a_batch_records_each_hostile_file_and_the_good_files_are_unaffected(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "candidates"
    folder.mkdir()
    for index in range(3):
        inputs.resume_pdf(folder / f"good-{index}.pdf")
    inputs.flate_bomb_pdf(folder / "bomb.pdf")
    inputs.runlength_garbage_pdf(folder / "rle.pdf")
    inputs.xobject_fanout_pdf(folder / "fanout.pdf")
    inputs.no_spaces_text(folder / "long.txt", megabytes=10)
    jsonl = tmp_path / "all.jsonl"
    done = run_cli(
        "batch",
        str(folder),
        "--out",
        str(tmp_path / "ranked.csv"),
        "--jsonl",
        str(jsonl),
        "--jobs",
        "2",
    )
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in jsonl.read_text().splitlines()]
    errors = {Path(r["file"]).name: r["error"]["code"] for r in lines if "error" in r}
    assert errors == {
        "bomb.pdf": "E017",
        "rle.pdf": "E009",
        "fanout.pdf": "E017",
        "long.txt": "E017",
    }
    assert sum("error" not in r for r in lines) == 3


def test_ocr_renders_a_huge_page_at_a_bounded_size() -> None:
    from analyzer.extract.ocr import MAX_PIXELS, render_scale

    assert render_scale(595, 842) == pytest.approx(300 / 72)  # an A4 page at 300 dpi
    scale = render_scale(14400, 14400)  # the largest page PDF allows, 200 inches square
    assert (14400 * scale) ** 2 <= MAX_PIXELS * 1.0001


def test_one_very_long_line_costs_time_in_proportion_to_its_length(tmp_path: Path) -> None:
    from analyzer.match.matcher import CONTEXT_CHARS, _line_around

    line = "python model " * 100_000
    start = line.index("python", len(line) // 2)
    around = _line_around(line, start, start + 6)
    assert len(around) <= 2 * CONTEXT_CHARS + 6 and "python" in around
    text = "Skills\nPython\nExperience\n" + line[:4000] + "\nSQL\n"
    start = text.index("SQL")
    assert _line_around(text, start, start + 3) == "SQL"
