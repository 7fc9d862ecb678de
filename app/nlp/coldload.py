"""Cold-load timing in fresh processes: the engine, and the naive jieba + snownlp load as its twin.

From source each probe is `python -c CODE`. The frozen app's executable has no `-c`: it runs the
engine probe through a hidden flag (`kefu-desk --engine-load-probe [MODEL]`, see
packaging/frozen_main.py), which times the same steps in the same fresh-process way.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from app.config import is_frozen

# The frozen executable's hidden probe flag; its entry script checks it before importing the app.
ENGINE_PROBE_FLAG = "--engine-load-probe"

# Each probe times from before its first import to a ready engine, inside a fresh interpreter.
_ENGINE_PROBE = (
    "import time; t=time.perf_counter(); from app.nlp.engine import load_engine; "
    "e=load_engine({path}); e.analyze('在吗'); print(time.perf_counter()-t)"
)
_NAIVE_PROBE = (
    "import time; t=time.perf_counter(); import jieba; jieba.setLogLevel(60); jieba.initialize(); "
    "from snownlp import SnowNLP; print(time.perf_counter()-t)"
)


def _run(command: list[str]) -> float:
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    out = subprocess.run(command, capture_output=True, text=True, check=True, cwd=root, env=env)
    return float(out.stdout.strip().splitlines()[-1])


def engine_probe(model: str | None) -> None:
    """The engine probe inside the frozen app: print seconds from import to one analysed message.

    Called by the frozen entry before anything of the engine is imported, like `_ENGINE_PROBE`."""
    t = time.perf_counter()
    from app.nlp.engine import load_engine

    load_engine(Path(model) if model else None).analyze("在吗")
    print(time.perf_counter() - t)


def engine_load_seconds(model: Path | None = None, runs: int = 1) -> float:
    """Median seconds to import and load the engine and analyse one message, in fresh processes."""
    if is_frozen():
        command = [sys.executable, ENGINE_PROBE_FLAG, *([str(model)] if model else [])]
    else:
        path = f"__import__('pathlib').Path({json.dumps(str(model))})" if model else ""
        command = [sys.executable, "-c", _ENGINE_PROBE.format(path=path)]
    return statistics.median(_run(command) for _ in range(runs))


def naive_load_seconds(runs: int = 1) -> float:
    """Median seconds of `import jieba; jieba.initialize(); from snownlp import SnowNLP`."""
    if is_frozen():
        # snownlp is a training-time tool and is not in the bundle, so its twin cannot run here.
        raise RuntimeError("the naive jieba + snownlp twin runs from a source checkout only")
    return statistics.median(_run([sys.executable, "-c", _NAIVE_PROBE]) for _ in range(runs))
