#!/bin/bash
# Regenerate every PDF of the dev split from its hand-written source.
#
#   corpus/dev/pdf-src/chromium/NAME.src.html    -> corpus/dev/pdf/chromium/NAME.pdf             (Chromium, Skia/PDF)
#   corpus/dev/pdf-src/libreoffice/NAME.src.fodt -> corpus/dev/pdf/libreoffice/NAME.pdf          (LibreOffice 7.4)
#   corpus/dev/pdf-src/groff/NAME.src.ms         -> corpus/dev/pdf/ghostscript-groff/NAME.pdf    (groff -ms -Tps, ps2pdf)
#   corpus/dev/pdf-src/enscript/NAME.src.txt     -> corpus/dev/pdf/ghostscript-enscript/NAME.pdf (enscript, ps2pdf)
#
# The gold files (NAME.gold.json) live beside the PDFs and are not touched.
# Needs: chromium, libreoffice-writer-nogui, fonts-liberation2, groff, enscript, ghostscript, poppler-utils.
# Usage: corpus/dev/make-pdfs.sh [NAME...]   (no names: rebuild everything)
set -euo pipefail
DEV=$(cd "$(dirname "$0")" && pwd)
SRC=$DEV/pdf-src
OUT=$DEV/pdf
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export SOURCE_DATE_EPOCH=1700000000

want() { # build only the names given on the command line, if any
  [ $# -eq 0 ] && return 0
  local n; for n in "${ARGS[@]}"; do [ "$n" = "$1" ] && return 0; done; return 1
}
ARGS=("$@")
pick() { [ ${#ARGS[@]} -eq 0 ] || want "$1"; }

# --- Chromium -------------------------------------------------------------
for f in "$SRC"/chromium/*.src.html; do
  [ -e "$f" ] || continue
  name=$(basename "$f" .src.html); pick "$name" || continue
  prof=$(mktemp -d "$TMP/chromium.XXXX")
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$prof" --no-pdf-header-footer \
    --print-to-pdf="$OUT/chromium/$name.pdf" "file://$f" >"$TMP/chromium.log" 2>&1 &
  wait $!    # Chromium leaves zombie children behind; wait for the browser itself
  rm -rf "$prof"
  echo "chromium     $name.pdf"
done
wait

# --- LibreOffice ----------------------------------------------------------
for f in "$SRC"/libreoffice/*.src.fodt; do
  [ -e "$f" ] || continue
  name=$(basename "$f" .src.fodt); pick "$name" || continue
  mkdir -p "$TMP/lo"
  HOME="$TMP/lohome" soffice --headless --convert-to pdf --outdir "$TMP/lo" "$f" >"$TMP/lo.log" 2>&1
  mv "$TMP/lo/$name.src.pdf" "$OUT/libreoffice/$name.pdf"
  echo "libreoffice  $name.pdf"
done

# --- Ghostscript via groff -ms (two passes: the second knows the page count) ---
for f in "$SRC"/groff/*.src.ms; do
  [ -e "$f" ] || continue
  name=$(basename "$f" .src.ms); pick "$name" || continue
  groff -t -ms -K utf8 -Tps -rTP=0 "$f" >"$TMP/g.ps"
  pages=$(grep -c '^%%Page:' "$TMP/g.ps")
  groff -t -ms -K utf8 -Tps -rTP="$pages" "$f" >"$TMP/g.ps"
  ps2pdf "$TMP/g.ps" "$OUT/ghostscript-groff/$name.pdf"
  echo "groff        $name.pdf ($pages pages)"
done

# --- Ghostscript via enscript ----------------------------------------------
# The first line of each source is "%% header=LEFT|CENTRE|RIGHT" (the running header printed on every page;
# $% = page number, $= = page count); the rest is the page text, pre-wrapped at 76 columns.
# Sources are UTF-8 and converted to Latin-1 for enscript.
for f in "$SRC"/enscript/*.src.txt; do
  [ -e "$f" ] || continue
  name=$(basename "$f" .src.txt); pick "$name" || continue
  first=$(head -n 1 "$f")
  header=$(sed -n 's/^%% header=\(.*\)$/\1/p' <<<"$first")
  tail -n +2 "$f" | iconv -f UTF-8 -t LATIN1 >"$TMP/e.txt"
  enscript -q -X latin1 -M A4 -f Courier10 -F Courier-Bold10 --margins=54:54:40:40 \
    --header="$header" -o "$TMP/e.ps" "$TMP/e.txt"
  ps2pdf "$TMP/e.ps" "$OUT/ghostscript-enscript/$name.pdf"
  echo "enscript     $name.pdf"
done
