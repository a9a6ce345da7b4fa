"""The HTML report: one self-contained, well-formed page that shows resume text only as text."""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser

import pytest

from analyzer.report import html
from analyzer.types import AnalysisResult
from tests.report.conftest import ALERT, SCRIPT

TIMES, MINUS = "\u00d7", "\u2212"
VOID = frozenset({"meta", "link", "br", "hr", "img", "input", "source", "wbr", "col", "area"})
SVG_LEAVES = frozenset({"circle", "rect", "path", "line"})
FETCHING_TAGS = frozenset({"script", "link", "img", "iframe", "object", "embed", "audio", "video"})
URL_ATTRIBUTES = frozenset({"src", "href", "srcset", "action", "poster", "data", "xlink:href"})


class Page(HTMLParser):
    """The parts of a page the tests look at, and whether its tags nest properly."""

    def __init__(self, document: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.open: list[str] = []
        self.problems: list[str] = []
        self.marks: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self._mark: list[str] | None = None
        self.feed(document)
        self.close()
        if self.open:
            self.problems.append(f"never closed: {self.open}")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "mark":
            self._mark = []
            self.marks.append(("", dict(attrs)))
        if tag not in VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.open[-1:] or 'nothing'}")
            return
        self.open.pop()
        if tag == "mark" and self._mark is not None:
            self.marks[-1] = ("".join(self._mark), self.marks[-1][1])
            self._mark = None

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._mark is not None:
            self._mark.append(data)

    def all_text(self) -> str:
        return "".join(self.text)


@pytest.fixture
def document(result: AnalysisResult) -> str:
    return html.render(result)


@pytest.fixture
def page(document: str) -> Page:
    return Page(document)


def resource_urls(result: AnalysisResult) -> set[str]:
    urls = set()
    for step in result.learning_path:
        urls.update(r.url for r in step.resources)
        if step.certification is not None:
            urls.add(step.certification.url)
    return urls


def test_page_is_well_formed_and_accessible(document: str, page: Page) -> None:
    assert document.startswith('<!doctype html>\n<html lang="en">')
    assert document.endswith("</html>\n")
    assert page.problems == []
    assert [tag for tag, _ in page.tags].count("h1") == 1
    assert all(attrs.get("scope") for tag, attrs in page.tags if tag == "th")


def test_page_loads_nothing_from_anywhere(
    result: AnalysisResult, document: str, page: Page
) -> None:
    allowed_links = resource_urls(result)

    assert not [tag for tag, _ in page.tags if tag in FETCHING_TAGS]
    for tag, attrs in page.tags:
        for name, value in attrs.items():
            if name in URL_ATTRIBUTES and value and re.match(r"(?i)(https?:)?//", value):
                assert tag == "a" and value in allowed_links, (tag, name, value)
    assert "url(" not in document
    assert "@import" not in document
    assert "Content-Security-Policy" in document


def test_resume_markup_is_shown_as_text(document: str, page: Page) -> None:
    assert "<script" not in document.lower()
    assert "&lt;script&gt;document.title=&#x27;PWNED&#x27;" in document
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in document
    assert SCRIPT in page.all_text()


def test_every_ampersand_is_an_entity(document: str, page: Page) -> None:
    assert not re.search(r"&(?!#?[0-9a-zA-Z]+;)", document)
    assert f"Portfolio: {SCRIPT} prompt engineering demos & more {ALERT}" in page.all_text()


def test_shows_title_score_and_formula(result: AnalysisResult, page: Page) -> None:
    text = page.all_text()

    assert "skillgap report: ada lovelace.pdf" in text
    assert "65.9/ 100" in text
    assert f"100 {TIMES} 14.5 earned ÷ 22 possible" in text
    assert result.score.formula in text


