"""The desktop app logs to a file in the per-user log folder, masked like every other handler."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

_LOG_RUN = """
import logging
from app.log_file import configure_logging
from app.store.log_masking import install_log_masking
path = configure_logging("info")
install_log_masking()
logging.getLogger("kefudesk").warning("customer 13812345678 sent 卡密: ABCD1234EFGH5678")
print(path)
"""


def test_log_file_lives_in_the_user_log_folder_and_is_masked(tmp_path: Path) -> None:
    env = {**os.environ, "KEFUDESK_DATA_DIR": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", _LOG_RUN], capture_output=True, text=True, cwd=ROOT, env=env, check=True
    )
    path = Path(out.stdout.strip())
    assert path == tmp_path / "logs" / "kefu-desk.log"
    text = path.read_text(encoding="utf-8")
    assert "138****5678" in text
    assert "13812345678" not in text and "ABCD1234EFGH5678" not in text
    assert "13812345678" not in out.stderr  # the console handler is masked too


def test_logging_left_alone_when_a_host_already_configured_it(tmp_path: Path) -> None:
    code = (
        "import logging, sys; logging.basicConfig(stream=sys.stdout);"
        "from app.log_file import configure_logging; print(configure_logging('debug'));"
        "print(logging.getLogger().level)"
    )
    env = {**os.environ, "KEFUDESK_DATA_DIR": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, check=True
    )
    assert out.stdout.split() == ["None", str(10)]
    assert not (tmp_path / "logs").exists()
