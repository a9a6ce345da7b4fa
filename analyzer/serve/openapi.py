"""The service's OpenAPI 3.1 document, built from the same JSON Schema as the reports.

The analysis result is `analyzer/report/schema.json` (the JSON contract), its `$defs` lifted
into `components.schemas`, so a client generated from /openapi.json and a report validated by
the contract's schema agree by construction. The tests validate real responses against it.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from analyzer.report import FORMATS
from analyzer.report.job import JOB_FORMATS
from analyzer.version import __version__

RESULT_PREFIX = "AnalysisResult_"
"""Prefix of the contract's `$defs` among the components (keeps their names apart from ours)."""
MEDIA_TYPES = {
    "json": "application/json",
    "html": "text/html",
    "csv": "text/csv",
    "text": "text/plain",
}
"""Report format -> the media type it is served as (and asked for by Accept)."""
ERROR_STATUSES = {
    "400": "Bad request: a field is missing or invalid, an unknown profile or format (E002, "
    "E005, E014)",
    "401": "The API token is missing or wrong (code `unauthorized`)",
    "413": "The upload is larger than the service's limit (E006, E017)",
    "415": "The file is not a PDF, Word or text document (E006)",
    "422": "The file cannot be analysed: corrupt, encrypted, no text layer, garbled, a bad "
    "Word file, not a job description or a bad saved job, or it crashed its worker "
    "(E007-E010, E016, E018-E022)",
    "503": "Every worker is busy and the queue is full (code `busy`; retry after Retry-After "
    "seconds), or the workers are still starting",
    "504": "The analysis took longer than the service's time limit (E015)",
}


@cache
def openapi_document() -> dict[str, Any]:
    """The OpenAPI document (built once; callers must not change it)."""
    result, defs = _contract()
    schemas: dict[str, Any] = {f"{RESULT_PREFIX}{name}": body for name, body in defs.items()}
    schemas |= {
        "AnalysisResult": result,
        "Error": {
            "type": "object",
            "properties": {"error": {"$ref": "#/components/schemas/ErrorDetail"}},
            "required": ["error"],
        },
        "ErrorDetail": _error_detail_schema(),
        "BatchResult": _batch_schema(),
        "BatchItem": _batch_item_schema(),
        "Version": _object(
            package=("string", "skillgap's version"),
            lexicon=("string", "the lexicon's version"),
            schema=("string", "the JSON contract's schema_version"),
            profiles={"type": "array", "items": {"type": "string"}},
            default_profile=("string", "the profile used when a request names none"),
        ),
        "Health": _object(
            status={"enum": ["ok", "starting"]},
            workers=("integer", "analysis worker processes"),
            in_flight=("integer", "analyses running or waiting now"),
            capacity=("integer", "analyses accepted at once before 503"),
        ),
        "AnalyzeText": _analyze_text_schema(),
        "JobText": _job_text_schema(),
        "JobTarget": _job_target_schema(),
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "skillgap",
            "version": __version__,
            "summary": "Resume skill-gap analysis for machine-learning-engineering jobs.",
            "description": "Upload a resume (PDF, Word .docx or text) and get its skills with "
            "evidence, a demand-weighted readiness score, ranked gaps and a learning path. "
            "When the service has an API token, send it as `Authorization: Bearer TOKEN` "
            "(or as the password of HTTP Basic authentication) on every request but /healthz.",
        },
        "paths": {
            "/healthz": {"get": _health_operation()},
            "/version": {"get": _json_operation("version", "Versions and profiles", "Version")},
            "/v1/analyze": {"post": _analyze_operation()},
            "/v1/batch": {"post": _batch_operation()},
            "/v1/jobs": {"post": _jobs_operation()},
        },
        "components": {
            "schemas": schemas,
            "securitySchemes": {
                "bearer": {"type": "http", "scheme": "bearer"},
                "basic": {"type": "http", "scheme": "basic"},
            },
        },
        "security": [{"bearer": []}, {"basic": []}, {}],
    }


def _contract() -> tuple[dict[str, Any], dict[str, Any]]:
    """The contract's schema, and its $defs, with references pointing into components."""
    text = resources.files("analyzer.report").joinpath("schema.json").read_text(encoding="utf-8")
    text = text.replace('"#/$defs/', f'"#/components/schemas/{RESULT_PREFIX}')
    schema: dict[str, Any] = json.loads(text)
    defs = schema.pop("$defs", {})
    for key in ("$schema", "$id"):
        schema.pop(key, None)
    return schema, defs


