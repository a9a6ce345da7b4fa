"""The HTTP service: routes, request limits, the API token and errors, on Starlette.

Every analysis runs in the worker pool (`pool`), never in the server process, so a hostile file
costs only its own request. A request goes through:

1. `Guard` (outermost): the API token, when the service has one, checked in constant time on
   every request but /healthz; and security headers on every response;
2. the route, which reads the body with a hard byte limit (`Content-Length` checked before
   anything is read, then every chunk counted), so an upload is never read whole past the limit;
3. a private temporary folder for the uploads, removed when the response is ready (or the files
   copied to `--keep DIR` first, when the operator asks for that).

Errors are JSON `{"error": {"code", "exit_code", "message", "file"}}` with the CLI's codes and
messages (README "Exit codes") and an HTTP status from `HTTP_STATUS`; a request the upload page
sent (format html) gets the same error as a small HTML page instead.

A job posting (POST /v1/jobs alone, or `job` beside a resume in POST /v1/analyze) is sent on
to the worker as bytes and read there, like a resume: it is untrusted input too.
"""

from __future__ import annotations

import base64
import hmac
import json
import re
import shutil
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, MutableMapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, TypeVar

from starlette.applications import Starlette
from starlette.datastructures import FormData, UploadFile
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from analyzer.batch.records import Analysis, FileError
from analyzer.errors import ALL_ERRORS
from analyzer.report import FORMATS
from analyzer.report.html import CONTENT_SECURITY_POLICY
from analyzer.report.job import JOB_FORMATS
from analyzer.serve.openapi import MEDIA_TYPES, openapi_document
from analyzer.serve.page import error_page, upload_page
from analyzer.serve.pool import AnalysisPool, Busy
from analyzer.serve.settings import ServiceSettings
from analyzer.serve.worker import Task
from analyzer.types import SCHEMA_VERSION
from analyzer.version import __version__
from skill_lexicon import Lexicon, load_lexicon

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]
Asked = TypeVar("Asked", "AnalyzeRequest", "JobRequest")

HTTP_STATUS: Mapping[str, int] = {
    "E000": 500,
    "E002": 400,
    "E005": 400,
    "E006": 415,
    "E012": 500,
    "E014": 400,
    "E015": 504,
    "E017": 413,
}
"""Error code -> HTTP status; any other code of a file that cannot be analysed is 422."""
UNREADABLE_FILE_STATUS = 422
FORM_OVERHEAD_BYTES = 64 * 1024
"""Room for the multipart boundaries and small fields beside the files themselves."""
MAX_FORM_FIELDS = 16
FORM_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")
RETRY_AFTER_SECONDS = 2
UNTRUSTED_NAME = re.compile(r"[^\w.\- ]+")
MAX_NAME_CHARS = 120
OPEN_PATHS = frozenset({"/healthz"})
"""Paths that never ask for the API token (load balancers probe them)."""
SECURITY_HEADERS = (
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cache-control", b"no-store"),
    (b"x-frame-options", b"DENY"),
)
EXIT_CODES = {error.code: error.exit_code for error in ALL_ERRORS}


class RequestError(Exception):
    """A request the service refuses, answered with `status` and the JSON error body."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        file: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.file = file
        self.headers = dict(headers or {})

    @classmethod
    def of(cls, error: FileError, name: str) -> RequestError:
        """A file's analysis error, with the CLI's message ("name: reason")."""
        status = HTTP_STATUS.get(error.code, UNREADABLE_FILE_STATUS)
        return cls(status, error.code, f"{name}: {error.message}", file=name)

    def body(self) -> dict[str, Any]:
        detail: dict[str, Any] = {
            "code": self.code,
            "exit_code": EXIT_CODES.get(self.code, _cli_exit_code(self.code)),
            "message": self.message,
        }
        if self.file is not None:
            detail["file"] = self.file
        return {"error": detail}


@dataclass(frozen=True, slots=True)
class Upload:
    """One resume a request sent: a file's bytes, or text."""

    name: str
    data: bytes | None = None
    text: str | None = None


