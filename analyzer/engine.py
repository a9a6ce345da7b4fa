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
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING

from analyzer.config import AnalyzerConfig, Engine, Limits
from analyzer.errors import ConfigError
from analyzer.extract.sniff import starts_like_pdf
from analyzer.isolation import can_isolate, prestart_isolated, run_isolated
from analyzer.lexicon import lexicon_errors, load_posting_vocabulary
from analyzer.lexicon import load_lexicon as load_lexicon
from analyzer.recommend import learning_path
from analyzer.score import Assessment, StatusPolicy, assess, job_profile
from analyzer.types import (
    AnalysisResult,
    Evidence,
    ExperienceSummary,
    ExtractedResume,
    ProfileInfo,
    SourceInfo,
    TargetInfo,
)
from analyzer.version import __version__
from skill_lexicon import Lexicon
from skill_lexicon.model import Profile

if TYPE_CHECKING:  # spaCy itself is the match stage's business
    from spacy.language import Language

    from analyzer.job import JobReader, JobTarget


def file_reader(config: AnalyzerConfig) -> Callable[[str | os.PathLike[str]], ExtractedResume]:
    """How a resume file is read under `config` (engine, OCR, limits), in the calling process:
    `Analyzer.extract` runs it in an isolated worker, the batch in its reader processes."""
    return functools.partial(
        read_file,
        ocr=config.ocr,
        ocr_language=config.ocr_language,
        limits=config.limits,
        engine=config.engine,
    )


def read_file(
    source: str | os.PathLike[str], *, ocr: bool, ocr_language: str, limits: Limits, engine: Engine
) -> ExtractedResume:
    """`analyzer.extract.extract`, imported when called: a process that only sends this function
    to an isolated worker (the CLI reading a PDF) never imports the extraction stages."""
    from analyzer.extract import extract

    return extract(source, ocr=ocr, ocr_language=ocr_language, limits=limits, engine=engine)


def read_resume(source: str | os.PathLike[str], config: AnalyzerConfig) -> ExtractedResume:
    """Read a resume file within `config.limits`. A PDF is read in an isolated worker process
    (`analyzer.isolation`) that is stopped past `limits.seconds` and capped at
    `limits.memory_mb`, unless `config.isolate` is off or this is a daemon process."""
    read = file_reader(config)
    if not _isolated(source, config):
        return read(source)
    return run_isolated(
        read,
        os.fspath(source),
        path=os.fspath(source),
        seconds=config.limits.seconds,
        memory_mb=config.limits.memory_mb,
    )


def _isolated(source: str | os.PathLike[str], config: AnalyzerConfig) -> bool:
    return config.isolate and can_isolate() and starts_like_pdf(source)


