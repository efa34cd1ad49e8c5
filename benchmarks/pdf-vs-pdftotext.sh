#!/usr/bin/env bash
# Compares `reportminer text` (one process over a folder) with running `pdftotext` once per file.
# Usage: benchmarks/pdf-vs-pdftotext.sh [COPIES]   (default 10 copies of each 40-page fixture)
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for i in $(seq 1 "$copies"); do
  for f in tests/ReportMiner.Pdf.Tests/Fixtures/text/*-long.pdf; do cp "$f" "$work/$(basename "$f" .pdf)-$i.pdf"; done
done
pages=0
for f in "$work"/*.pdf; do pages=$((pages + $(pdfinfo "$f" | awk '/^Pages/{print $2}'))); done
dotnet build src/ReportMiner.Cli -c Release -v quiet -nologo >/dev/null
echo "$(ls "$work" | wc -l) files, $pages pages"
/usr/bin/time -f "reportminer text (one process): %e s, peak memory %M KB" \
  dotnet src/ReportMiner.Cli/bin/Release/net10.0/ReportMiner.Cli.dll text "$work" >/dev/null
/usr/bin/time -f "pdftotext (one process per file): %e s, peak memory %M KB" \
  bash -c 'for f in "$0"/*.pdf; do pdftotext "$f" - >/dev/null; done' "$work"
