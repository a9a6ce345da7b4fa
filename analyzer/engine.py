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

import functools
import os
import threading
from typing import TYPE_CHECKING

import skill_lexicon as lexicon_package
from analyzer.config import AnalyzerConfig
from analyzer.errors import ConfigError, LexiconError
from analyzer.extract import extract, extract_text
from analyzer.extract.sniff import starts_like_pdf
from analyzer.isolation import can_isolate, prestart_isolated, run_isolated
from analyzer.recommend import learning_path
from analyzer.score import StatusPolicy, assess
from analyzer.types import (
    AnalysisResult,
    ExtractedResume,
    ProfileInfo,
    SourceInfo,
)
from analyzer.version import __version__
from skill_lexicon import Lexicon
from skill_lexicon.model import Profile

if TYPE_CHECKING:  # spaCy itself is the match stage's business
    from spacy.language import Language


def load_lexicon(path: str | os.PathLike[str] | None = None) -> Lexicon:
    """`skill_lexicon.load_lexicon`, its problems raised as the analyzer's `LexiconError` (a
    `SkillgapError`, exit code 11)."""
    try:
        return lexicon_package.load_lexicon(path)
    except lexicon_package.LexiconError as error:
        raise LexiconError.of(error) from None


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
        if self.config.isolate and can_isolate():  # the PDF worker starts while spaCy loads
            prestart_isolated(self.config.limits.memory_mb)
        self.lexicon = lexicon if isinstance(lexicon, Lexicon) else load_lexicon(lexicon)
        # spaCy is imported here, not with this module: after the PDF worker has started (both
        # load at once), and never by a caller that only loads a lexicon (the batch's parent)
        from analyzer.match import SkillMatcher

        self._matcher = SkillMatcher(
            self.lexicon,
            nlp,
            fuzzy_threshold=self.config.fuzzy_threshold,
            fuzzy_sections=self.config.fuzzy_sections,
        )
        self._match_lock = threading.Lock()

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
        return self._analyze(self.extract(source), chosen)

    def extract(self, source: str | os.PathLike[str]) -> ExtractedResume:
        """Read a resume file within `config.limits`. A PDF is read in an isolated worker
        process (`analyzer.isolation`) that is stopped past `limits.seconds` and capped at
        `limits.memory_mb`, unless `config.isolate` is off or this is a daemon process."""
        config = self.config
        read = functools.partial(
            extract,
            ocr=config.ocr,
            ocr_language=config.ocr_language,
            limits=config.limits,
            engine=config.engine,
        )
        if not (config.isolate and can_isolate() and starts_like_pdf(source)):
            return read(source)
        return run_isolated(
            read,
            os.fspath(source),
            path=os.fspath(source),
            seconds=config.limits.seconds,
            memory_mb=config.limits.memory_mb,
        )

    def analyze_text(
        self, text: str, *, name: str = "<text>", profile: str | None = None
    ) -> AnalysisResult:
        """Analyse resume text that the caller already has."""
        chosen = self.profile(profile)
        resume = extract_text(text, name=name, max_characters=self.config.limits.characters)
        return self._analyze(resume, chosen)

    def analyze_extracted(
        self, resume: ExtractedResume, *, profile: str | None = None
    ) -> AnalysisResult:
        """Match, score and recommend for an already extracted resume."""
        return self._analyze(resume, self.profile(profile))

    def _analyze(self, resume: ExtractedResume, chosen: Profile) -> AnalysisResult:
        """The stages after extraction, for a profile resolved once by the public caller."""
        policy = StatusPolicy.of(self.config, chosen)
        # spaCy's vocabulary keeps every new word it tokenizes (names, e-mail addresses): in a
        # memory zone they are freed after the match, so a long-lived Analyzer stays flat.
        # Zones are not safe across threads, hence the lock around the whole match.
        with self._match_lock, self._matcher.nlp.memory_zone():
            evidence = self._matcher.match(resume, ignored_sections=policy.ignored_sections)
        assessment = assess(evidence, self.lexicon, chosen, self.config, policy=policy)
        return AnalysisResult(
            source=SourceInfo(resume.path, resume.sha256, len(resume.pages), resume.media_type),
            profile=ProfileInfo(chosen.id, chosen.name, self.lexicon.version),
            score=assessment.score,
            skills=assessment.skills,
            gaps=assessment.gaps,
            learning_path=learning_path(assessment.gaps, self.lexicon),
            parse=resume.parse,
            diagnostics=resume.diagnostics,
            analyzer_version=__version__,
            _resume=resume,
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