def _object(**fields: tuple[str, str] | dict[str, Any]) -> dict[str, Any]:
    properties = {
        name: {"type": spec[0], "description": spec[1]} if isinstance(spec, tuple) else spec
        for name, spec in fields.items()
    }
    return {"type": "object", "properties": properties, "required": list(fields)}


def _error_detail_schema() -> dict[str, Any]:
    detail = _object(
        code=(
            "string",
            "E0NN as in the CLI's exit codes (README), or unauthorized, busy, "
            "not-found, method-not-allowed",
        ),
        exit_code={"type": ["integer", "null"], "description": "the CLI's exit code, if any"},
        message=("string", "what is wrong, naming the file as the CLI does"),
    )
    detail["properties"]["file"] = {"type": "string", "description": "the file it is about"}
    return detail


def _batch_item_schema() -> dict[str, Any]:
    return {
        "type": "object",
        "description": "One uploaded file: its report (`result`) or its `error`, never both.",
        "properties": {
            "file": {"type": "string"},
            "status": {"type": "integer", "description": "the HTTP status it alone would get"},
            "result": {"$ref": "#/components/schemas/AnalysisResult"},
            "error": {"$ref": "#/components/schemas/ErrorDetail"},
        },
        "required": ["file", "status"],
    }


def _batch_schema() -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {
            "results": {"type": "array", "items": {"$ref": "#/components/schemas/BatchItem"}}
        },
        "required": ["results"],
    }


JOB_FIELD = {
    "description": "a job to score the resume for, instead of a profile: the posting's text, "
    "or a target saved by `skillgap job --format json` (POST /v1/jobs)",
    "oneOf": [{"type": "string", "minLength": 1}, {"type": "object"}],
}


def _analyze_text_schema() -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {
            "text": {"type": "string", "minLength": 1, "description": "the resume's text"},
            "name": {"type": "string", "description": "what to call it in the report"},
            "profile": {"type": "string", "description": "not with `job`"},
            "format": {"enum": list(FORMATS)},
            "job": JOB_FIELD,
        },
        "required": ["text"],
        "additionalProperties": False,
    }


def _job_text_schema() -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {
            "text": {"type": "string", "minLength": 1, "description": "the job description"},
            "name": {"type": "string", "description": "what to call it in the answer"},
            "format": {"enum": list(JOB_FORMATS)},
            "job": {"type": "object", "description": "a saved target, read back (instead of text)"},
        },
        "additionalProperties": False,
    }


def _job_target_schema() -> dict[str, Any]:
    """What `skillgap job --format json` prints (`JobTarget.to_dict()`): the keys a client
    relies on; the posting's parts and evidence are described in the README."""
    requirement = {
        "type": "object",
        "properties": {
            "id": {"type": "string", "description": "the lexicon skill id"},
            "name": {"type": "string"},
            "level": {"enum": ["required", "preferred"]},
            "evidence": {"type": "array", "items": {"type": "object"}},
        },
        "required": ["id", "name", "level", "evidence"],
    }
    return {
        "type": "object",
        "properties": {
            "kind": {"const": "skillgap-job"},
            "schema_version": {"type": "string"},
            "title": {"type": ["string", "null"]},
            "requirements": {"type": "array", "items": requirement},
            "unlisted_terms": {"type": "array", "items": {"type": "object"}},
            "years_asked": {"type": "array", "items": {"type": "object"}},
            "years_required": {"type": ["number", "null"]},
            "seniority": {"type": "array", "items": {"type": "object"}},
        },
        "required": ["kind", "schema_version", "requirements", "unlisted_terms"],
    }


def _errors(*statuses: str) -> dict[str, Any]:
    return {
        status: {
            "description": ERROR_STATUSES[status],
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
        }
        for status in statuses
    }


def _json_operation(operation_id: str, summary: str, schema: str) -> dict[str, Any]:
    return {
        "operationId": operation_id,
        "summary": summary,
        "responses": {
            "200": {
                "description": summary,
                "content": {
                    "application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}
                },
            },
            **_errors("401"),
        },
    }