def test_chart_has_one_bar_per_scored_group(page: Page) -> None:
    charts = [
        attrs for tag, attrs in page.tags if tag == "svg" and attrs.get("class") == "coverage-chart"
    ]
    bars = [attrs for tag, attrs in page.tags if tag == "rect" and attrs.get("class") == "bar"]

    assert len(charts) == 1
    assert charts[0]["role"] == "img"
    assert len(bars) == 5  # programming, deep-learning, mlops, generative-ai, data
    assert float(bars[0]["width"] or 0) == pytest.approx(0.7 * 300, abs=0.1)


def test_skills_table_lists_every_skill_with_a_badge(result: AnalysisResult, page: Page) -> None:
    text = page.all_text()
    badges = Counter(attrs.get("class") for tag, attrs in page.tags if tag == "span")

    for skill in result.skills:
        assert skill.name in text
    assert badges["badge demonstrated"] >= 6
    assert badges["badge missing"] >= 5
    assert "✔ demonstrated" in text


@pytest.mark.parametrize("with_resume", [True, False])
def test_every_evidence_is_marked(
    result: AnalysisResult, result_without_resume: AnalysisResult, with_resume: bool
) -> None:
    subject = result if with_resume else result_without_resume
    page = Page(html.render(subject))
    expected = Counter(e.text for s in subject.skills for e in s.evidence)

    assert Counter(text for text, _ in page.marks) == expected
    rejected = [attrs for _, attrs in page.marks if attrs.get("class") == "rejected"]
    assert len(rejected) == sum(not e.accepted for s in subject.skills for e in s.evidence)


def test_marks_explain_how_they_matched(page: Page) -> None:
    titles = {attrs["title"] for _, attrs in page.marks}

    assert 'pattern “[{"LOWER": "llama"}] <llm & "fine-tune">”' in titles
    assert "implied by pytorch" in titles


def test_evidence_is_quoted_in_its_line(page: Page) -> None:
    text = page.all_text()

    assert "Built PyTorch models for demand forecasting, served with FastAPI in Docker." in text
    assert "page 2 · projects" in text
    assert "not counted: a wish: 'currently learning'" in text


def test_gaps_show_their_arithmetic(page: Page) -> None:
    text = page.all_text()

    assert f"3 {TIMES} (1 {MINUS} 0) = 3" in text
    assert f"2 {TIMES} (1 {MINUS} 0.6) = 0.8" in text


def test_learning_path_links_only_web_urls(result: AnalysisResult, page: Page) -> None:
    links = [attrs["href"] for tag, attrs in page.tags if tag == "a" and attrs.get("href")]
    external = [link for link in links if not link.startswith("#")]

    assert sorted(external) == sorted(u for u in resource_urls(result) if u.startswith("https:"))
    assert "javascript:alert(1)" not in links
    assert "Hostile link (not a web link: javascript:alert(1))" in page.all_text()
    assert "https://example.org/search?q=mlops&lang=en" in links


def test_internal_links_point_at_evidence(page: Page) -> None:
    ids = {attrs["id"] for _, attrs in page.tags if attrs.get("id")}
    targets = [attrs["href"] for tag, attrs in page.tags if tag == "a" and attrs.get("href", "")]

    for target in targets:
        if target and target.startswith("#"):
            assert target[1:] in ids


def test_diagnostics_are_shown(page: Page) -> None:
    text = page.all_text()

    assert "degraded page 1 has two columns, read left then right" in text
    assert "W101 page 1: page 1 has two columns; read left then right" in text
    assert "ligatures, mojibake" in text


@pytest.mark.parametrize(
    ("url", "linked"),
    [
        ("https://pytorch.org/docs", True),
        ("http://example.org", True),
        ("javascript:alert(1)", False),
        ("JAVASCRIPT:alert(1)", False),
        ("java\tscript:alert(1)", False),
        (" https://example.org", False),
        ("data:text/html,<b>x</b>", False),
        ("//example.org/x", False),
        ("/relative", False),
        ("https://", False),
        ("", False),
    ],
)
def test_only_plain_web_urls_become_links(url: str, linked: bool) -> None:
    assert html.is_web_url(url) is linked
