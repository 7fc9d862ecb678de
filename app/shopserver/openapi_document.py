"""The OpenAPI document the server publishes, and the committed copy in resources/api/.

Regenerate the committed copy after changing routes or wire models:

    python -m app.shopserver --export-openapi resources/api/openapi.json
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.config import resource_path
from app.shopserver.app_factory import create_app
from app.shopserver.settings import ServerSettings


def committed_openapi_path() -> Path:
    """Where the committed document lives."""
    return resource_path("api", "openapi.json")


def served_openapi() -> dict[str, Any]:
    """The document a server built from this source tree serves at /openapi.json."""
    app = create_app(ServerSettings(db_url="sqlite://"), analyzer=_NoEngine())
    return app.openapi()


def render(document: dict[str, Any]) -> str:
    """The committed text form: sorted keys, two-space indent, UTF-8, trailing newline."""
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def export(path: str) -> None:
    """Write the served document to `path` ('-' for stdout)."""
    text = render(served_openapi())
    if path == "-":
        print(text, end="")
        return
    Path(path).write_text(text, encoding="utf-8")


class _NoEngine:
    """The document does not depend on the engine; never load it for an export."""

    def analyze(self, text: str) -> Any:
        """Never called."""
        raise RuntimeError("no engine in the OpenAPI export")
