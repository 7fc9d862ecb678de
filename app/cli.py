"""The composition root for `kefu-desk` / `python -m app`: parse arguments, wire the parts, start."""

from __future__ import annotations

import argparse
import sys

from app import __version__


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface of the desktop app."""
    parser = argparse.ArgumentParser(
        prog="kefu-desk",
        description=(
            "KefuDesk: the desktop workbench for customer-service agents of 卡盟 shops. "
            "The intent engine is available now as `python -m app.nlp` "
            "(classify, eval, train, bench)."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the app; returns the process exit code."""
    parser = build_parser()
    parser.parse_args(sys.argv[1:] if argv is None else argv)
    print(
        "The desktop workspace is not part of this build yet.\n"
        'Try the intent engine:  python -m app.nlp classify "卡密废了，我要退款"',
    )
    return 0
