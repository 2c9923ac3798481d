#!/usr/bin/env bash
# The release build for the current platform: the wheel, then a PyInstaller one-folder bundle
# made from that wheel in dist/jbn-selfscan/ (executable dist/jbn-selfscan/jbn-selfscan, on
# Windows also "JBN Zelfscan.exe" for the Start menu).
#
#   bash installer/build.sh              (Linux; on Windows run it from Git Bash)
#
# Needs Python 3.11 (PYTHON=...) and network or a wheel cache for PyInstaller and the app's
# dependencies. Build files go to build/, the results to dist/ (both ignored by git).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-python3}"
PYINSTALLER_SPEC="pyinstaller>=6.10,<7"
start=$SECONDS

if [ -x "$ROOT/.venv/bin/python" ]; then VENV_BIN="$ROOT/.venv/bin"; else VENV_BIN=""; fi
case "$(uname -s)" in MINGW*|MSYS*|CYGWIN*) BIN=Scripts EXE=.exe ;; *) BIN=bin EXE= ;; esac

echo "build: the wheel"
rm -rf build/wheel dist/jbn-selfscan
mkdir -p build dist
if [ ! -x "build/venv/$BIN/python$EXE" ]; then "$PYTHON" -m venv build/venv; fi
BUILD_PY="build/venv/$BIN/python$EXE"
"$BUILD_PY" -m pip install -q --upgrade pip build "$PYINSTALLER_SPEC"
"$BUILD_PY" -m build --wheel --outdir build/wheel . >build/wheel.log 2>&1 \
  || { cat build/wheel.log >&2; exit 1; }
WHEEL="$(ls build/wheel/*.whl)"
cp "$WHEEL" dist/

echo "build: install the wheel into the build environment"
"$BUILD_PY" -m pip install -q --force-reinstall --no-deps "$WHEEL"
"$BUILD_PY" -m pip install -q "$WHEEL"

echo "build: PyInstaller one-folder bundle"
# From outside the checkout, so the bundle takes jbn_selfscan from the installed wheel.
(cd build && "$ROOT/$BUILD_PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" "$ROOT/installer/jbn_selfscan.spec")

[ -x "dist/jbn-selfscan/jbn-selfscan$EXE" ] || { echo "build: no executable" >&2; exit 1; }
echo "build: dist/jbn-selfscan ($(du -sh dist/jbn-selfscan | cut -f1)) in $((SECONDS - start)) s"