@dataclass(frozen=True, slots=True)
class AnalyzeRequest:
    """What POST /v1/analyze asks for, from a form or a JSON body."""

    resume: Upload
    profile: str | None
    format: str | None
    job: Upload | None = None
    """A job posting to score the resume for (then it decides what is scored, not a profile)."""


@dataclass(frozen=True, slots=True)
class JobRequest:
    """What POST /v1/jobs asks for: a posting (its bytes) and the answer's format."""

    posting: Upload
    format: str | None


def create_app(settings: ServiceSettings, lexicon: Lexicon | None = None) -> Guard:
    """The service as an ASGI application; its workers start with the application's lifespan.

    Raises, before anything listens: ConfigError for bad settings, LexiconError for a bad
    lexicon.
    """
    settings.check()
    lexicon = lexicon or load_lexicon(settings.lexicon)
    pool = AnalysisPool(settings, lexicon.default_profile)
    service = _Service(settings, lexicon, pool)

    @asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        pool.start()
        try:
            yield
        finally:
            pool.stop()

    routes = [
        Route("/", service.page, methods=["GET"]),
        Route("/healthz", service.health, methods=["GET"]),
        Route("/version", service.version, methods=["GET"]),
        Route("/openapi.json", service.openapi, methods=["GET"]),
        Route("/v1/analyze", service.analyze, methods=["POST"]),
        Route("/v1/batch", service.batch, methods=["POST"]),
        Route("/v1/jobs", service.jobs, methods=["POST"]),
    ]
    app = Starlette(
        routes=routes,
        lifespan=lifespan,
        exception_handlers={HTTPException: _http_error, Exception: _internal_error},
    )
    return Guard(app, settings.token)


