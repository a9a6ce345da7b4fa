"""Every failure skillgap reports, one class each, with the CLI exit code it maps to.

Messages name the file and the reason; the CLI prints `skillgap: error: <message>` on stderr and
exits with `exit_code`. The codes are part of the documented interface (README, "Exit codes").
"""

from __future__ import annotations


class SkillgapError(Exception):
    """Base of every error skillgap raises on purpose. `code` is stable and quotable."""

    exit_code = 1
    code = "E000"

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        super().__init__(f"{path}: {message}" if path else message)


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
    """The file is not a PDF or text file (for example a .pdf that is really a PNG or a zip),
    or it is too large to be a resume."""

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


class LexiconError(SkillgapError):
    """A lexicon file is invalid; `problems` lists every problem with its location."""

    exit_code = 11
    code = "E011"

    def __init__(self, message: str, problems: list[str] | None = None, *, path: str | None = None):
        self.problems = list(problems or [])
        detail = "".join(f"\n  {p}" for p in self.problems)
        super().__init__(message + detail, path=path)


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
    """Analysing one file took longer than the per-file time limit (batch)."""

    exit_code = 15
    code = "E015"


class WorkerCrashedError(SkillgapError):
    """The worker analysing one file died (out of memory, killed) (batch)."""

    exit_code = 16
    code = "E016"


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
    LexiconError,
    OCRUnavailableError,
    OutputError,
    ConfigError,
    AnalysisTimeoutError,
    WorkerCrashedError,
    JobDescriptionError,
    SavedJobError,
)
