#!/bin/bash
# Regenerate every PDF of the framework fixture set from its hand-written source.
#
#   NAME.src.html -> ../frameworks/NAME.pdf   (Chromium --print-to-pdf)
#   NAME.src.fodt -> ../frameworks/NAME.pdf   (LibreOffice --convert-to pdf)
#   NAME.src.ms   -> ../frameworks/NAME.pdf   (groff -t -ms -Tps | ps2pdf)
#   NAME.src.txt  -> ../frameworks/NAME.pdf   (enscript | ps2pdf; first line "%% header=..." is the running header)
#
# The gold files (NAME.gold.json) beside the PDFs describe the printed text and are not touched.
# Needs: chromium, libreoffice-writer-nogui, fonts-liberation2, groff, enscript, ghostscript.
# Usage: corpus/dev/frameworks-src/make-pdfs.sh [NAME...]   (no names: rebuild everything)
set -euo pipefail
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(cd "$SRC/../frameworks" && pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export SOURCE_DATE_EPOCH=1700000000
ARGS=("$@")
pick() { [ ${#ARGS[@]} -eq 0 ] && return 0; local n; for n in "${ARGS[@]}"; do [ "$n" = "$1" ] && return 0; done; return 1; }

for f in "$SRC"/*.src.html; do
  [ -e "$f" ] || continue
  name=$(basename "$f" .src.html); pick "$name" || continue
  prof=$(mktemp -d "$TMP/chromium.XXXX")
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$prof" --no-pdf-header-footer \
    --print-to-pdf="$OUT/$name.pdf" "file://$f" >"$TMP/chromium.log" 2>&1 &
  wait $!    # Chromium leaves zombie children behind; wait for the browser process itself
  rm -rf "$prof"
  echo "chromium     $name.pdf"
done

for f in "$SRC"/*.src.fodt; do
  [ -e "$f" ] || continue
  name=$(basename "$f" .src.fodt); pick "$name" || continue
  mkdir -p "$TMP/lo"
  HOME="$TMP/lohome" soffice --headless --convert-to pdf --outdir "$TMP/lo" "$f" >"$TMP/lo.log" 2>&1
  mv "$TMP/lo/$name.src.pdf" "$OUT/$name.pdf"
  echo "libreoffice  $name.pdf"
done

for f in "$SRC"/*.src.ms; do
  [ -e "$f" ] || continue
  name=$(basename "$f" .src.ms); pick "$name" || continue
  groff -t -ms -K utf8 -Tps "$f" >"$TMP/g.ps"
  ps2pdf "$TMP/g.ps" "$OUT/$name.pdf"
  echo "groff        $name.pdf"
done

for f in "$SRC"/*.src.txt; do
  [ -e "$f" ] || continue
  name=$(basename "$f" .src.txt); pick "$name" || continue
  header=$(head -n 1 "$f" | sed -n 's/^%% header=\(.*\)$/\1/p')
  tail -n +2 "$f" | iconv -f UTF-8 -t LATIN1 >"$TMP/e.txt"
  enscript -q -X latin1 -M A4 -f Courier10 -F Courier-Bold10 --margins=54:54:40:40 \
    --header="$header" -o "$TMP/e.ps" "$TMP/e.txt"
  ps2pdf "$TMP/e.ps" "$OUT/$name.pdf"
  echo "enscript     $name.pdf"
done
