"""Cold-load timing in fresh processes: the engine, and the naive jieba + snownlp load as its twin."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

# Each probe times from before its first import to a ready engine, inside a fresh interpreter.
_ENGINE_PROBE = (
    "import time; t=time.perf_counter(); from app.nlp.engine import load_engine; "
    "e=load_engine({path}); e.analyze('在吗'); print(time.perf_counter()-t)"
)
_NAIVE_PROBE = (
    "import time; t=time.perf_counter(); import jieba; jieba.setLogLevel(60); jieba.initialize(); "
    "from snownlp import SnowNLP; print(time.perf_counter()-t)"
)


def _run(code: str) -> float:
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root, env=env
    )
    return float(out.stdout.strip().splitlines()[-1])


def engine_load_seconds(model: Path | None = None, runs: int = 1) -> float:
    """Median seconds to import and load the engine and analyse one message, in fresh processes."""
    code = _ENGINE_PROBE.format(path=f"__import__('pathlib').Path({json.dumps(str(model))})" if model else "")
    return statistics.median(_run(code) for _ in range(runs))


def naive_load_seconds(runs: int = 1) -> float:
    """Median seconds of `import jieba; jieba.initialize(); from snownlp import SnowNLP`."""
    return statistics.median(_run(_NAIVE_PROBE) for _ in range(runs))
