#!/usr/bin/env bash
# Installs JBN Zelfscan from this checkout on Debian/Ubuntu: the system libraries Qt needs (also
# for running without a display under xvfb-run), then a virtual environment in .venv with the app
# and its test tools. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
SYSTEM_PACKAGES=(
  python3 python3-venv python3-pip
  # Qt (PySide6) on X11 and offscreen
  libglib2.0-0 libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6
  libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0 libx11-xcb1
  fonts-dejavu-core
  # a virtual screen for machines without a display, and PDF tools used by the tests
  xvfb xauth poppler-utils
  # CI: the test runs with a shifted clock (.ci/faketime-runs); tar/unzip for the wheel journey
  faketime tar unzip
  # CI: compiling the Windows installer script (.ci/release-checks.sh)
  nsis
  # CI: a real Secret Service for the credential-store test (tools/secret_service_session.sh)
  dbus gnome-keyring
)

if command -v apt-get >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${SYSTEM_PACKAGES[@]}" >/dev/null
  else
    echo "Niet als root: sla de systeempakketten over. Installeer ze zo nodig met:" >&2
    echo "  sudo apt-get install ${SYSTEM_PACKAGES[*]}" >&2
  fi
fi

if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'
echo "JBN Zelfscan is geïnstalleerd in $(pwd)/.venv"
