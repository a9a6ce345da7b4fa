"""`skillgap eval` scores Word resumes named in the labels like PDFs."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from analyzer.cli import main
from tests import docx_factory as make


def test_eval_reads_labelled_word_resumes(tmp_path: Path) -> None:
    folder = tmp_path / "resumes"
    folder.mkdir()
    make.write(
        folder / "one.docx",
        make.word_resume([("Experience", ["Deployed Docker services."]), ("Skills", ["SQL"])]),
    )
    make.write(
        folder / "two.docx",
        make.two_column_resume(
            [("Skills", ["Python", "Git", "Linux"])],
            [("Experience", ["Built Python tools.", "Ran them on Linux.", "Versioned with Git."])],
        ),
    )
    labels = tmp_path / "labels.jsonl"
    labels.write_text(
        json.dumps({"file": "one.docx", "skills": {"docker": "Docker", "sql": "SQL"}})
        + "\n"
        + json.dumps({"file": "two.docx", "skills": {"python": "Python", "git": "Git"}})
        + "\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["eval", str(labels), str(folder), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["failed"] == []
    per_skill = {row["skill_id"]: row for row in report["skills"]}
    assert report["files"] == 2
    assert (per_skill["docker"]["tp"], per_skill["sql"]["tp"]) == (1, 1)
    assert (per_skill["python"]["tp"], per_skill["git"]["tp"]) == (1, 1)
    assert per_skill["python"]["fn"] == per_skill["git"]["fn"] == 0
