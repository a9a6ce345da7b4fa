"""The one front door: `Analyzer` runs extract -> match -> score -> recommend for every caller.

The CLI, the batch runner and HR tools all call `Analyzer.analyze()` (or `analyze_resume()`), so a
result means the same thing wherever it comes from. An `Analyzer` loads spaCy and the lexicon once;
reuse it across calls and threads (matching is serialised by a lock, extraction is not).

    >>> from analyzer import Analyzer
    >>> analyzer = Analyzer()                      # built-in lexicon, default config
    >>> result = analyzer.analyze("resume.pdf", profile="ai-engineer")
    >>> result.score.readiness, [g.name for g in result.gaps[:3]]
"""

from __future__ import annotations

import os
import threading
from typing import TYPE_CHECKING

from analyzer.config import AnalyzerConfig
from analyzer.errors import ConfigError
from analyzer.extract import extract, extract_text
from analyzer.match import SkillMatcher
from analyzer.recommend import learning_path
from analyzer.score import assess, section_statuses
from analyzer.types import (
    AnalysisResult,
    Diagnostic,
    ExtractedResume,
    ProfileInfo,
    SourceInfo,
)
from analyzer.version import __version__
from skill_lexicon import Lexicon, load_lexicon
from skill_lexicon.model import Profile

if TYPE_CHECKING:  # spaCy itself is the match stage's business
    from spacy.language import Language


class Analyzer:
    """Analyses resumes against a lexicon and a profile.

    Collaborators are optional: give a `Lexicon` (or a path to one), an `AnalyzerConfig`, or a
    spaCy pipeline (tests pass a shared blank one) and the defaults are built for what is missing.
    """

    def __init__(
        self,
        lexicon: Lexicon | str | os.PathLike[str] | None = None,
        config: AnalyzerConfig | None = None,
        nlp: Language | None = None,
    ) -> None:
        self.config = config or AnalyzerConfig()
        self.lexicon = lexicon if isinstance(lexicon, Lexicon) else load_lexicon(lexicon)
        self._matcher = SkillMatcher(
            self.lexicon,
            nlp,
            fuzzy_threshold=self.config.fuzzy_threshold,
            fuzzy_sections=self.config.fuzzy_sections,
        )

    def profile(self, profile_id: str | None = None) -> Profile:
        """The named profile (default: the lexicon's default); ConfigError lists the valid ids."""
        try:
            return self.lexicon.profile(profile_id)
        except KeyError as error:
            raise ConfigError(str(error.args[0])) from None

    def analyze(
        self, source: str | os.PathLike[str], *, profile: str | None = None
    ) -> AnalysisResult:
        """Analyse a resume file (PDF, Word .docx or text). Raises a `SkillgapError` subclass on
        bad input."""
        chosen = self.profile(profile)
        resume = extract(
            source,
            ocr=self.config.ocr,
            ocr_language=self.config.ocr_language,
            max_file_bytes=self.config.max_file_bytes,
            max_pages=self.config.max_pages,
        )
        return self.analyze_extracted(resume, profile=chosen.id)

    def analyze_text(
        self, text: str, *, name: str = "<text>", profile: str | None = None
    ) -> AnalysisResult:
        """Analyse resume text that the caller already has."""
        chosen = self.profile(profile)
        return self.analyze_extracted(extract_text(text, name=name), profile=chosen.id)

    def analyze_extracted(
        self, resume: ExtractedResume, *, profile: str | None = None
    ) -> AnalysisResult:
        """Match, score and recommend for an already extracted resume."""
        chosen = self.profile(profile)
        statuses = section_statuses(self.config, chosen)
        ignored = [kind for kind, status in statuses.items() if status is None]
        evidence = self._matcher.match(resume, ignored_sections=ignored)
        assessment = assess(evidence, self.lexicon, chosen, self.config)
        return AnalysisResult(
            source=SourceInfo(resume.path, resume.sha256, len(resume.pages), resume.media_type),
            profile=ProfileInfo(chosen.id, chosen.name, self.lexicon.version),
            score=assessment.score,
            skills=assessment.skills,
            gaps=assessment.gaps,
            learning_path=learning_path(assessment.gaps, self.lexicon),
            parse=resume.parse,
            diagnostics=resume.diagnostics + _coverage_notes(resume),
            analyzer_version=__version__,
            _resume=resume,
        )


def _coverage_notes(resume: ExtractedResume) -> tuple[Diagnostic, ...]:
    kinds = {s.kind for s in resume.sections}
    if "skills" in kinds or "experience" in kinds:
        return ()
    return (
        Diagnostic(
            "no-sections",
            "no skills or experience section was recognised: every skill found counts as "
            "mentioned, so the score may be low",
            "warning",
        ),
    )


_default: Analyzer | None = None
_default_lock = threading.Lock()


def default_analyzer() -> Analyzer:
    """A shared Analyzer with the built-in lexicon and default config, built on first use."""
    global _default
    with _default_lock:
        if _default is None:
            _default = Analyzer()
        return _default


def analyze_resume(
    source: str | os.PathLike[str],
    *,
    profile: str | None = None,
    lexicon: Lexicon | str | os.PathLike[str] | None = None,
    config: AnalyzerConfig | None = None,
) -> AnalysisResult:
    """Analyse one resume. Reuses a shared Analyzer unless a lexicon or config is given."""
    if lexicon is None and config is None:
        return default_analyzer().analyze(source, profile=profile)
    return Analyzer(lexicon=lexicon, config=config).analyze(source, profile=profile)
