"""`--cache-dir` on every command that builds an analyzer: the cut lemma table is kept in the folder
the user names, the same folder serves the next run, and nothing is kept without one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from analyzer.cli import main
from analyzer.serve.settings import ServiceSettings

RESUME = """Jane Doe

Experience
Built forecasting models in Python and deployed them with Docker.

Skills
SQL, Git, Linux
"""

POSTING = """Machine Learning Engineer

Requirements
- 3+ years of Python and SQL
- Experience with PyTorch and Docker
"""


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "resumes"
    folder.mkdir()
    (folder / "jane.txt").write_text(RESUME, encoding="utf-8")
    (tmp_path / "posting.txt").write_text(POSTING, encoding="utf-8")
    labels = {"file": "jane.txt", "skills": {"python": "Python", "sql": "SQL"}}
    (tmp_path / "labels.jsonl").write_text(json.dumps(labels) + "\n", encoding="utf-8")
    return tmp_path


def command(name: str, inputs: Path) -> list[str]:
    return {
        "analyze": ["analyze", str(inputs / "resumes" / "jane.txt"), "--format", "json"],
        "job": ["job", str(inputs / "posting.txt"), "--format", "json"],
        "eval": ["eval", str(inputs / "labels.jsonl"), str(inputs / "resumes")],
        "batch": ["batch", str(inputs / "resumes"), "--jobs", "1", "--store", str(inputs / "s")],
    }[name]


def entries(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir()) if folder.exists() else []


@pytest.mark.parametrize("name", ["analyze", "job", "eval", "batch"])
def test_each_command_keeps_its_lemma_table_in_the_named_folder(inputs: Path, name: str) -> None:
    cache = inputs / "cache"
    first = CliRunner().invoke(main, [*command(name, inputs), "--cache-dir", str(cache)])
    assert first.exit_code == 0, first.stderr
    kept = entries(cache)
    assert len(kept) == 1 and kept[0].startswith("lemmas-") and kept[0].endswith(".json")
    written = (cache / kept[0]).stat().st_mtime_ns

    again = CliRunner().invoke(main, [*command(name, inputs), "--cache-dir", str(cache)])
    assert again.exit_code == 0, again.stderr
    assert again.stdout == first.stdout  # the same results from the kept table
    assert entries(cache) == kept and (cache / kept[0]).stat().st_mtime_ns == written  # reused


@pytest.mark.parametrize("name", ["analyze", "job", "eval"])
def test_the_environment_names_the_folder_too(
    inputs: Path, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SKILLGAP_CACHE_DIR", str(inputs / "from-env"))
    result = CliRunner().invoke(main, command(name, inputs))
    assert result.exit_code == 0, result.stderr
    assert len(entries(inputs / "from-env")) == 1


def test_serve_hands_the_folder_to_its_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[ServiceSettings] = []
    monkeypatch.setattr("analyzer.serve.run", started.append)
    result = CliRunner().invoke(main, ["serve", "--cache-dir", str(tmp_path / "cache")])
    assert result.exit_code == 0, result.stderr
    assert [settings.cache_dir for settings in started] == [str(tmp_path / "cache")]
