"""Ranking and the files a batch writes, on rows built by hand."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from analyzer.batch.outputs import (
    REPORTS_MARKER,
    Row,
    check_reports_folder,
    csv_text,
    rank,
    reports_folder,
    summary_html,
    write_jsonl,
    write_reports,
)
from analyzer.batch.records import FileError
from analyzer.errors import OutputError


def row(
    file: str, score: float | None, *, gaps: tuple[str, ...] = ("MLOps",), error: str = ""
) -> Row:
    if error:
        return Row(file, file, "", None, {}, (), {}, FileError("E007", error))
    present = {"python": score is not None and score > 50, "sql": True}
    counts = {"demonstrated": 1, "listed": 1, "missing": 3}
    return Row(file, file, f"sha-{file}", score, counts, gaps, present, None)


ROWS = [
    row("b.pdf", 70.0),
    row("a.pdf", 70.0),
    row("c.txt", 91.5),
    row("broken.pdf", None, error="cannot parse"),
    row("d.md", 12.0),
    row("aa-broken.pdf", None, error="truncated"),
]


def read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_rank_orders_by_score_then_file_and_lists_failures_after() -> None:
    ranking = rank(ROWS)
    assert [r.file for r in ranking.ranked] == ["c.txt", "a.pdf", "b.pdf", "d.md"]
    assert [r.file for r in ranking.failed] == ["aa-broken.pdf", "broken.pdf"]


@pytest.mark.parametrize(
    ("top", "min_score", "kept"),
    [
        (2, None, ["c.txt", "a.pdf"]),
        (None, 70.0, ["c.txt", "a.pdf", "b.pdf"]),
        (1, 50.0, ["c.txt"]),
        (None, 99.0, []),
    ],
)
def test_top_and_min_score_filter_ranked_rows_only(
    top: int | None, min_score: float | None, kept: list[str]
) -> None:
    ranking = rank(ROWS, top=top, min_score=min_score)
    assert [r.file for r in ranking.ranked] == kept
    assert len(ranking.failed) == 2


def test_the_csv_has_a_ranked_row_per_file_then_the_failures() -> None:
    rows = read_csv(csv_text(rank(ROWS)))
    assert [(r["rank"], r["file"], r["status"]) for r in rows] == [
        ("1", "c.txt", "ok"),
        ("2", "a.pdf", "ok"),
        ("3", "b.pdf", "ok"),
        ("4", "d.md", "ok"),
        ("", "aa-broken.pdf", "failed"),
        ("", "broken.pdf", "failed"),
    ]
    first = rows[0]
    assert first["score"] == "91.5"
    assert (first["demonstrated"], first["listed"], first["mentioned"], first["missing"]) == (
        "1",
        "1",
        "0",
        "3",
    )
    assert (first["python"], first["sql"], rows[3]["python"]) == ("1", "1", "0")
    assert (rows[4]["error_code"], rows[4]["error_message"]) == ("E007", "truncated")
    assert rows[4]["score"] == rows[4]["python"] == ""


def test_cells_a_spreadsheet_would_run_are_neutralised() -> None:
    hostile = [
        row("=cmd|' /C calc'!A0.pdf", 80.0, gaps=('=HYPERLINK("http://x")', "+1", "@SUM(A1)")),
        row("-2+3.txt", None, error="=1+1"),
    ]
    rows = read_csv(csv_text(rank(hostile)))
    assert rows[0]["file"] == "'=cmd|' /C calc'!A0.pdf"
    assert rows[0]["top_gaps"] == '\'=HYPERLINK("http://x"); +1; @SUM(A1)'
    assert rows[1]["file"] == "'-2+3.txt"
    assert rows[1]["error_message"] == "'=1+1"


def test_jsonl_has_one_line_per_file_in_ranking_order(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    write_jsonl(target, rank(ROWS), lambda r: {"source": {"path": r.file}, "score": r.score})
    lines = [json.loads(line) for line in target.read_text().splitlines()]
    assert [line.get("file") or line["source"]["path"] for line in lines] == [
        "c.txt",
        "a.pdf",
        "b.pdf",
        "d.md",
        "aa-broken.pdf",
        "broken.pdf",
    ]
    assert lines[-1] == {"file": "broken.pdf", "error": {"code": "E007", "message": "cannot parse"}}


def test_jsonl_is_not_left_half_written_when_a_report_fails(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text("old\n")

    def explode(r: Row) -> dict[str, object]:
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        write_jsonl(target, rank(ROWS), explode)
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_the_summary_escapes_and_links_each_report(tmp_path: Path) -> None:
    folder = reports_folder(tmp_path / "summary.html")
    assert folder.name == "summary_reports"
    hostile = [row("<script>x</script>.txt", 40.0, gaps=("<b>&</b>",)), *ROWS]
    page = summary_html(rank(hostile), reports=folder, skipped=1)
    assert "<script>x" not in page and "&lt;script&gt;x&lt;/script&gt;.txt" in page
    assert "&lt;b&gt;&amp;&lt;/b&gt;" in page
    assert 'href="summary_reports/c.txt.html"' in page
    assert 'href="summary_reports/%3Cscript%3Ex%3C/script%3E.txt.html"' in page
    assert "1 skipped" in page and "truncated" in page


def test_reports_are_written_to_a_marked_folder_that_only_overwrite_replaces(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "summary_reports"
    ranking = rank([row("a.pdf", 50.0), row("sub/b.txt", 40.0)])
    write_reports(folder, ranking, lambda r: f"<p>{r.file}</p>")
    assert (folder / "sub" / "b.txt.html").read_text() == "<p>sub/b.txt</p>"
    assert (folder / REPORTS_MARKER).is_file()
    with pytest.raises(OutputError, match="--overwrite"):
        check_reports_folder(folder, overwrite=False)
    check_reports_folder(folder, overwrite=True)
    write_reports(folder, rank([row("c.pdf", 1.0)]), lambda r: "new")
    assert sorted(p.name for p in folder.iterdir()) == [REPORTS_MARKER, "c.pdf.html"]
    assert [p.name for p in tmp_path.iterdir()] == ["summary_reports"], "no temporary left"


def test_a_folder_skillgap_did_not_write_is_never_replaced(tmp_path: Path) -> None:
    folder = tmp_path / "summary_reports"
    folder.mkdir()
    (folder / "mine.txt").write_text("keep me")
    with pytest.raises(OutputError, match="not written by skillgap"):
        check_reports_folder(folder, overwrite=True)