class _Service:
    """The endpoints, sharing the settings, the lexicon (profiles, versions) and the pool."""

    def __init__(self, settings: ServiceSettings, lexicon: Lexicon, pool: AnalysisPool) -> None:
        self.settings = settings
        self.lexicon = lexicon
        self.pool = pool

    async def page(self, request: Request) -> Response:
        """GET /: the upload page."""
        return upload_page(self.lexicon, self.settings)

    async def health(self, request: Request) -> Response:
        """GET /healthz: 200 when every worker is warm, 503 while they start."""
        body = {
            "status": "ok" if self.pool.ready else "starting",
            "workers": self.settings.workers,
            "in_flight": self.pool.in_flight,
            "capacity": self.pool.capacity,
        }
        return JSONResponse(body, status_code=200 if self.pool.ready else 503)

    async def version(self, request: Request) -> Response:
        """GET /version: skillgap's, the lexicon's and the JSON contract's versions."""
        return JSONResponse(
            {
                "package": __version__,
                "lexicon": self.lexicon.version,
                "schema": SCHEMA_VERSION,
                "profiles": list(self.lexicon.profiles),
                "default_profile": self.lexicon.default_profile,
            }
        )

    async def openapi(self, request: Request) -> Response:
        """GET /openapi.json: the OpenAPI 3.1 document of this API."""
        return JSONResponse(openapi_document())

    async def analyze(self, request: Request) -> Response:
        """POST /v1/analyze: one resume (upload or text) -> its report."""
        fmt = request.query_params.get("format")
        try:
            asked = await self._read_analyze(request)
            fmt = _negotiate(asked.format or fmt, request.headers.get("accept", ""))
            if asked.job is not None and asked.profile is not None:
                raise RequestError(
                    400, "E002", "give a job or a profile, not both: a job decides what is scored"
                )
            job = None if asked.job is None else _posting(asked.job)
            profile = None if job is not None else self._profile(asked.profile)
            (analysis,) = await self._run([asked.resume], profile, formats=(fmt,), job=job)
            return _report(analysis, asked.resume.name, fmt)
        except RequestError as error:
            return _error(error, html=fmt == "html")

    async def jobs(self, request: Request) -> Response:
        """POST /v1/jobs: a job description -> what it asks for (the `skillgap job` output)."""
        fmt = request.query_params.get("format")
        try:
            asked = await self._read_job(request)
            fmt = _negotiate(asked.format or fmt, request.headers.get("accept", ""), JOB_FORMATS)
            task = Task(
                asked.posting.name,
                None,  # the posting alone is read: no profile, no resume
                (fmt,),
                job=_posting(asked.posting),
                mode="job",
            )
            (analysis,) = await self._submit([task])
            return _report(analysis, asked.posting.name, fmt)
        except RequestError as error:
            return _error(error, html=fmt == "html")

    async def batch(self, request: Request) -> Response:
        """POST /v1/batch: several files -> one result or error each, in upload order."""
        settings = self.settings
        try:
            _check_type(request, ("multipart/form-data",))
            limit = settings.max_batch_bytes + FORM_OVERHEAD_BYTES
            async with _limited(request, limit).form(
                max_files=settings.max_batch_files,
                max_fields=MAX_FORM_FIELDS,
                max_part_size=FORM_OVERHEAD_BYTES,
            ) as form:
                files = [f for f in form.getlist("files") if isinstance(f, UploadFile)]
                if not files:
                    raise RequestError(400, "E002", "send one or more files in the field 'files'")
                uploads = [await _read_upload(f, settings.max_upload_bytes) for f in files]
                profile = self._profile(_field(form, "profile"))
            analyses = await self._run(uploads, profile, formats=())
        except (MultiPartException, HTTPException) as error:
            return _error(_form_error(error, settings.max_batch_files))
        except RequestError as error:
            return _error(error)
        results = []
        for upload, analysis in zip(uploads, analyses, strict=True):
            if analysis.error is not None:
                refused = RequestError.of(analysis.error, upload.name)
                results.append(
                    {
                        "file": upload.name,
                        "status": refused.status,
                        "error": refused.body()["error"],
                    }
                )
            else:
                results.append({"file": upload.name, "status": 200, "result": analysis.result})
        return JSONResponse({"results": results})

    async def _read_analyze(self, request: Request) -> AnalyzeRequest:
        limit = self.settings.max_upload_bytes
        return await self._read_request(
            request, 2, _read_json, lambda form: _read_form(form, limit)
        )

    async def _read_job(self, request: Request) -> JobRequest:
        limit = self.settings.max_upload_bytes
        return await self._read_request(
            request, 1, _read_job_json, lambda form: _read_job_form(form, limit)
        )

    async def _read_request(
        self,
        request: Request,
        max_files: int,
        from_json: Callable[[bytes], Asked],
        from_form: Callable[[FormData], Awaitable[Asked]],
    ) -> Asked:
        """A request's JSON body or form, read within the upload limit (a resume and its job
        posting count together)."""
        kind = _check_type(request, (*FORM_TYPES, "application/json"))
        limit = self.settings.max_upload_bytes + FORM_OVERHEAD_BYTES
        if kind == "application/json":
            return from_json(await _read_body(request, limit))
        try:
            async with _limited(request, limit).form(
                max_files=max_files, max_fields=MAX_FORM_FIELDS, max_part_size=limit
            ) as form:
                return await from_form(form)
        except (MultiPartException, HTTPException) as error:
            raise _form_error(error, max_files) from None

    def _profile(self, profile: str | None) -> str:
        chosen = profile or self.lexicon.default_profile
        if chosen not in self.lexicon.profiles:
            known = ", ".join(self.lexicon.profiles)
            raise RequestError(400, "E014", f"unknown profile {chosen!r}; choose one of: {known}")
        return chosen

    async def _run(
        self,
        uploads: Sequence[Upload],
        profile: str | None,
        *,
        formats: tuple[str, ...],
        job: tuple[str, bytes] | None = None,
    ) -> list[Analysis]:
        """Analyse `uploads` in the pool (for `job` when given); files live in a private folder
        until the answers are in (then it is removed, after copying to --keep DIR when set)."""
        extra = tuple(fmt for fmt in formats if fmt != "json")
        folder = Path(tempfile.mkdtemp(prefix="skillgap-upload-"))
        try:
            tasks = []
            for index, upload in enumerate(uploads):
                path = None
                if upload.data is not None:
                    path = folder / f"{index}-{upload.name}"
                    path.write_bytes(upload.data)
                task_path = None if path is None else str(path)
                tasks.append(Task(upload.name, profile, extra, task_path, upload.text, job))
            analyses = await self._submit(tasks)
            if self.settings.keep_dir is not None:
                _keep(self.settings.keep_dir, uploads, analyses)
            return analyses
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    async def _submit(self, tasks: Sequence[Task]) -> list[Analysis]:
        """Run `tasks` in the pool; 503 at once when they do not fit in its capacity."""
        try:
            return await self.pool.analyze(tasks)
        except Busy as busy:
            raise RequestError(
                503, "busy", str(busy), headers={"Retry-After": str(RETRY_AFTER_SECONDS)}
            ) from None


