"""Every error leaves as {"error": {"code", "message", "field"}} — FastAPI's defaults replaced."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.domain.errors import KefuError, TooManyRequests, Unauthorized
from app.protocol.errors import ErrorDetail, ErrorResponse

log = logging.getLogger(__name__)

STATUS_CODES = {
    400: "malformed_body",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "invalid_input",
    429: "too_many_requests",
    500: "internal_error",
}


def error_body(code: str, message: str, field: str | None = None) -> str:
    """The JSON text of an error."""
    return ErrorResponse(error=ErrorDetail(code=code, message=message, field=field)).model_dump_json(
        exclude_none=True
    )


def error_response(
    status: int, code: str, message: str, field: str | None = None, headers: dict[str, str] | None = None
) -> JSONResponse:
    """An error response."""
    content: dict[str, Any] = {"code": code, "message": message}
    if field is not None:
        content["field"] = field
    return JSONResponse({"error": content}, status_code=status, headers=headers)


def kefu_error_response(exc: KefuError) -> JSONResponse:
    """The response for a domain refusal (with Retry-After / WWW-Authenticate where due)."""
    headers: dict[str, str] = {}
    if isinstance(exc, TooManyRequests):
        headers["Retry-After"] = str(exc.retry_after)
    if isinstance(exc, Unauthorized):
        headers["WWW-Authenticate"] = "Bearer"
    return error_response(exc.status, exc.code, exc.message, exc.field, headers or None)


def _field_of(loc: tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc]
    if parts and parts[0] in ("body", "query", "path", "header", "cookie"):
        parts = parts[1:] or parts
    return ".".join(parts)


async def _on_kefu_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, KefuError)
    return kefu_error_response(exc)


async def _on_validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = list(exc.errors())
    if any(e.get("type") == "json_invalid" for e in errors):
        return error_response(400, "malformed_json", "the body is not valid JSON")
    first = errors[0] if errors else {"loc": ("body",), "msg": "invalid input"}
    field = _field_of(tuple(first.get("loc", ("body",))))
    message = f"{field}: {first.get('msg', 'invalid')}"
    return error_response(422, "invalid_input", message, field)


async def _on_http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = STATUS_CODES.get(exc.status_code, "error")
    message = exc.detail if isinstance(exc.detail, str) else code.replace("_", " ")
    return error_response(exc.status_code, code, message, headers=dict(exc.headers or {}) or None)


async def _on_crash(_request: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error", exc_info=exc)
    return error_response(500, "internal_error", "the server failed; the request can be retried")


def install_error_handlers(app: FastAPI) -> None:
    """Replace FastAPI's default error bodies with the contract's shape."""
    app.add_exception_handler(KefuError, _on_kefu_error)
    app.add_exception_handler(RequestValidationError, _on_validation_error)
    app.add_exception_handler(StarletteHTTPException, _on_http_error)
    app.add_exception_handler(Exception, _on_crash)


def _described(description: str) -> dict[str, Any]:
    return {"model": ErrorResponse, "description": description}


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: _described("Malformed JSON or an undecodable body"),
    401: _described("Not logged in, or the token expired"),
    403: _described("Not allowed for this agent"),
    404: _described("No such resource"),
    409: _described("Clashes with the current state, or the same Idempotency-Key is still in flight"),
    413: _described("Body larger than 1 MiB"),
    422: _described(
        "A field is invalid (named in error.field), or an Idempotency-Key reused with another body"
    ),
    429: _described("Too many failed logins; see Retry-After"),
    500: _described("Server failure; retry with backoff"),
}
"""The error statuses every operation documents in the OpenAPI document."""
