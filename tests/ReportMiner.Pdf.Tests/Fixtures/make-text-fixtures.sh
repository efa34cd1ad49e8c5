#!/usr/bin/env bash
# Regenerates the text-layer fixture PDFs in Fixtures/text/ from the sources in Fixtures/text/src/.
# Needs (Debian): libreoffice-writer-nogui fonts-liberation2 chromium groff ghostscript enscript python3.
# The generated PDFs are committed; their pdftotext output is not (the oracle test runs pdftotext itself).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
src="$here/text/src"
out="$here/text"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# The sources are generated from one content model; the short ones are kept in src/ for reading, the 40-page
# ones (≈150 kB each) only live in the temporary directory.
mkdir -p "$tmp/src"
python3 "$src/make_sources.py" "$tmp/src"
cp "$tmp"/src/report.* "$tmp"/src/twocol.* "$src/"
gen="$tmp/src"

# LibreOffice (subset TrueType, no /Encoding, ToUnicode).
for name in report twocol long; do
  HOME="$tmp" soffice --headless --convert-to pdf --outdir "$tmp/lo" "$gen/$name.fodt" >/dev/null 2>&1
  cp "$tmp/lo/$name.pdf" "$out/lo-$name.pdf"
done

# Chromium (Type0 Identity-H with ToUnicode, tagged content, ruled table cells as filled rectangles).
for name in report twocol long; do
  profile="$(mktemp -d -p "$tmp")"
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$profile" --no-pdf-header-footer \
    --print-to-pdf="$out/chrome-$name.pdf" "file://$gen/$name.html" >/dev/null 2>&1
done
wait

# groff -ms through PostScript and Ghostscript (Type1C, WinAnsi + Differences, no ToUnicode).
for name in report long; do
  groff -t -ms -Tps "$gen/$name.ms" > "$tmp/$name.ps"
  ps2pdf "$tmp/$name.ps" "$out/gs-$name.pdf"
done

# groff's own PDF writer (standard-14 Times, not embedded, no /Widths).
for name in report long; do
  groff -t -ms -Tpdf "$gen/$name.ms" > "$out/groffpdf-$name.pdf" 2>/dev/null
done

# enscript through Ghostscript (Courier, with enscript's page header).
enscript -q -X latin1 -f Courier10 --header='Northbridge Youth Justice Service||Page $% of $=' \
  -o "$tmp/enscript.ps" "$gen/report.txt"
ps2pdf "$tmp/enscript.ps" "$out/enscript-report.pdf"

ls -l "$out"/*.pdf