# ------------------------------------------------------------------------------ reading requests


def _check_type(request: Request, accepted: Sequence[str]) -> str:
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind not in accepted:
        raise RequestError(
            415, "E002", f"send the request as {' or '.join(accepted)}, not {kind or 'nothing'}"
        )
    return kind


def _limited(request: Request, limit: int) -> Request:
    """`request` whose body may not pass `limit` bytes: refused by its Content-Length before
    anything is read, or when the bytes received pass the limit (a body sent in chunks)."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise _too_large(limit)
    received = 0

    async def receive() -> Message:
        nonlocal received
        message = await request.receive()
        received += len(message.get("body", b""))
        if received > limit:
            raise _too_large(limit)
        return message

    return Request(request.scope, receive)


async def _read_body(request: Request, limit: int) -> bytes:
    chunks = [chunk async for chunk in _limited(request, limit).stream()]
    return b"".join(chunks)


async def _read_form(form: FormData, max_upload_bytes: int) -> AnalyzeRequest:
    resume = form.get("resume")
    text = _field(form, "text")
    if isinstance(resume, UploadFile) and resume.filename:
        upload = await _read_upload(resume, max_upload_bytes)
    elif text:
        upload = Upload(_safe_name(_field(form, "name") or "resume.txt"), text=text)
    else:
        raise RequestError(400, "E002", "send a resume file in the field 'resume' or its text")
    job = await _read_posting(form, "job", "job_text", max_upload_bytes)
    return AnalyzeRequest(upload, _field(form, "profile"), _field(form, "format"), job)


async def _read_job_form(form: FormData, max_upload_bytes: int) -> JobRequest:
    posting = await _read_posting(form, "job", "text", max_upload_bytes)
    if posting is None:
        raise RequestError(400, "E002", "send a job description in the field 'job' or its text")
    return JobRequest(posting, _field(form, "format"))


async def _read_posting(
    form: FormData, file_key: str, text_key: str, max_upload_bytes: int
) -> Upload | None:
    """A job posting sent as a file in `file_key` or as text in `text_key`, or None."""
    posting = form.get(file_key)
    if isinstance(posting, UploadFile) and posting.filename:
        return await _read_upload(posting, max_upload_bytes)
    text = _field(form, text_key) or _field(form, file_key)
    return None if text is None else Upload("job.txt", text=text)


def _posting(upload: Upload) -> tuple[str, bytes]:
    """A posting as the worker reads it: its name and bytes (text sent as a field is UTF-8)."""
    return upload.name, upload.data if upload.data is not None else (upload.text or "").encode()


def _read_json(body: bytes) -> AnalyzeRequest:
    payload = _json_object(body)
    job = _json_posting(payload.pop("job", None))
    values = _json_strings(payload, {"text", "name", "profile", "format"})
    if not values["text"]:
        raise RequestError(400, "E002", "field 'text' (the resume's text) is required")
    name = _safe_name(values["name"] or "resume.txt")
    return AnalyzeRequest(
        Upload(name, text=values["text"]), values["profile"], values["format"], job
    )


def _read_job_json(body: bytes) -> JobRequest:
    payload = _json_object(body)
    posting = _json_posting(payload.pop("job", None))
    values = _json_strings(payload, {"text", "name", "format"})
    if values["text"]:
        if posting is not None:
            raise RequestError(400, "E002", "send the posting as 'text' or 'job', not both")
        posting = Upload(_safe_name(values["name"] or "job.txt"), text=values["text"])
    if posting is None:
        raise RequestError(400, "E002", "field 'text' (the job description) is required")
    return JobRequest(posting, values["format"])


def _json_object(body: bytes) -> dict[str, Any]:
    try:
        payload = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise RequestError(400, "E002", f"the body is not JSON ({error})") from None
    if not isinstance(payload, dict):
        raise RequestError(400, "E002", "the body must be a JSON object")
    return payload


def _json_strings(payload: Mapping[str, Any], allowed: set[str]) -> dict[str, str | None]:
    """The string fields of a JSON body; 400 for an unknown field or one that is not a string."""
    unknown = sorted(set(payload) - allowed)
    if unknown:
        raise RequestError(400, "E002", f"unknown field(s): {', '.join(unknown)}")
    values = {key: payload.get(key) for key in allowed}
    for key, value in values.items():
        if value is not None and not isinstance(value, str):
            raise RequestError(400, "E002", f"field {key!r} must be a string")
    return values


def _json_posting(job: Any) -> Upload | None:
    """The `job` of a JSON body: the posting's text, or a target saved by `skillgap job`."""
    if job is None:
        return None
    if isinstance(job, str) and job.strip():
        return Upload("job.txt", text=job)
    if isinstance(job, dict):
        return Upload("job.json", data=json.dumps(job).encode())
    raise RequestError(400, "E002", "field 'job' must be the posting's text or a saved job object")


