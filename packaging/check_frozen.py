"""Build the frozen app and check it like the source tree: smoke, engine, sizes, start-up.

    .venv/bin/python packaging/check_frozen.py            build, then check (about 3 minutes here)
    .venv/bin/python packaging/check_frozen.py --no-build check the existing dist/ build
    .venv/bin/python packaging/check_frozen.py --runs 5   more start-up runs for steadier medians

Steps, in one run:
1. `pyinstaller build.spec` (needs `pip install -e '.[build]'`).
2. `kefu-desk --demo --smoke --json` from the bundle, offscreen, must exit 0, with a snapshot of the
   install folder before and after: the app must not write a single file into it (jieba's cache,
   the engine's files, Python bytecode, logs all belong in the per-user folders).
3. `kefu-desk nlp eval FILE --json` from the bundle: the engine and its cold-load probe work frozen.
4. Sizes: the onedir folder (KefuDesk.app on macOS; budget 200 MB) and a tar.gz of it (the
   installer proxy, budget 90 MB; Inno Setup's LZMA2 and the dmg's zlib-9 come out smaller).
5. Start-up: the smoke's `startup_s` (window on screen) and `ready_s` (demo shop up, workspace
   logged in and synced), frozen and from source, after one warm-up run of each, interleaved in the
   same run; medians and the frozen/source ratio (budget 1.5x). Timings are printed, never asserted.

Exit code 1 when the build, a smoke, the eval or a size budget fails, or the bundle wrote into itself.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
# What ships: the onedir folder (Windows installer, Linux archive), or the .app on macOS.
ONEDIR = DIST / "KefuDesk.app" if sys.platform == "darwin" else DIST / "kefu-desk"
ONEDIR_BUDGET_MB = 200.0
ARCHIVE_BUDGET_MB = 90.0
START_RATIO_BUDGET = 1.5
EVAL_FILE = ROOT / "resources" / "nlp" / "data" / "dev" / "dev_1.jsonl"
MB = 1024 * 1024


def frozen_executable() -> Path:
    """The bundle's console executable (on Windows the windowed one has no stdout)."""
    if sys.platform == "win32":
        return ONEDIR / "kefu-desk-cli.exe"
    if sys.platform == "darwin":
        return ONEDIR / "Contents" / "MacOS" / "kefu-desk"
    return ONEDIR / "kefu-desk"


def build() -> float:
    """Run PyInstaller on build.spec; returns the seconds it took."""
    t0 = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "build.spec"],
        cwd=ROOT,
        check=True,
    )
    return time.perf_counter() - t0


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every path under `folder` with its size and modification time (symlinks not followed)."""
    found: dict[str, tuple[int, int]] = {}
    for path in folder.rglob("*"):
        info = path.lstat()
        found[path.relative_to(folder).as_posix()] = (info.st_size, info.st_mtime_ns)
    return found


def folder_mb(folder: Path) -> float:
    """Bytes of the files under `folder` (symlinks counted as links), in MiB."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink()) / MB


def archive_mb(folder: Path) -> float:
    """Size of a tar.gz of `folder` (gzip level 6, as `tar czf`), in MiB."""
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "kefu-desk.tar.gz"
        with tarfile.open(target, "w:gz", compresslevel=6) as tar:
            tar.add(folder, arcname=folder.name)
        return target.stat().st_size / MB


