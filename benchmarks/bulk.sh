#!/usr/bin/env bash
# Bulk extraction benchmark: COPIES report PDFs of about 40 pages, extracted once cold and once from the cache.
#
#   benchmarks/bulk.sh [COPIES [EXTRACT OPTIONS...]]     # default: 1000 copies; e.g. bulk.sh 1000 --parallel 1
#
# The PDFs are the four 40–42-page text-layer fixtures (LibreOffice, Chromium, Ghostscript, groff), copied under
# new names. Each copy gets a unique comment line after %%EOF, which every PDF reader ignores, so that the
# content-hash cache cannot recognise copies of one file in the cold run. Reports documents and pages per
# second, the peak resident memory of the process (/usr/bin/time's maximum RSS), and the cached run's speed-up.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
copies="${1:-1000}"
shift $(($# > 0 ? 1 : 0))
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# A private copy of the tool, so that a rebuild elsewhere during the run (which would change the extractor's
# build identity, and so the cache key) cannot touch it.
dotnet publish "$root/src/ReportMiner.Cli" -c Release -o "$work/cli" -v quiet -nologo >/dev/null
cli="$work/cli/ReportMiner.Cli"

sources=("$root"/tests/ReportMiner.Pdf.Tests/Fixtures/text/*-long.pdf)
declare -A page_count
for src in "${sources[@]}"; do
  page_count[$src]=$(pdfinfo "$src" 2>/dev/null | awk '/^Pages:/ {print $2}' || true)
  page_count[$src]=${page_count[$src]:-40}
done
mkdir -p "$work/in"
pages=0
for ((i = 0; i < copies; i++)); do
  src="${sources[i % ${#sources[@]}]}"
  dst="$work/in/report-$(printf '%05d' "$i")-$(basename "$src")"
  cp "$src" "$dst"
  printf '%%reportminer-bench copy %d\n' "$i" >>"$dst"
  pages=$((pages + page_count[$src]))
done

run() {
  local status=0
  /usr/bin/time -f '%e %M %U %S' -o "$work/time" "$cli" extract "$work/in" --out "$work/out" --quiet "$@" || status=$?
  if ((status > 1)); then
    echo "bulk.sh: extract failed with exit code $status" >&2
    exit "$status"
  fi
  tail -n 1 "$work/time"
}

run "$@" >"$work/cold"
run "$@" >"$work/warm"
read -r cold_s cold_kb cold_user cold_sys <"$work/cold"
read -r warm_s warm_kb warm_user warm_sys <"$work/warm"
docs=$(($(wc -l <"$work/out/documents.csv") - 1))
errors=$(($(wc -l <"$work/out/errors.csv") - 1))

awk -v n="$copies" -v p="$pages" -v d="$docs" -v e="$errors" -v cs="$cold_s" -v ck="$cold_kb" -v ws="$warm_s" -v wk="$warm_kb" -v cc="$(awk -v a="$cold_user" -v b="$cold_sys" 'BEGIN {print a + b}')" -v wc="$(awk -v a="$warm_user" -v b="$warm_sys" 'BEGIN {print a + b}')" -v load="$(cut -d' ' -f1-3 /proc/loadavg)" -v opts="$*" -v cores="$(nproc)" 'BEGIN {
  printf "documents: %d (%d read, %d errors), %d pages, %d cores, extract options: %s\n", n, d, e, p, cores, opts == "" ? "(defaults)" : opts
  printf "cold run:   %7.2f s  %7.1f documents/s  %8.0f pages/s  peak RSS %4.0f MB  CPU %6.1f s (%.1f ms/document)\n", cs, n / cs, p / cs, ck / 1024, cc, 1000 * cc / n
  printf "cached run: %7.2f s  %7.1f documents/s  %8.0f pages/s  peak RSS %4.0f MB  CPU %6.1f s\n", ws, n / ws, p / ws, wk / 1024, wc
  printf "cache speed-up: %.1fx\n", cs / ws
  printf "CPU-bound ceiling on %d idle cores: %.1f documents/s (load average now: %s)\n", cores, cores * n / cc, load
}'
