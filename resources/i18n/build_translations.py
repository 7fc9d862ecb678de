"""Refresh the `.ts` sources from app/ui and compile the `.qm` files the app loads.

    .venv/bin/python resources/i18n/build_translations.py          # lupdate + lrelease
    .venv/bin/python resources/i18n/build_translations.py --check  # exit 1 if a zh_CN text is untranslated
    .venv/bin/python resources/i18n/build_translations.py --zh "Send=发送"   # translate a text, then build

The English sources are the strings in the code; `kefudesk_en.ts` repeats them (so English is
"finished"), `kefudesk_zh_CN.ts` holds the Chinese (edit it with pyside6-linguist, or by hand).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGUAGES = ("zh_CN", "en")


def _tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (it ships with PySide6)")
    return found


def untranslated(ts_file: Path) -> list[str]:
    """Source texts of a .ts file without a finished translation."""
    missing = []
    for message in ET.parse(ts_file).iter("message"):
        translation = message.find("translation")
        if translation is None or not translation.text or translation.get("type") == "unfinished":
            if translation is None or translation.get("type") != "obsolete":
                missing.append(message.findtext("source") or "")
    return missing


def known_translations(ts_file: Path) -> dict[str, str]:
    """Finished translations by source text (any context)."""
    known: dict[str, str] = {}
    for message in ET.parse(ts_file).iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.text and translation.get("type") not in ("unfinished", "obsolete"):
            known.setdefault(message.findtext("source") or "", translation.text)
    return known


def reuse_translations(ts_file: Path, known: dict[str, str]) -> int:
    """Fill unfinished texts whose source was translated before, maybe in another class (code
    moved between widgets keeps its translation); returns how many were filled."""
    tree = ET.parse(ts_file)
    filled = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is not None and translation.get("type") == "unfinished" and source in known:
            translation.text = known[source]
            translation.attrib.pop("type", None)
            filled += 1
    if filled:
        tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return filled


def set_translations(ts_file: Path, pairs: list[str]) -> None:
    """`--zh "source=译文"`: finish these texts of a .ts file (every context that has them)."""
    wanted = dict(pair.split("=", 1) for pair in pairs)
    tree = ET.parse(ts_file)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if source in wanted and translation is not None:
            translation.text = wanted[source]
            translation.attrib.pop("type", None)
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)


def english_is_source(ts_file: Path) -> None:
    """In the English file every translation is its source text."""
    tree = ET.parse(ts_file)
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") != "obsolete":
            translation.text = message.findtext("source")
            translation.attrib.pop("type", None)
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)


def main() -> int:
    """Update, then compile (or only check)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--zh", action="append", default=[], metavar="SOURCE=译文", help="translate a text")
    args = parser.parse_args()
    ts_files = [HERE / f"kefudesk_{code}.ts" for code in LANGUAGES]
    if args.check:
        missing = untranslated(ts_files[0])
        for text in missing:
            print("untranslated:", text)
        return 1 if missing else 0
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app" / "ui").rglob("*.py"))
    known = known_translations(ts_files[0])
    subprocess.run([_tool("pyside6-lupdate"), "-no-obsolete", *sources, "-ts", *map(str, ts_files)], cwd=ROOT, check=True)
    reuse_translations(ts_files[0], known)
    if args.zh:
        set_translations(ts_files[0], args.zh)
    english_is_source(ts_files[1])
    for ts_file in ts_files:
        subprocess.run([_tool("pyside6-lrelease"), str(ts_file), "-qm", str(ts_file.with_suffix(".qm"))], check=True)
    missing = untranslated(ts_files[0])
    if missing:
        print(f"{len(missing)} zh_CN texts are untranslated (see --check)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
