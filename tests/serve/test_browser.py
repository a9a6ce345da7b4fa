"""The upload page in a real browser: Debian's Chromium, driven by Selenium through
chromium-driver, uploads a Word resume and reads the rendered report."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import docx_factory as make
from tests.serve.conftest import Server

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
RESUME = [
    ("Experience", ["Trained PyTorch models and deployed them with Docker on Kubernetes."]),
    ("Skills", ["Python, SQL, Git"]),
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        CHROMIUM is None or CHROMEDRIVER is None,
        reason="needs Debian's chromium and chromium-driver (installed by .ci/run)",
    ),
]


@pytest.fixture
def browser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    monkeypatch.setenv("SE_OFFLINE", "true")  # Selenium Manager must not look for drivers online
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'profile'}",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    driver.set_page_load_timeout(120)
    try:
        yield driver
    finally:
        driver.quit()


def test_upload_a_word_resume_and_read_the_report(
    server: Server, browser: object, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.support.ui import Select, WebDriverWait

    assert isinstance(browser, WebDriver)
    resume = make.write(tmp_path / "ada-lovelace.docx", make.word_resume(RESUME))
    browser.get(server.url + "/")
    assert browser.title == "skillgap: analyse a resume"
    Select(browser.find_element(By.ID, "profile")).select_by_value("ai-engineer")
    browser.find_element(By.ID, "resume").send_keys(os.fspath(resume))
    browser.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    WebDriverWait(browser, 120).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".score-number"))
    assert "ada-lovelace.docx" in browser.page_source

    page = browser.find_element(By.TAG_NAME, "body").text
    assert "DOCX" in page
    with server.client() as client:  # the same file through the API: the same numbers
        sent = {"resume": (resume.name, resume.read_bytes())}
        report = client.post("/v1/analyze", files=sent, data={"profile": "ai-engineer"}).json()
    shown = browser.find_element(By.CSS_SELECTOR, ".score-number").text
    assert shown.startswith(f"{report['score']['readiness']:.1f}")
    statuses = {
        row.find_element(By.CSS_SELECTOR, "th[scope=row]").text: row.text.lower()
        for row in browser.find_elements(By.CSS_SELECTOR, "tr")
        if row.find_elements(By.CSS_SELECTOR, "th[scope=row]")
    }
    assert "demonstrated" in statuses["PyTorch"]
    assert "listed" in statuses["SQL"]
    # the report loaded nothing from anywhere: every resource it asked for was its own page
    entries = browser.execute_script("return performance.getEntriesByType('resource').length")
    assert entries == 0


def test_an_unreadable_file_shows_the_error_page(
    server: Server, browser: object, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.support.ui import WebDriverWait

    assert isinstance(browser, WebDriver)
    locked = make.write(tmp_path / "locked.docx", make.encrypted_word())
    browser.get(server.url + "/")
    browser.find_element(By.ID, "resume").send_keys(os.fspath(locked))
    browser.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    WebDriverWait(browser, 120).until(lambda d: "could not be analysed" in d.title)
    heading = browser.find_element(By.TAG_NAME, "h1").text
    assert heading == "The resume could not be analysed"
    assert "locked.docx: is password-protected" in browser.find_element(By.TAG_NAME, "body").text


def test_upload_a_resume_with_a_job_posting_and_read_what_the_job_asks(
    server: Server, browser: object, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.support.ui import WebDriverWait

    assert isinstance(browser, WebDriver)
    resume = make.write(tmp_path / "ada-lovelace.docx", make.word_resume(RESUME))
    posting = tmp_path / "opening.txt"
    posting.write_text(
        "Machine Learning Engineer\n\nRequirements\n- Python and PyTorch\n- Kubernetes\n"
        "- Terraform for our infrastructure\n\nNice to have\n- AWS SageMaker is a plus\n"
    )
    browser.get(server.url + "/")
    browser.find_element(By.ID, "resume").send_keys(os.fspath(resume))
    browser.find_element(By.ID, "job").send_keys(os.fspath(posting))
    browser.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    WebDriverWait(browser, 120).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".score-number"))
    page = browser.find_element(By.TAG_NAME, "body").text.lower()  # headings are set in capitals
    assert "the job" in page
    assert "terraform" in page  # asked, outside the lexicon: shown, not dropped
    with server.client() as client:  # the same pair through the API: the same score
        sent = {
            "resume": (resume.name, resume.read_bytes()),
            "job": (posting.name, posting.read_bytes()),
        }
        report = client.post("/v1/analyze", files=sent).json()
    shown = browser.find_element(By.CSS_SELECTOR, ".score-number").text
    assert shown.startswith(f"{report['score']['readiness']:.1f}")
    assert {r["id"] for r in report["target"]["requirements"]} >= {"python", "kubernetes"}