def _health_operation() -> dict[str, Any]:
    health = {"application/json": {"schema": {"$ref": "#/components/schemas/Health"}}}
    return {
        "operationId": "health",
        "summary": "Liveness and readiness (never asks for the token)",
        "security": [{}],
        "responses": {
            "200": {"description": "Ready: every worker is warm", "content": health},
            "503": {"description": "Starting: workers are loading", "content": health},
        },
    }


def _analyze_operation() -> dict[str, Any]:
    form = {
        "type": "object",
        "properties": {
            "resume": {"type": "string", "format": "binary", "description": "PDF, .docx, text"},
            "text": {"type": "string", "description": "the resume's text, instead of a file"},
            "profile": {"type": "string", "description": "target role (GET /version lists them)"},
            "format": {"enum": list(FORMATS), "description": "overrides the Accept header"},
            "job": {
                "type": "string",
                "format": "binary",
                "description": "a job posting (.txt, .md, .pdf, .docx, or a saved job .json) to "
                "score the resume for, instead of a profile",
            },
            "job_text": {"type": "string", "description": "the job posting's text, instead"},
        },
    }
    formats = {
        "name": "format",
        "in": "query",
        "required": False,
        "schema": {"enum": list(FORMATS)},
    }
    content: dict[str, Any] = {
        "application/json": {"schema": {"$ref": "#/components/schemas/AnalysisResult"}},
        "text/html": {"schema": {"type": "string"}},
        "text/csv": {"schema": {"type": "string"}},
        "text/plain": {"schema": {"type": "string"}},
    }
    return {
        "operationId": "analyze",
        "summary": "Analyse one resume",
        "description": "A multipart upload (`resume`, or a `text` field) or a JSON body. The "
        "report is JSON unless `format` (query or field) or the Accept header asks for HTML, "
        "CSV or text. Errors are JSON with the CLI's codes and messages.",
        "parameters": [formats],
        "requestBody": {
            "required": True,
            "content": {
                "multipart/form-data": {"schema": form},
                "application/json": {"schema": {"$ref": "#/components/schemas/AnalyzeText"}},
            },
        },
        "responses": {
            "200": {"description": "The report", "content": content},
            **_errors("400", "401", "413", "415", "422", "503", "504"),
        },
    }


def _batch_operation() -> dict[str, Any]:
    form = {
        "type": "object",
        "properties": {
            "files": {"type": "array", "items": {"type": "string", "format": "binary"}},
            "profile": {"type": "string"},
        },
        "required": ["files"],
    }
    return {
        "operationId": "analyzeBatch",
        "summary": "Analyse several resumes; one result or error per file, in upload order",
        "requestBody": {"required": True, "content": {"multipart/form-data": {"schema": form}}},
        "responses": {
            "200": {
                "description": "One entry per file",
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/BatchResult"}}
                },
            },
            **_errors("400", "401", "413", "503"),
        },
    }


def _jobs_operation() -> dict[str, Any]:
    form = {
        "type": "object",
        "properties": {
            "job": {"type": "string", "format": "binary", "description": "PDF, .docx, text"},
            "text": {"type": "string", "description": "the posting's text, instead of a file"},
            "format": {"enum": list(JOB_FORMATS), "description": "overrides the Accept header"},
        },
    }
    content: dict[str, Any] = {
        "application/json": {"schema": {"$ref": "#/components/schemas/JobTarget"}},
        "text/html": {"schema": {"type": "string"}},
        "text/plain": {"schema": {"type": "string"}},
    }
    return {
        "operationId": "readJob",
        "summary": "Read a job description: what it asks for, at which level",
        "description": "A multipart upload (`job`, or a `text` field) or a JSON body. The "
        "answer (JSON by default) is what `skillgap job` prints; saved, it can be sent back as "
        "the `job` of POST /v1/analyze.",
        "parameters": [
            {
                "name": "format",
                "in": "query",
                "required": False,
                "schema": {"enum": list(JOB_FORMATS)},
            }
        ],
        "requestBody": {
            "required": True,
            "content": {
                "multipart/form-data": {"schema": form},
                "application/json": {"schema": {"$ref": "#/components/schemas/JobText"}},
            },
        },
        "responses": {
            "200": {"description": "What the job asks for", "content": content},
            **_errors("400", "401", "413", "415", "422", "503", "504"),
        },
    }
