#!/usr/bin/env bash
# One command for a maintainer on a Mac: build KefuDesk.app, check it, make the (signed) dmg.
#
#   bash packaging/macos/build.sh            [--skip-check]
#
# Needs Python 3.11+ (python.org installer or `brew install python@3.11`) and the Xcode command
# line tools (`xcode-select --install`). Builds for this Mac's architecture (arm64 or x86_64).
# Signing and notarisation: see the environment variables in packaging/macos/make_dmg.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."

PYTHON="${PYTHON:-python3}"
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
    echo "error: KefuDesk needs Python 3.11 or newer ($PYTHON is $("$PYTHON" --version 2>&1))." >&2; exit 1; }
[ -x .venv-build/bin/python ] || "$PYTHON" -m venv .venv-build
.venv-build/bin/python -m pip install -q --upgrade pip
.venv-build/bin/python -m pip install -q -e '.[build]'
.venv-build/bin/python -m PyInstaller --noconfirm --log-level WARN build.spec
if [ "${1:-}" != "--skip-check" ]; then
    .venv-build/bin/python packaging/check_frozen.py --no-build
fi
bash packaging/macos/make_dmg.sh
