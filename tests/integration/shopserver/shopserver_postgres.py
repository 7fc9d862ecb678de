"""A throwaway PostgreSQL cluster from Debian's binaries: random port, socket in a temp dir.

initdb refuses to run as root, so as root the cluster runs as the `postgres` system user (the
Debian package creates it) in a temp directory it owns. Everything is deleted at the end.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any


def find_postgres_bin() -> Path | None:
    """The newest /usr/lib/postgresql/*/bin holding initdb and postgres, if any."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name or 0))
    for path in reversed(candidates):
        if Path(path, "initdb").exists() and Path(path, "postgres").exists():
            return Path(path)
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class PostgresCluster:
    """A running throwaway cluster."""

    port: int
    base: Path
    process: subprocess.Popen[bytes]

    def url(self, database: str = "postgres") -> str:
        """A SQLAlchemy URL for one database of the cluster."""
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str) -> None:
        """Run one statement outside a transaction (CREATE/DROP DATABASE)."""
        import psycopg

        with psycopg.connect(
            f"postgresql://postgres@127.0.0.1:{self.port}/postgres", autocommit=True
        ) as conn:
            conn.execute(sql)  # type: ignore[arg-type]

    def stop(self) -> None:
        """Fast shutdown and delete the files."""
        self.process.terminate()
        try:
            self.process.wait(15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)
        shutil.rmtree(self.base, ignore_errors=True)


def start_cluster(bindir: Path) -> PostgresCluster:
    """initdb + postgres on a free port; returns once it accepts connections."""
    base = Path(tempfile.mkdtemp(prefix="kefu-pg-"))
    run_as: dict[str, Any] = {}
    if os.geteuid() == 0:
        account = pwd.getpwnam("postgres")
        os.chmod(base, 0o700)
        os.chown(base, account.pw_uid, account.pw_gid)
        run_as = {"user": account.pw_uid, "group": account.pw_gid, "extra_groups": []}
    data = base / "data"
    initdb = [str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8"]
    subprocess.run(
        [*initdb, "--no-locale", "--no-sync"],
        check=True,
        capture_output=True,
        **run_as,
    )
    port = _free_port()
    settings = ["listen_addresses=127.0.0.1", "fsync=off", "synchronous_commit=off", "full_page_writes=off"]
    settings += ["max_connections=400", "shared_buffers=64MB"]
    command = [str(bindir / "postgres"), "-D", str(data), "-p", str(port), "-k", str(base)]
    for setting in settings:
        command += ["-c", setting]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **run_as)
    cluster = PostgresCluster(port=port, base=base, process=process)
    deadline = time.monotonic() + 30
    while True:
        try:
            cluster.admin("SELECT 1")
            return cluster
        except Exception:
            if process.poll() is not None or time.monotonic() > deadline:
                cluster.stop()
                raise RuntimeError("the throwaway PostgreSQL did not start") from None
            time.sleep(0.05)
