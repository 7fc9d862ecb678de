"""Everything the app writes goes to per-user folders; the install folder is only read."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import config
from app.nlp.engine import shipped_model_path

ROOT = Path(__file__).resolve().parents[3]

# Runs in a fresh interpreter: load the engine from a copy of the model in a stand-in install
# folder, analyse messages, and report where jieba would put its cache and whether it ever
# initialised (read its 350k-word dictionary, which is what writes the cache).
_ENGINE_RUN = """
import json, sys
from pathlib import Path
import jieba
calls = []
real = jieba.Tokenizer.initialize
def counting(self, *a, **k):
    calls.append(1)
    return real(self, *a, **k)
jieba.Tokenizer.initialize = counting
from app.nlp.engine import load_engine
engine = load_engine(Path(sys.argv[1]))
texts = ["在吗", "订单KM2026112300001234还没到账，充了100元！！", "卡密用不了 怎么回事", "退款" * 500, ""]
labels = [engine.analyze(t).intent.value for t in texts]
print(json.dumps({
    "labels": labels,
    "initialized_calls": len(calls),
    "tokenizer_tmp_dir": engine.pipeline._tokenizer.tmp_dir,
    "default_tmp_dir": jieba.dt.tmp_dir,
}))
"""


def _tree(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        p.relative_to(folder).as_posix(): (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.rglob("*")
    }


def test_per_user_folders_follow_the_data_dir_override(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KEFUDESK_DATA_DIR", str(tmp_path))
    assert config.user_data_dir() == tmp_path
    assert config.user_cache_dir() == tmp_path / "cache"
    assert config.user_log_dir() == tmp_path / "logs"


def test_per_user_folders_default_to_platformdirs_outside_the_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import platformdirs

    monkeypatch.delenv("KEFUDESK_DATA_DIR", raising=False)
    assert config.user_data_dir() == Path(platformdirs.user_data_dir("KefuDesk", "KefuDesk"))
    assert config.user_cache_dir() == Path(platformdirs.user_cache_dir("KefuDesk", "KefuDesk"))
    assert config.user_log_dir() == Path(platformdirs.user_log_dir("KefuDesk", "KefuDesk"))
    install = config.install_root().resolve()
    for folder in (config.user_data_dir(), config.user_cache_dir(), config.user_log_dir()):
        assert not folder.resolve().is_relative_to(install), folder


def test_resources_resolve_inside_a_frozen_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert config.is_frozen()
    assert (
        config.resource_path("nlp", "model", "engine.bin")
        == tmp_path / "resources" / "nlp" / "model" / "engine.bin"
    )


def test_engine_never_writes_into_the_install_folder_and_jieba_caches_per_user(tmp_path: Path) -> None:
    install = tmp_path / "install" / "resources" / "nlp" / "model"
    install.mkdir(parents=True)
    model = install / "engine.bin"
    shutil.copy2(shipped_model_path(), model)
    install.chmod(0o555)  # read-only for a normal user (root ignores it: the snapshot below is the proof)
    temp = tmp_path / "tmp"
    temp.mkdir()
    data = tmp_path / "data"
    before = _tree(tmp_path / "install")
    env = {
        **os.environ,
        "KEFUDESK_DATA_DIR": str(data),
        "TMPDIR": str(temp),
        "TEMP": str(temp),
        "TMP": str(temp),
    }
    try:
        out = subprocess.run(
            [sys.executable, "-c", _ENGINE_RUN, str(model)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
            check=True,
        )
    finally:
        install.chmod(0o755)
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert len(report["labels"]) == 5
    assert report["initialized_calls"] == 0, "jieba loaded its own dictionary (and would write a cache)"
    assert report["tokenizer_tmp_dir"] == str(data / "cache")
    assert report["default_tmp_dir"] == str(data / "cache")
    assert _tree(tmp_path / "install") == before
    assert list(temp.iterdir()) == []
