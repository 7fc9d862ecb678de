"""Data flows one way (STYLE.md): each layer imports only the layers below it, and only the UI imports Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[2] / "app"
QT_MODULES = ("PySide6", "qasync", "shiboken6")
# layer -> app packages it may import (besides itself)
ALLOWED: dict[str, set[str]] = {
    "domain": set(),
    "protocol": {"domain"},
    "nlp": {"domain", "config"},
    "store": {"domain", "config"},
    "sync": {"domain", "protocol", "store", "config"},
    "services": {"domain", "nlp", "store", "sync", "config"},
    "ui": {"domain", "services", "config"},
    "shopserver": {"domain", "protocol", "nlp", "config"},
}


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def _modules() -> list[Path]:
    return sorted(p for p in APP.rglob("*.py") if "migrations" not in p.parts or p.name != "env.py")


def test_there_are_modules_to_check() -> None:
    assert len(_modules()) > 10


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(APP)))
def test_module_respects_layers(path: Path) -> None:
    rel = path.relative_to(APP)
    layer = rel.parts[0] if len(rel.parts) > 1 else None
    for name in _imports(path):
        top = name.split(".")[0]
        if top in QT_MODULES:
            assert layer == "ui" or rel.name in ("cli.py", "__main__.py"), f"{rel} imports {name}"
        if top == "app" and layer in ALLOWED:
            parts = name.split(".")
            target = parts[1] if len(parts) > 1 else ""
            assert target == layer or target in ALLOWED[layer], f"{rel} ({layer}) imports {name}"
