"""A resume printed from HTML by Chromium (the "HTML-printed" family: Skia PDFs, like Canva and
Google Docs exports), in a two-column CSS grid: columns, sections and statuses survive."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from analyzer import Analyzer

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

RESUME_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><style>
  body { font-family: sans-serif; font-size: 10pt; margin: 0; }
  .grid { display: grid; grid-template-columns: 30% 65%; column-gap: 5%; }
  h1 { font-size: 22pt; margin: 0 0 4pt; } h2 { font-size: 13pt; text-transform: uppercase; }
  aside { background: #eef; padding: 6pt; }
</style></head><body>
<h1>Ada Lovelace</h1><p>ada@example.org · London</p>
<div class="grid">
  <aside>
    <h2>Skills</h2><p>Docker<br>Kubernetes<br>PostgreSQL<br>Git</p>
    <h2>Education</h2><p>M.Sc. Mathematics<br>Coursework: Linear Algebra, Probability</p>
    <h2>Interests</h2><p>Reinforcement learning, rowing</p>
  </aside>
  <main>
    <h2>Experience</h2>
    <p><b>Machine Learning Engineer, Analytical Engines Ltd (2021 &ndash; 2024)</b></p>
    <ul><li>Trained ranking models in PyTorch and tracked experiments in MLflow.</li>
        <li>Deployed models to production behind FastAPI services.</li></ul>
    <h2>Projects</h2>
    <ul><li>Fraud detection with XGBoost, evaluated with cross-validation (AUC 0.91).</li></ul>
  </main>
</div></body></html>
"""


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if CHROMIUM is None:
        pytest.skip("needs Debian's chromium (installed by .ci/run)")
    folder = tmp_path_factory.mktemp("printed")
    page, pdf = folder / "resume.html", folder / "resume.pdf"
    page.write_text(RESUME_HTML, encoding="utf-8")
    subprocess.run(
        [
            CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", f"--user-data-dir={folder / 'profile'}", "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}", page.as_uri(),
        ],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    return pdf


@pytest.mark.browser
def test_printed_two_column_resume(printed: Path) -> None:
    result = Analyzer().analyze(printed)
    assert result.parse.columns_detected
    status = {s.id: s.status for s in result.skills}
    assert status["pytorch"] == "demonstrated"
    assert status["mlflow"] == "demonstrated"
    assert status["model-deployment"] == "demonstrated"
    assert status["model-evaluation"] == "demonstrated"
    assert status["docker"] == "listed"
    assert status["sql"] == "listed"
    assert status["linear-algebra"] == "mentioned"
    assert status["reinforcement-learning"] == "missing"
