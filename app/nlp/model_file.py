"""The engine's model file: one marshal blob with tables, vocabulary and float32 weights.

marshal loads plain dicts of strings ~10x faster than JSON, which keeps the cold load well
inside its 0.5 s budget. The file is data only (no code objects) and carries a format number.
"""

from __future__ import annotations

import marshal
import os
import tempfile
from pathlib import Path
from typing import Any

FORMAT = 2
MAGIC = "kefudesk-intent-engine"


class ModelFileError(RuntimeError):
    """The model file is missing, damaged or from another format version."""


def save(path: Path, blob: dict[str, Any]) -> None:
    """Write atomically: a crash mid-write leaves the previous model in place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = marshal.dumps({"magic": MAGIC, "format": FORMAT, **blob})
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load(path: Path) -> dict[str, Any]:
    """Read a model file or raise ModelFileError saying what is wrong."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ModelFileError(f"cannot read model {path}: {exc.strerror}") from None
    try:
        blob = marshal.loads(data)
    except (EOFError, ValueError, TypeError) as exc:
        raise ModelFileError(f"model {path} is damaged ({exc})") from None
    if not isinstance(blob, dict) or blob.get("magic") != MAGIC:
        raise ModelFileError(f"{path} is not a KefuDesk engine model")
    if blob.get("format") != FORMAT:
        raise ModelFileError(f"model {path} has format {blob.get('format')}, expected {FORMAT}; retrain it")
    return blob
