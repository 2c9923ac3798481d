#!/usr/bin/env bash
# Builds the sdist and, from it, the wheel; installs the wheel into a fresh virtual environment
# outside the checkout and walks a short journey against that install with temporary data
# directories: demo, both PDFs, export, import into a new data directory, the caseload template.
# Every step checks what it produced, not only the exit code.
#
#   bash .ci/wheel-journey.sh          (from anywhere; uses .venv/bin/python to build)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config"
unset PYTHONPATH JBN_SELFSCAN_DATA_DIR
mkdir -p "$HOME"

fail() { echo "wheel-journey: FOUT: $*" >&2; exit 1; }
step() { echo "wheel-journey: $*"; }
contains() { grep -qF -- "$2" <<<"$1" || fail "expected '$2' in: $1"; }
is_pdf() {
  [ -s "$1" ] || fail "$1 is missing or empty"
  [ "$(head -c 5 "$1")" = "%PDF-" ] || fail "$1 does not start with %PDF-"
  grep -q DejaVuSans <<<"$(pdffonts "$1")" || fail "$1 does not embed the shipped DejaVu fonts"
  grep -q Caseloadgesprek <<<"$(pdftotext "$1" -)" || fail "$1 has no text 'Caseloadgesprek'"
}

step "build the sdist, then the wheel from it, from a clean copy of the source files"
# A copy of the files git knows (tracked, or new and not ignored): the egg-info an editable
# install leaves in the checkout would otherwise smuggle files into the sdist.
mkdir "$WORK/src"
(cd "$ROOT" && git ls-files -z --cached --others --exclude-standard \
  | tar --null --files-from=- --ignore-failed-read -cf - 2>/dev/null) | tar -xf - -C "$WORK/src"
"$ROOT/.venv/bin/python" -m build --outdir "$WORK/dist" "$WORK/src" >"$WORK/build.log" 2>&1 \
  || { cat "$WORK/build.log" >&2; fail "build failed"; }
WHEEL="$(ls "$WORK"/dist/*.whl)"
SDIST="$(ls "$WORK"/dist/*.tar.gz)"
wheel_files="$(unzip -Z1 "$WHEEL")"
sdist_files="$(tar tzf "$SDIST")"
for name in caseload-sjabloon.csv caseload-sjabloon.xlsx fonts/DejaVuSans.ttf \
  fonts/DejaVuSans-Bold.ttf fonts/LICENSE; do
  grep -q "jbn_selfscan/assets/$name\$" <<<"$wheel_files" || fail "wheel lacks assets/$name"
  grep -q "jbn_selfscan/assets/$name\$" <<<"$sdist_files" || fail "sdist lacks assets/$name"
done

step "install the wheel into a fresh virtual environment outside the checkout"
cd "$WORK"
python3 -m venv "$WORK/venv"
"$WORK/venv/bin/python" -m pip install -q "$WHEEL" 2>&1 | grep -v '^WARNING: Location' || true
PY="$WORK/venv/bin/python"
location="$("$PY" -c 'import jbn_selfscan; print(jbn_selfscan.__file__)')"
case "$location" in
  "$WORK/venv/"*) ;;
  *) fail "jbn_selfscan imported from $location, not from the fresh install" ;;
esac
APP="$WORK/venv/bin/jbn-selfscan"
A=(--data-dir "$WORK/data")
B=(--data-dir "$WORK/data-new")

step "demo --no-gui"
out="$("$APP" "${A[@]}" demo --no-gui)"
contains "$out" "Demogegevens gemaakt"
[ -f "$WORK/data/zelfscan.sqlite3" ] || fail "no database in the data directory"
signed="$("$APP" "${A[@]}" gesprekken --json | "$PY" -c '
import json, sys
rows = json.load(sys.stdin)
print(next(r["id"] for r in rows if r["status"] == "getekend"))')"

step "pdf (personeelsdossier and werkversie) of gesprek $signed"
out="$("$APP" "${A[@]}" pdf "$signed" -o "$WORK/dossier.pdf")"
contains "$out" "gemaakt"
is_pdf "$WORK/dossier.pdf"
"$APP" "${A[@]}" pdf "$signed" --werkversie -o "$WORK/werk.pdf" >/dev/null
is_pdf "$WORK/werk.pdf"
cmp -s "$WORK/dossier.pdf" "$WORK/werk.pdf" && fail "both PDF versions are identical"

step "export gesprek $signed and import it into a new data directory"
"$APP" "${A[@]}" export "$signed" -o "$WORK/gesprek.json" >/dev/null
uid="$("$PY" -c '
import json, sys
document = json.load(open(sys.argv[1], encoding="utf-8"))
assert document["format"] == "jbn-selfscan-caseloadgesprek", document["format"]
print(document["gesprek"]["uid"])' "$WORK/gesprek.json")" || fail "the export is not a caseloadgesprek file"
out="$("$APP" "${B[@]}" import "$WORK/gesprek.json")"
contains "$out" "ingelezen"
contains "$out" "getekend"
listed="$("$APP" "${B[@]}" gesprekken --json)"
"$PY" -c '
import json, sys
rows = json.loads(sys.argv[1])
assert len(rows) == 1 and rows[0]["status"] == "getekend", rows' "$listed" \
  || fail "the new data directory does not hold the imported gesprek"
contains "$listed" "$uid"

step "sjabloon -o (xlsx and csv), then import-caseload of the saved template"
for ext in xlsx csv; do
  out="$("$APP" "${B[@]}" sjabloon -o "$WORK/sjabloon.$ext")"
  contains "$out" "Sjabloon opgeslagen"
  cmp -s "$WORK/sjabloon.$ext" "$ROOT/jbn_selfscan/assets/caseload-sjabloon.$ext" \
    || fail "saved sjabloon.$ext differs from the shipped template"
done
out="$("$APP" --data-dir "$WORK/data-template" import-caseload "$WORK/sjabloon.xlsx")"
contains "$out" "1 cliënt geïmporteerd"

step "klaar: the installed wheel passed the journey"
