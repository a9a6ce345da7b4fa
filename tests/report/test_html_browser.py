"""The HTML report in a real browser: what a reader sees after the page has loaded.

Needs Debian's `chromium` (`apt-get install chromium`; `.ci/run` installs it).
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from analyzer.report import html
from analyzer.types import AnalysisResult

CHROMIUM = shutil.which("chromium")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        CHROMIUM is None, reason="chromium is not installed: apt-get install chromium"
    ),
]

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def chromium(page: Path, *args: str) -> str:
    """Run headless Chromium on `page` with `args`, a fresh profile beside it; its stdout."""
    assert CHROMIUM is not None
    profile = page.parent / "chromium-profile"
    done = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args, page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.fixture
def page(result: AnalysisResult, tmp_path: Path) -> Path:
    path = tmp_path / "report.html"
    path.write_text(html.render(result), encoding="utf-8")
    return path


def test_a_reader_sees_the_report_and_the_resume_script_does_not_run(page: Path) -> None:
    dom = chromium(page, "--dump-dom")

    assert re.search(r"<title>skillgap report: ada lovelace\.pdf</title>", dom)
    assert "65.9" in dom
    assert "LLM Development" in dom
    assert 'class="coverage-chart"' in dom
    assert '<mark title="alias “docker”">Docker</mark>' in dom
    assert "PWNED" not in dom.split("</title>")[0]
    assert "&lt;script&gt;document.title='PWNED'&lt;/script&gt;" in dom  # shown as text
    assert "<script" not in dom


def test_the_page_renders_to_a_real_screenshot(page: Path) -> None:
    shot = page.parent / "shot.png"

    chromium(page, f"--screenshot={shot}", "--window-size=1200,2000")

    png = shot.read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    assert struct.unpack(">II", png[16:24]) == (1200, 2000)
    assert len(png) > 50_000  # a blank or error page compresses to a few kilobytes
