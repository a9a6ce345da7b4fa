"""A job target is a frozen record that round-trips through its JSON; bad input has its own exit
codes (21: not a job description, 22: not a saved job)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from analyzer import Analyzer
from analyzer.errors import JobDescriptionError, SavedJobError
from analyzer.job import JobTarget
from tests.job import postings
from tests.pdf_factory import single_column_pdf


@pytest.fixture(scope="module")
def target(analyzer: Analyzer) -> JobTarget:
    return analyzer.read_job(postings.AGGREGATOR, name="aggregator.md")


def test_the_record_is_frozen(target: JobTarget) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        target.title = "changed"  # type: ignore[misc]


def test_json_round_trip(target: JobTarget) -> None:
    saved = json.loads(target.to_json())

    assert saved["kind"] == "skillgap-job"
    assert saved["requirements"][0].keys() >= {"id", "name", "level", "evidence"}
    assert saved["years_required"] == 3.0
    assert JobTarget.from_dict(saved) == target


def test_a_saved_target_is_read_back_from_a_path_and_from_bytes(
    analyzer: Analyzer, target: JobTarget, tmp_path: Path
) -> None:
    saved = tmp_path / "job.json"
    saved.write_text(target.to_json(), encoding="utf-8")

    assert analyzer.read_job(saved) == target
    assert analyzer.read_job(saved.read_bytes(), name="upload.json") == target


def test_text_bytes_and_a_pdf_read_alike(analyzer: Analyzer, tmp_path: Path) -> None:
    from_text = analyzer.read_job(postings.PLAIN)
    from_bytes = analyzer.read_job(postings.PLAIN.encode(), name="posting.txt")
    pdf = single_column_pdf(
        tmp_path / "posting.pdf",
        [
            ("Responsibilities", ["Fine-tune large language models for support workflows."]),
            ("Qualifications", ["Strong Python and prompt engineering skills."]),
        ],
    )
    from_pdf = analyzer.read_job(pdf.read_bytes(), name="posting.pdf")

    assert from_bytes.requirements == from_text.requirements
    assert from_bytes.source.path == "posting.txt"
    assert {r.id for r in from_pdf.requirements} >= {"llm-development", "python"}
    assert from_pdf.source.media_type == "pdf"
    assert from_pdf.source.path == "posting.pdf"


@pytest.mark.parametrize(
    "text", ["", "   \n\n", "Python engineer wanted", b"\xff\xfe\x00garbage\x00"]
)
def test_not_a_job_description(analyzer: Analyzer, text: str | bytes) -> None:
    with pytest.raises(JobDescriptionError) as raised:
        analyzer.read_job(text if isinstance(text, bytes) else text + "\n", name="job.txt")

    assert raised.value.exit_code == 21
    assert str(raised.value).startswith("job.txt: ")


def mutate(saved: dict[str, Any], path: list[str | int], value: Any) -> dict[str, Any]:
    changed = json.loads(json.dumps(saved))
    node: Any = changed
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    return changed


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (["kind"], "skillgap-report", "not a saved skillgap job"),
        (["schema_version"], "2.0", "schema_version: '2.0' is not readable"),
        (["requirements", 0, "level"], "must", "requirements[0].level: 'must' is not one of"),
        (["requirements", 0, "evidence", 0, "start"], "7", "evidence[0].start: must be an int"),
        (["years_asked"], {}, "years_asked: must be a JSON array"),
        (["source"], None, "source: must be a JSON object"),
    ],
)
def test_a_bad_saved_target_names_the_key(
    target: JobTarget, path: list[str | int], value: Any, message: str
) -> None:
    with pytest.raises(SavedJobError) as raised:
        JobTarget.from_dict(mutate(target.to_dict(), path, value), path="job.json")

    assert raised.value.exit_code == 22
    assert message in str(raised.value)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", "is not valid JSON"),
        (b'{"schema_version": "1.1", "skills": []}', "is JSON but not a saved job"),
    ],
)
def test_a_json_file_that_is_not_a_saved_job(
    analyzer: Analyzer, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "job.json"
    path.write_bytes(content)

    with pytest.raises(SavedJobError, match=message):
        analyzer.read_job(path)


def test_more_than_one_job_description_is_refused_before_the_work(
    analyzer: Analyzer, tmp_path: Path
) -> None:
    big = "Requirements\n" + "- Python and SQL, Docker is a plus\n" * 8000
    path = tmp_path / "huge.md"
    path.write_text(big * 4, encoding="utf-8")

    for source in (big, path):
        with pytest.raises(JobDescriptionError, match="more than one job description"):
            analyzer.read_job(source)


def test_a_long_line_without_sentence_ends_is_read_in_bounded_clauses(analyzer: Analyzer) -> None:
    line = "you will use Python, " * 400 + "and Docker is a plus"
    target = analyzer.read_job(f"Engineer\n\nRequirements\n{line}\n")

    assert {r.id: r.level for r in target.requirements} == {
        "python": "required",
        "docker": "preferred",
    }
    assert max(len(e.context) for e in target.requirement("python").evidence) <= 201
