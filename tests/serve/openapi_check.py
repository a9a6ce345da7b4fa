"""Validate response bodies against the service's own /openapi.json."""

from __future__ import annotations

from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

DOCUMENT_URI = "urn:skillgap:openapi"


def validator(document: dict[str, Any], schema: str) -> Draft202012Validator:
    """A validator for `#/components/schemas/<schema>` of the OpenAPI `document`."""
    resource = Resource.from_contents(document, default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource(DOCUMENT_URI, resource)
    reference = {"$ref": f"{DOCUMENT_URI}#/components/schemas/{schema}"}
    return Draft202012Validator(reference, registry=registry)


def assert_matches(document: dict[str, Any], schema: str, body: object) -> None:
    errors = sorted(validator(document, schema).iter_errors(body), key=str)
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]


def response_schema(document: dict[str, Any], path: str, method: str, status: int) -> str:
    """The component a documented response of `path` refers to (for JSON)."""
    responses = document["paths"][path][method]["responses"]
    assert str(status) in responses, f"{method.upper()} {path} does not document {status}"
    ref: str = responses[str(status)]["content"]["application/json"]["schema"]["$ref"]
    return ref.rsplit("/", 1)[1]
