"""Every failure skillgap reports, one class each, with the CLI exit code it maps to.

Messages name the file and the reason; the CLI prints `skillgap: error: <message>` on stderr and
exits with `exit_code`. The codes are part of the documented interface (README, "Exit codes").
"""

from __future__ import annotations

from skill_lexicon import problems as lexicon_problems


class SkillgapError(Exception):
    """Base of every error skillgap raises on purpose. `code` is stable and quotable."""

    exit_code = 1
    code = "E001"

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        super().__init__(f"{path}: {message}" if path else message)

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle as class, message and attributes (errors cross process boundaries whole)."""
        return (_restore, (type(self), str(self), dict(self.__dict__)))


def _restore(kind: type[SkillgapError], message: str, state: dict[str, object]) -> SkillgapError:
    error = kind.__new__(kind)
    Exception.__init__(error, message)
    error.__dict__.update(state)
    return error


class InputNotFoundError(SkillgapError):
    """The resume path does not exist."""

    exit_code = 3
    code = "E003"


class NotAFileError(SkillgapError):
    """The resume path is a directory or another non-regular file."""

    exit_code = 4
    code = "E004"


class EmptyInputError(SkillgapError):
    """The file is empty (0 bytes), or holds only white space."""

    exit_code = 5
    code = "E005"


class UnsupportedInputError(SkillgapError):
    """The file is not a PDF or text file (for example a .pdf that is really a PNG or a zip).
    A file too large to be a resume is `LimitExceededError`."""

    exit_code = 6
    code = "E006"


class CorruptPDFError(SkillgapError):
    """pdfminer could not parse the PDF: truncated, damaged, or not valid PDF syntax."""

    exit_code = 7
    code = "E007"


class EncryptedPDFError(SkillgapError):
    """The PDF is encrypted with a password that skillgap does not have."""

    exit_code = 8
    code = "E008"


class NoTextLayerError(SkillgapError):
    """The PDF has pages but no text layer (a scan or an image export): it needs OCR."""

    exit_code = 9
    code = "E009"


class UnusableTextError(SkillgapError):
    """Text was extracted but is too garbled to analyse (unmapped glyphs, wrong encoding)."""

    exit_code = 10
    code = "E010"


class OCRFailedError(UnusableTextError):
    """Tesseract is installed and ran, but failed on a page: its text cannot be read (exit 10, as
    for any text that cannot be analysed). `OCRUnavailableError` is for Tesseract missing."""


class LexiconError(SkillgapError, lexicon_problems.LexiconError):
    """A lexicon file is invalid; `problems` lists every problem with its location. It is also a
    `skill_lexicon.LexiconError`, the form the lexicon package raises (see `of`)."""

    exit_code = 11
    code = "E011"

    def __init__(self, message: str, problems: list[str] | None = None, *, path: str | None = None):
        # The lexicon package's form sets message, problems and path and words the error the
        # same way SkillgapError does ("path: message", then one problem a line).
        lexicon_problems.LexiconError.__init__(self, message, problems, path=path)

    @classmethod
    def of(cls, error: lexicon_problems.LexiconError) -> LexiconError:
        """The analyzer's form of an error the lexicon package raised."""
        if isinstance(error, LexiconError):
            return error
        return cls(error.message, error.problems, path=error.path)


class OCRUnavailableError(SkillgapError):
    """OCR was asked for but Tesseract (or its Python binding) is not installed."""

    exit_code = 12
    code = "E012"


class OutputError(SkillgapError):
    """An output path cannot be written, or writing it would overwrite the input."""

    exit_code = 13
    code = "E013"


class ConfigError(SkillgapError):
    """A setting is invalid, such as an unknown profile or a negative weight."""

    exit_code = 14
    code = "E014"


class AnalysisTimeoutError(SkillgapError):
    """Analysing one file took longer than its time limit (`seconds`: a batch's --timeout, or
    the isolated reading of a single PDF)."""

    exit_code = 15
    code = "E015"


class WorkerCrashedError(SkillgapError):
    """The worker process analysing one file died: it passed its memory cap (`memory_mb`), ran
    out of memory, or was killed (batch, or the isolated reading of a single PDF)."""

    exit_code = 16
    code = "E016"


class EngineUnavailableError(SkillgapError):
    """The extraction engine asked for (`--engine pdfium`) is not installed."""

    exit_code = 23
    code = "E023"


class LimitExceededError(SkillgapError):
    """The file passed one of its limits (`analyzer.config.Limits`): characters, pages, objects
    on a page, inflated stream bytes, nesting. The message names the file and the limit."""

    exit_code = 17
    code = "E017"

    def __init__(self, message: str, *, limit: str, path: str | None = None) -> None:
        self.limit = limit
        super().__init__(f"{message} (limit {limit})", path=path)


class CorruptWordError(SkillgapError):
    """A Word file (.docx, .docm) that cannot be read: not a zip, a zip that is not a Word
    document, or a damaged package."""

    exit_code = 18
    code = "E018"


class EncryptedWordError(SkillgapError):
    """A password-protected Word document (an encrypted OLE container or encrypted zip entries)."""

    exit_code = 19
    code = "E019"


class UnsafeWordError(SkillgapError):
    """A Word file refused unread: it would inflate past the limits (a zip bomb), or it holds
    macros and no document text."""

    exit_code = 20
    code = "E020"


class JobDescriptionError(SkillgapError):
    """A job description cannot be read as one: no words after reading it, or too few to ask
    for anything."""

    exit_code = 21
    code = "E021"


class SavedJobError(SkillgapError):
    """A saved job target (`skillgap job --format json`) is not valid JSON, not a saved job, or
    has a key of the wrong type; the message names the key."""

    exit_code = 22
    code = "E022"


ALL_ERRORS: tuple[type[SkillgapError], ...] = (
    InputNotFoundError,
    NotAFileError,
    EmptyInputError,
    UnsupportedInputError,
    CorruptPDFError,
    EncryptedPDFError,
    NoTextLayerError,
    UnusableTextError,
    OCRFailedError,
    LexiconError,
    OCRUnavailableError,
    OutputError,
    ConfigError,
    AnalysisTimeoutError,
    WorkerCrashedError,
    EngineUnavailableError,
    LimitExceededError,
    CorruptWordError,
    EncryptedWordError,
    UnsafeWordError,
    JobDescriptionError,
    SavedJobError,
)