class ReadAhead:
    """A resume file being read (`read_resume`) while the caller builds its `Analyzer`: a PDF's
    isolated worker reads it in the meantime (a background thread waits for the answer), so a
    one-file command pays for the reading and for loading spaCy at once rather than in turn.
    Pass it to `Analyzer.analyze` in place of the path; errors are raised there, as they would
    have been. Any other file is read when it is asked for."""

    def __init__(self, source: str | os.PathLike[str], config: AnalyzerConfig) -> None:
        self.source = source
        self.config = config
        self._outcome: ExtractedResume | BaseException | None = None
        self._thread: threading.Thread | None = None
        if _isolated(source, config):
            self._thread = threading.Thread(target=self._read, name="skillgap-read-ahead")
            self._thread.daemon = True
            self._thread.start()

    def _read(self) -> None:
        try:
            self._outcome = read_resume(self.source, self.config)
        except BaseException as error:  # raised again in the caller's thread by `result`
            self._outcome = error

    def result(self) -> ExtractedResume:
        """The extracted resume, or the error reading it raised."""
        if self._thread is None:
            return read_resume(self.source, self.config)
        self._thread.join()
        outcome = self._outcome
        if isinstance(outcome, BaseException):
            raise outcome
        assert outcome is not None
        return outcome


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
        from skill_lexicon.patterns import check_patterns

        with lexicon_errors():  # spaCy's verdict on the token patterns, each at file:line
            check_patterns(self.lexicon)
        if nlp is None and self.config.cache_dir is not None:
            from analyzer.job.reader import posting_lexicon
            from analyzer.match.cache import pipeline_with_cached_lemmas

            # the posting variant shares the pipeline, so its lemmas are kept too
            posting = posting_lexicon(self.lexicon, load_posting_vocabulary())
            nlp = pipeline_with_cached_lemmas((self.lexicon, posting), self.config.cache_dir)
        self._matcher = SkillMatcher(
            self.lexicon,
            nlp,
            fuzzy_threshold=self.config.fuzzy_threshold,
            fuzzy_sections=self.config.fuzzy_sections,
        )
        self._match_lock = threading.Lock()
        self._job_reader: JobReader | None = None
        self._job_reader_lock = threading.Lock()

    def read_job(
        self, source: str | os.PathLike[str] | bytes, *, name: str | None = None
    ) -> JobTarget:
        """What a job description asks for: a path (.txt, .md, .pdf, or a target saved as .json
        by `skillgap job --format json`), the posting's text, or its bytes with their `name`.

        Uses the same spaCy pipeline and lexicon as `analyze()`; raises `JobDescriptionError`
        (21) for a posting that cannot be read as one, `SavedJobError` (22) for a bad saved
        target, and the extraction errors for unreadable files."""
        return self._jobs().read(source, name=name)

    def _jobs(self) -> JobReader:
        with self._job_reader_lock:
            if self._job_reader is None:
                from analyzer.job import JobReader

                self._job_reader = JobReader(
                    self.lexicon,
                    self._matcher.nlp,
                    config=self.config,
                    vocabulary=load_posting_vocabulary(),
                    read_file=self.extract,
                    matching=self._matching,
                )
            return self._job_reader

    @contextmanager
    def _matching(self, text: str | None = None) -> Iterator[None]:
        """Where spaCy may run. Its vocabulary keeps every new word it tokenizes (names, e-mail
        addresses): in a memory zone they are freed afterwards, so a long-lived Analyzer stays
        flat (but for the common words of `text`, the resume to match, kept before the zone:
        `SkillMatcher.memory_zone`). Zones are not safe across threads, hence one lock around
        each whole match."""
        with self._match_lock, self._matcher.memory_zone(text):
            yield

    def profile(self, profile_id: str | None = None) -> Profile:
        """The named profile (default: the lexicon's default); ConfigError lists the valid ids."""
        try:
            return self.lexicon.profile(profile_id)
        except KeyError as error:
            raise ConfigError(str(error.args[0])) from None

    def _target(self, profile: str | None, job: JobTarget | None) -> Profile:
        """The profile a call names (resolved once, for `_analyze`); with a job, which decides
        what is scored, naming a profile too is refused (ConfigError), whoever calls."""
        if job is not None and profile is not None:
            raise ConfigError("give a job or a profile, not both: a job decides what is scored")
        return self.profile(profile)

    def analyze(
        self,
        source: str | os.PathLike[str] | ReadAhead,
        *,
        profile: str | None = None,
        job: JobTarget | None = None,
        as_of: date | None = None,
    ) -> AnalysisResult:
        """Analyse a resume file (PDF, Word .docx or text). Raises a `SkillgapError` subclass on
        bad input.

        With `job` (from `read_job()`), the resume is scored for that job instead of a profile;
        `as_of` is the date ongoing roles are counted to (default: today); `source` may be a
        `ReadAhead` of the file, started under this Analyzer's config (another is a
        `ConfigError`)."""
        chosen = self._target(profile, job)
        if not isinstance(source, ReadAhead):
            return self._analyze(self.extract(source), chosen, job, as_of)
        if source.config != self.config:
            raise ConfigError(
                f"{os.fspath(source.source)}: read ahead under another config than this "
                "Analyzer's; start the ReadAhead with Analyzer.config"
            )
        return self._analyze(source.result(), chosen, job, as_of)

    def extract(self, source: str | os.PathLike[str]) -> ExtractedResume:
        """Read a resume file under this Analyzer's config (`read_resume`: a PDF in an isolated
        worker)."""
        return read_resume(source, self.config)

    def analyze_text(
        self,
        text: str,
        *,
        name: str = "<text>",
        profile: str | None = None,
        job: JobTarget | None = None,
        as_of: date | None = None,
    ) -> AnalysisResult:
        """Analyse resume text that the caller already has."""
        from analyzer.extract import extract_text

        chosen = self._target(profile, job)
        resume = extract_text(text, name=name, max_characters=self.config.limits.characters)
        return self._analyze(resume, chosen, job, as_of)

    def analyze_extracted(
        self,
        resume: ExtractedResume,
        *,
        profile: str | None = None,
        job: JobTarget | None = None,
        as_of: date | None = None,
    ) -> AnalysisResult:
        """Match, score and recommend for an already extracted resume."""
        return self._analyze(resume, self._target(profile, job), job, as_of)

    def _analyze(
        self,
        resume: ExtractedResume,
        chosen: Profile,
        job: JobTarget | None = None,
        as_of: date | None = None,
    ) -> AnalysisResult:
        """The stages after extraction, for a profile resolved once by the public caller (or the
        job, which then decides what is scored)."""
        if job is not None:
            chosen = self._job_profile(job)
        policy = StatusPolicy.of(self.config, chosen)
        with self._matching(resume.text):
            evidence = self._matcher.match(resume, ignored_sections=policy.ignored_sections)
        if job is not None:
            chosen = self._job_profile(job, self._covered(job, evidence, resume))
        assessment = assess(evidence, self.lexicon, chosen, self.config, policy=policy)
        target, experience = self._job_and_experience(resume, evidence, assessment, job, as_of)
        required = job.required_ids() if job is not None else ()
        return AnalysisResult(
            source=SourceInfo(resume.path, resume.sha256, len(resume.pages), resume.media_type),
            profile=ProfileInfo(chosen.id, chosen.name, self.lexicon.version),
            score=assessment.score,
            skills=assessment.skills,
            gaps=assessment.gaps,
            learning_path=learning_path(assessment.gaps, self.lexicon, required=required),
            parse=resume.parse,
            diagnostics=resume.diagnostics,
            analyzer_version=__version__,
            target=target,
            experience=experience,
            _resume=resume,
        )

    def _job_profile(self, job: JobTarget, covered: frozenset[str] = frozenset()) -> Profile:
        """The job as a profile: the skills it asks for (that this lexicon knows), weighted;
        `covered` skills (met through an alternative) weigh nothing."""
        asked = {r.id: r.level for r in job.requirements if r.id in self.lexicon.skills}
        name = job.title or "the job"
        return job_profile(asked, self.lexicon, self.config, name=name, covered=covered)

    def _covered(
        self,
        job: JobTarget,
        evidence: Mapping[str, tuple[Evidence, ...]],
        resume: ExtractedResume,
    ) -> frozenset[str]:
        from analyzer.job.target import covered_by_alternatives

        present = {
            skill_id: self.lexicon.lookup(skill_id).name
            for skill_id, found in evidence.items()
            if skill_id in self.lexicon.skills and any(e.accepted for e in found)
        }
        return covered_by_alternatives(job, present, resume.text, load_posting_vocabulary())

    def _job_and_experience(
        self,
        resume: ExtractedResume,
        evidence: Mapping[str, tuple[Evidence, ...]],
        assessment: Assessment,
        job: JobTarget | None,
        as_of: date | None,
    ) -> tuple[TargetInfo | None, ExperienceSummary]:
        """The target block (against a job) and the years of experience."""
        from analyzer.experience import read_experience

        vocabulary = load_posting_vocabulary()  # the levels and salary bands; no matcher needed
        target = None
        if job is not None:
            from analyzer.job.target import build_target

            target = build_target(
                job, assessment.skills, resume.text, self.config, vocabulary, self.lexicon
            )
        experience = read_experience(
            resume,
            evidence,
            vocabulary,
            as_of=as_of or date.today(),
            years_asked=job.years_required if job is not None else None,
        )
        return target, experience


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
