#!/usr/bin/env bash
# The release, as far as it can be proven on Linux (issue: release bundle for Windows laptops):
#   1. installer/build.sh builds the wheel and the PyInstaller bundle dist/jbn-selfscan/;
#   2. the bundle's --self-test passes offscreen with a fresh home directory;
#   3. makensis compiles the Windows installer script against a stand-in payload;
#   4. every dependency in pyproject.toml resolves to a Windows wheel for Python 3.11.
# Prints the bundle size and the time of each step.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
VERSION="$(.venv/bin/python -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
fail() { echo "release-checks: FOUT: $*" >&2; exit 1; }

start=$SECONDS
bash installer/build.sh
build_time=$((SECONDS - start))
size="$(du -sh dist/jbn-selfscan | cut -f1)"

start=$SECONDS
mkdir -p "$WORK/home"
(cd "$WORK" && env -i PATH=/usr/bin:/bin HOME="$WORK/home" LANG=C.UTF-8 \
  "$ROOT/dist/jbn-selfscan/jbn-selfscan" --self-test) | tee "$WORK/self-test.txt"
grep -qx "Zelftest geslaagd." "$WORK/self-test.txt" || fail "the bundle's self-test failed"
[ -z "$(ls -A "$WORK/home")" ] || fail "the self-test wrote into the home directory"
self_test_time=$((SECONDS - start))

start=$SECONDS
# Stand-in payload with the file names the real Windows bundle has.
mkdir -p "$WORK/payload/_internal"
echo "stand-in" >"$WORK/payload/JBN Zelfscan.exe"
echo "stand-in" >"$WORK/payload/jbn-selfscan.exe"
echo "stand-in" >"$WORK/payload/_internal/stand-in.txt"
makensis -V2 -DVERSION="$VERSION" -DPAYLOAD="$WORK/payload" -DOUTDIR="$WORK" \
  installer/jbn-selfscan.nsi
[ -s "$WORK/JBN-Zelfscan-$VERSION-setup.exe" ] || fail "makensis made no installer"
nsis_time=$((SECONDS - start))

start=$SECONDS
mapfile -t DEPENDENCIES < <(.venv/bin/python -c '
import tomllib
for dep in tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]:
    print(dep)')
.venv/bin/python -m pip download -q --only-binary=:all: --platform win_amd64 \
  --python-version 3.11 --implementation cp --dest "$WORK/win-wheels" "${DEPENDENCIES[@]}" \
  2>&1 | grep -v '^WARNING: Location' || true
for dep in PySide6_Essentials SQLAlchemy alembic pydantic reportlab platformdirs holidays \
  openpyxl jsonschema PyYAML cryptography; do
  ls "$WORK/win-wheels" | grep -qi "^${dep}-" || fail "no Windows wheel for $dep"
done
wheels="$(ls "$WORK/win-wheels" | wc -l)"
download_time=$((SECONDS - start))

echo "release-checks: bundle $size, built in $build_time s; self-test $self_test_time s;" \
  "makensis $nsis_time s; $wheels Windows wheels resolved in $download_time s"
