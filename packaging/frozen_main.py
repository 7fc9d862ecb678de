"""The entry script of the frozen app (build.spec): one executable, a few commands.

    kefu-desk [options]               the desktop app, exactly as `python -m app` (app.cli)
    kefu-desk nlp classify|eval ...   the intent engine's command line (`python -m app.nlp`)
    kefu-desk server [options]        the reference shop server for a trial (`python -m app.shopserver`)
    kefu-desk --engine-load-probe [MODEL]   hidden: the engine's cold-load probe used by `nlp eval`

A frozen executable has no `python -c` or `-m`, so the engine's cold-load timing and the two other
command lines are reached through this dispatch. Training (`nlp train`) and the naive twin of
`nlp bench` need jieba's dictionary and snownlp, which the bundle leaves out: they say so.
"""

from __future__ import annotations

import os
import sys

TRAINING_ONLY = ("train", "bench")


def _ensure_streams() -> None:
    """A windowed Windows executable has no stdout/stderr; give prints somewhere to go."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


def main(argv: list[str]) -> int:
    """Dispatch on the first argument; returns the exit code."""
    _ensure_streams()
    command = argv[0] if argv else ""
    if command == "--engine-load-probe":
        # Checked before anything else is imported: the probe times the engine's own imports.
        from app.nlp.coldload import engine_probe

        engine_probe(argv[1] if len(argv) > 1 else None)
        return 0
    if command == "nlp":
        if len(argv) > 1 and argv[1] in TRAINING_ONLY:
            print(
                f"error: `nlp {argv[1]}` needs jieba's dictionary and snownlp, which the installed app "
                "does not carry; run it from a source checkout (`python -m app.nlp`).",
                file=sys.stderr,
            )
            return 2
        from app.nlp.__main__ import main as nlp_main

        return nlp_main(argv[1:])
    if command == "server":
        from app.shopserver.__main__ import main as server_main

        return server_main(argv[1:])
    from app.cli import main as app_main

    return app_main(argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