async def _read_upload(file: UploadFile, max_upload_bytes: int) -> Upload:
    name = _safe_name(file.filename or "resume")
    if file.size is not None and file.size > max_upload_bytes:
        raise _too_large(max_upload_bytes, name)
    return Upload(name, data=await file.read())


def _field(form: FormData, key: str) -> str | None:
    value = form.get(key)
    return value if isinstance(value, str) and value else None


def _safe_name(name: str) -> str:
    """The last part of a client's file name, without characters a path or a shell minds."""
    base = PurePosixPath(name.replace("\\", "/")).name
    cleaned = UNTRUSTED_NAME.sub("_", base).strip(" .")[-MAX_NAME_CHARS:]
    return cleaned or "resume"


def _too_large(limit: int, name: str | None = None) -> RequestError:
    what = f"{name}: the file" if name else "the upload"
    return RequestError(
        413,
        "E006",
        f"{what} is larger than the service's {limit / 1024 / 1024:.0f} MB limit",
        file=name,
    )


def _form_error(error: MultiPartException | HTTPException, max_files: int) -> RequestError:
    """Starlette's complaint about a form (raised as is, or as an HTTP 400 inside an app)."""
    message = error.message if isinstance(error, MultiPartException) else error.detail
    if "Too many files" in message:
        return RequestError(413, "E006", f"too many files: at most {max_files} per request")
    return RequestError(400, "E002", f"the form cannot be read: {message}")


