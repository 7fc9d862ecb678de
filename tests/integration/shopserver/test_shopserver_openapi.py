"""The committed OpenAPI document matches the server, and fuzzing it finds no server error."""

from __future__ import annotations

import json
from typing import Any

import httpx
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance
from shopserver_harness import CHANNEL_KEY, Shop

from app.shopserver.openapi_document import committed_openapi_path

# Streams never end, and logging out would end the fuzzing session's own token.
SKIPPED_PATHS = ("/api/v1/events/stream", "/api/v1/auth/logout")
EXAMPLES = {GenerationMode.POSITIVE: 25, GenerationMode.NEGATIVE: 15}


def test_served_document_equals_the_committed_one(shop: Shop) -> None:
    """Regenerate with: python -m app.shopserver --export-openapi resources/api/openapi.json"""
    served = httpx.get(shop.server.url + "/openapi.json", timeout=15).json()
    committed = json.loads(committed_openapi_path().read_text(encoding="utf-8"))
    drift = _differences(served, committed)
    assert drift == [], f"resources/api/openapi.json is stale at {drift[:10]}: regenerate it (see docstring)"


def _differences(a: Any, b: Any, where: str = "") -> list[str]:
    """JSON pointers where two documents differ."""
    if isinstance(a, dict) and isinstance(b, dict):
        out: list[str] = []
        for key in sorted(set(a) | set(b)):
            out += _differences(a.get(key), b.get(key), f"{where}/{key}")
        return out
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        return [
            d for i, (x, y) in enumerate(zip(a, b, strict=True)) for d in _differences(x, y, f"{where}/{i}")
        ]
    return [] if a == b else [where or "/"]


def test_every_operation_documents_json_errors() -> None:
    document = json.loads(committed_openapi_path().read_text(encoding="utf-8"))
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            for status in ("401", "422", "500"):
                ref = operation["responses"][status]["content"]["application/json"]["schema"]["$ref"]
                assert ref.endswith("/ErrorResponse"), (method, path, status)


def _fuzz_operation(
    operation: Any,
    mode: GenerationMode,
    headers: dict[str, str],
    session: requests.Session,
    problems: list[str],
) -> None:
    checks = [not_a_server_error]
    if mode is GenerationMode.POSITIVE:
        checks += [status_code_conformance, response_schema_conformance]

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=EXAMPLES[mode],
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    def run(case: Any) -> None:
        if operation.path == "/api/v1/events":
            case.query = {**(case.query or {}), "wait": 0}  # keep long-polls short
        response = case.call(headers=headers, session=session, timeout=15)
        try:
            case.validate_response(response, checks=checks, headers=headers)
        except Exception as failure:  # collect every finding instead of shrinking one
            problems.append(f"{mode.value} {operation.label}: {response.status_code} {failure}"[:600])

    run()


def _fuzz(shop: Shop, headers: dict[str, str]) -> list[str]:
    schema = schemathesis.openapi.from_path(str(committed_openapi_path()))
    schema.config.update(base_url=shop.server.url)
    session = requests.Session()
    problems: list[str] = []
    for result in schema.get_all_operations():
        operation = result.ok()
        if operation.path in SKIPPED_PATHS:
            continue
        for mode in EXAMPLES:
            _fuzz_operation(operation, mode, headers, session, problems)
    return problems


def test_fuzzing_the_committed_document_finds_no_server_error(shop: Shop) -> None:
    supervisor = shop.login("sup01")
    headers = {"Authorization": f"Bearer {supervisor.token}", "X-Channel-Key": CHANNEL_KEY}
    problems = _fuzz(shop, headers)
    assert problems == [], "\n".join(problems[:20])