def run_json(command: list[str], data_dir: Path, timeout: float = 180) -> dict[str, float]:
    """Run a command that prints one JSON line last; fail loudly with its output otherwise."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KEFUDESK_DATA_DIR": str(data_dir)}
    out = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env, timeout=timeout)
    if out.returncode != 0:
        raise RuntimeError(
            f"{' '.join(command)} exited {out.returncode}\n--- stdout\n{out.stdout}\n--- stderr\n{out.stderr}"
        )
    return json.loads(out.stdout.strip().splitlines()[-1])


def smoke(command: list[str]) -> dict[str, float]:
    """One `--demo --smoke --json` run with a throwaway data folder."""
    with tempfile.TemporaryDirectory(prefix="kefu-smoke-") as data_dir:
        return run_json([*command, "--demo", "--smoke", "--json"], Path(data_dir))


def main(argv: list[str] | None = None) -> int:
    """Build (unless --no-build), check, print the figures; returns the exit code."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--no-build", action="store_true", help="check the existing build in dist/")
    parser.add_argument("--runs", type=int, default=3, help="start-up runs of each (frozen, source)")
    args = parser.parse_args(argv)

    failures: list[str] = []
    build_s = build() if not args.no_build else None
    exe = frozen_executable()
    if not exe.exists():
        print(f"error: {exe} not found; build it first (drop --no-build)", file=sys.stderr)
        return 1

    # 2. The frozen smoke, with the install folder watched.
    before = snapshot(ONEDIR)
    smoke([str(exe)])  # also warms the file cache for the timed runs below
    after = snapshot(ONEDIR)
    changed = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
    if changed:
        failures.append(f"the frozen app wrote into its install folder: {changed[:10]}")

    # 3. The engine's command line, frozen.
    with tempfile.TemporaryDirectory(prefix="kefu-eval-") as data_dir:
        engine = run_json([str(exe), "nlp", "eval", str(EVAL_FILE), "--json"], Path(data_dir))

    # 4. Sizes.
    onedir = folder_mb(ONEDIR)
    archive = archive_mb(ONEDIR)
    if onedir > ONEDIR_BUDGET_MB:
        failures.append(f"onedir {onedir:.1f} MB > {ONEDIR_BUDGET_MB:.0f} MB")
    if archive > ARCHIVE_BUDGET_MB:
        failures.append(f"archive {archive:.1f} MB > {ARCHIVE_BUDGET_MB:.0f} MB")

    # 5. Start-up: one untimed source run to warm its caches, then both interleaved so they see the
    # same machine load.
    smoke([sys.executable, "-m", "app"])
    frozen_runs: list[dict[str, float]] = []
    source_runs: list[dict[str, float]] = []
    for _ in range(args.runs):
        frozen_runs.append(smoke([str(exe)]))
        source_runs.append(smoke([sys.executable, "-m", "app"]))

    def median(runs: list[dict[str, float]], key: str) -> float:
        return statistics.median(r[key] for r in runs)

    figures = {
        "build_s": round(build_s, 1) if build_s is not None else None,
        "onedir_mb": round(onedir, 1),
        "archive_tar_gz_mb": round(archive, 1),
        "runs": args.runs,
        "frozen_startup_s": median(frozen_runs, "startup_s"),
        "source_startup_s": median(source_runs, "startup_s"),
        "frozen_ready_s": median(frozen_runs, "ready_s"),
        "source_ready_s": median(source_runs, "ready_s"),
        "frozen_rss_mb": median(frozen_runs, "rss_mb"),
        "source_rss_mb": median(source_runs, "rss_mb"),
        "frozen_engine_load_s": engine["load_seconds"],
        "frozen_engine_accuracy": engine["intent_accuracy"],
        "install_folder_unchanged": not changed,
    }
    figures["startup_ratio"] = round(figures["frozen_startup_s"] / figures["source_startup_s"], 2)
    figures["ready_ratio"] = round(figures["frozen_ready_s"] / figures["source_ready_s"], 2)

    def verdict(ok: bool) -> str:
        return "ok" if ok else "OVER BUDGET"

    print(f"frozen smoke: exit 0; install folder unchanged: {not changed}")
    print(f"frozen engine: load {engine['load_seconds']:.3f} s, accuracy {engine['intent_accuracy']:.3f}")
    print(
        f"onedir size:  {onedir:6.1f} MB  (budget {ONEDIR_BUDGET_MB:.0f})  {verdict(onedir <= ONEDIR_BUDGET_MB)}"
    )
    print(
        f"tar.gz size:  {archive:6.1f} MB  (budget {ARCHIVE_BUDGET_MB:.0f})  {verdict(archive <= ARCHIVE_BUDGET_MB)}"
    )
    for key in ("startup", "ready"):
        ratio = figures[f"{key}_ratio"]
        print(
            f"{key:7s} (median of {args.runs}): frozen {figures[f'frozen_{key}_s']:.3f} s, "
            f"source {figures[f'source_{key}_s']:.3f} s, ratio {ratio:.2f}x "
            f"(budget {START_RATIO_BUDGET}x)  {verdict(ratio <= START_RATIO_BUDGET)}"
        )
    print(json.dumps(figures))
    for failure in failures:
        print(f"FAILED: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
