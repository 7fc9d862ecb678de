#!/usr/bin/env bash
# Set up a development environment on Debian/Ubuntu: the system libraries Qt needs (when we may
# install them), a virtualenv in .venv and the project in editable mode.
#   bash packaging/bootstrap.sh          runtime only
#   bash packaging/bootstrap.sh --test   plus test tools and the PostgreSQL server the server suite starts
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-}"
# Qt's xcb/offscreen platforms load these at run time; fonts-noto-cjk draws the Chinese UI.
pkgs=(python3-venv libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6
      libdbus-1-3 libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
      libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0 fonts-noto-cjk)
if [ "$mode" = "--test" ]; then
    pkgs+=(postgresql)
fi

if command -v apt-get >/dev/null 2>&1; then
    missing=()
    for p in "${pkgs[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        if [ "$(id -u)" = 0 ]; then sudo=(); elif command -v sudo >/dev/null 2>&1; then sudo=(sudo); else sudo=(none); fi
        if [ "${sudo[0]:-}" = none ]; then
            echo "warning: cannot install ${missing[*]} (not root, no sudo); Qt may fail to start." >&2
        else
            echo "installing system packages: ${missing[*]}" >&2
            "${sudo[@]}" apt-get update -qq
            DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
        fi
    fi
else
    echo "note: not a Debian/Ubuntu system; install Qt's libraries (EGL, xkbcommon, fontconfig) yourself." >&2
fi

python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
    echo "error: KefuDesk needs Python 3.11 or newer (found $(python3 --version 2>&1))." >&2; exit 1; }
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
if [ "$mode" = "--test" ]; then
    .venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'
else
    .venv/bin/python -m pip install -q --disable-pip-version-check -e .
fi