def _negotiate(explicit: str | None, accept: str, formats: Sequence[str] = FORMATS) -> str:
    """The answer's format among `formats`: `format` when given, else the first Accept type we
    serve, else json."""
    if explicit is not None:
        if explicit not in formats:
            raise RequestError(
                400, "E002", f"unknown format {explicit!r}; choose one of: {', '.join(formats)}"
            )
        return explicit
    by_type = {media: fmt for fmt, media in MEDIA_TYPES.items() if fmt in formats}
    for part in accept.split(","):
        media = part.split(";")[0].strip().lower()
        if media in by_type:
            return by_type[media]
    return "json"


# ------------------------------------------------------------------------------------ answers


def _report(analysis: Analysis, name: str, fmt: str) -> Response:
    if analysis.error is not None:
        raise RequestError.of(analysis.error, name)
    if fmt == "json":
        return JSONResponse(analysis.result)
    content = analysis.reports[fmt]
    headers = {"Content-Security-Policy": CONTENT_SECURITY_POLICY} if fmt == "html" else {}
    return Response(content, media_type=MEDIA_TYPES[fmt], headers=headers)


def _error(error: RequestError, *, html: bool = False) -> Response:
    if html:
        return error_page(error.status, error.message, error.headers)
    return JSONResponse(error.body(), status_code=error.status, headers=error.headers)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    code = {404: "not-found", 405: "method-not-allowed"}.get(exc.status_code, "E002")
    error = RequestError(
        exc.status_code, code, f"{request.method} {request.url.path}: {exc.detail}"
    )
    return _error(error)


async def _internal_error(request: Request, exc: Exception) -> Response:
    error = RequestError(500, "E000", f"internal error ({type(exc).__name__}); please report it")
    return _error(error)


def _keep(folder: Path, uploads: Sequence[Upload], analyses: Sequence[Analysis]) -> None:
    """Copy each upload and its JSON result (or error) to the operator's --keep folder."""
    request = f"{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:8]}"
    for index, (upload, analysis) in enumerate(zip(uploads, analyses, strict=True)):
        stem = folder / f"{request}-{index}-{upload.name}"
        content = upload.data if upload.data is not None else (upload.text or "").encode()
        Path(f"{stem}").write_bytes(content)
        outcome = analysis.result if analysis.error is None else analysis.error.to_dict()
        Path(f"{stem}.result.json").write_text(json.dumps(outcome), encoding="utf-8")


def _cli_exit_code(code: str) -> int | None:
    return int(code[1:]) if re.fullmatch(r"E\d{3}", code) else None


# --------------------------------------------------------------------------------- the guard


class Guard:
    """ASGI middleware: the API token on every request but /healthz, security headers on every
    response. The token may come as `Authorization: Bearer TOKEN` or as the password of HTTP
    Basic authentication (how a browser sends it from the upload page)."""

    def __init__(self, app: ASGIApp, token: str | None) -> None:
        self.app = app
        self.token = None if token is None else token.encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        if self._needs_token(scope):
            await self._refuse(scope, receive, send_secured)
            return
        await self.app(scope, receive, send_secured)

    def _needs_token(self, scope: Scope) -> bool:
        """True when the request must be refused: the service has a token, the path is not
        open, and the request does not carry the token."""
        if self.token is None or scope["path"] in OPEN_PATHS:
            return False
        return not self._authorised(dict(scope.get("headers", [])).get(b"authorization", b""))

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        message = "send the API token: Authorization: Bearer TOKEN"
        response = JSONResponse(RequestError(401, "unauthorized", message).body(), 401)
        response.headers.append("WWW-Authenticate", 'Basic realm="skillgap"')
        response.headers.append("WWW-Authenticate", 'Bearer realm="skillgap"')
        await response(scope, receive, send)

    def _authorised(self, header: bytes) -> bool:
        assert self.token is not None
        scheme, _, value = header.partition(b" ")
        given = b""
        if scheme.lower() == b"bearer":
            given = value.strip()
        elif scheme.lower() == b"basic":
            try:
                given = base64.b64decode(value.strip(), validate=True).partition(b":")[2]
            except ValueError:
                given = b""
        return hmac.compare_digest(given, self.token)
