#!/usr/bin/env bash
# Regenerates the object-layer fixtures in objects/ (CI uses the committed files and does not run this).
# Needs: groff, ghostscript (ps2pdf), qpdf, python3.   Rerunnable: every output is overwritten
# (encrypted outputs differ byte-wise between runs: qpdf draws fresh salts and IDs; the tests do not depend on them).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/objects"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
export SOURCE_DATE_EPOCH=1700000000   # stable dates in groff/ghostscript output

cat > "$work/report.ms" <<'MS'
.TL
Inspection report: Example Primary School
.AU
Ofsted
.NH
Overall effectiveness
.PP
The school is \fBGood\fP. Leaders have high expectations of pupils and staff.
Pupils behave well and are kind to one another.
.NH
Judgements
.PP
The quality of education: Good.
Behaviour and attitudes: Outstanding.
Personal development: Good.
Leadership and management: Requires improvement.
.bp
.NH
What does the school need to do to improve?
.PP
Leaders should make sure that the curriculum is well planned in all subjects.
MS

# Base files: groff's own PDF writer (classic xref, Flate content) and groff -> PostScript -> Ghostscript.
groff -ms -Tpdf "$work/report.ms" > "$out/groff.pdf"
groff -ms -Tps "$work/report.ms" > "$work/report.ps"
ps2pdf -dPDFSETTINGS=/default "$work/report.ps" "$out/ghostscript.pdf"

base="$out/groff.pdf"
qpdf --object-streams=generate "$base" "$out/objstm.pdf"
qpdf --linearize "$base" "$out/linearized.pdf"
qpdf --qdf --object-streams=disable "$base" "$out/qdf.pdf"

# Encryption: empty user password (what "protected" report PDFs use) and a real user password.
qpdf --allow-weak-crypto --encrypt "" owner 40 -- "$base" "$out/rc4-40.pdf"
qpdf --allow-weak-crypto --encrypt "" owner 128 --use-aes=n -- "$base" "$out/rc4-128.pdf"
qpdf --encrypt "" owner 128 --use-aes=y -- "$base" "$out/aes-128.pdf"
qpdf --encrypt "" owner 128 --use-aes=y --cleartext-metadata -- "$base" "$out/aes-128-cleartext-metadata.pdf"
qpdf --encrypt "" owner 256 -- "$base" "$out/aes-256.pdf"
qpdf --encrypt "" owner 256 --force-R5 -- "$base" "$out/aes-256-r5.pdf"
qpdf --encrypt "user" "owner" 256 -- "$base" "$out/aes-256-user-password.pdf"
qpdf --allow-weak-crypto --encrypt "user" "owner" 128 --use-aes=n -- "$base" "$out/rc4-128-user-password.pdf"
qpdf --encrypt "" owner 256 -- "$out/objstm.pdf" "$out/aes-256-objstm.pdf"

# Damaged variants, derived byte-wise.
python3 - "$out" <<'PY'
import re, sys, os
out = sys.argv[1]
base = open(os.path.join(out, "groff.pdf"), "rb").read()

def write(name, data):
    open(os.path.join(out, name), "wb").write(data)

# 1. Junk before the header; the offsets (counted from the header) are left alone.
write("junk-before-header.pdf", b"X-Mailer junk: this is not part of the PDF\r\n" * 10 + base)

# 2. startxref points into the middle of an object.
m = re.search(rb"startxref\s+(\d+)", base)
wrong = str(int(m.group(1)) // 2).rjust(len(m.group(1))).encode()
write("wrong-startxref.pdf", base[:m.start(1)] + wrong + base[m.end(1):])

# 3. The first content stream's /Length is too large (same digit count, so offsets stay right).
m = re.search(rb"/Length (\d+)", base)
write("wrong-length.pdf", base[:m.start(1)] + b"9" * len(m.group(1)) + base[m.end(1):])

# 4. Truncated: everything from the cross-reference table on is cut (no xref, no trailer, no startxref).
cut = base.rfind(b"\nxref") + 1
write("truncated.pdf", base[:cut])

# 5. Every xref offset is off by 7 (a writer that miscounted).
def shift_entry(m):
    return str(int(m.group(1)) + 7).zfill(10).encode() + b" 00000 n"
start = base.rfind(b"\nxref") + 1
write("broken-xref-offsets.pdf", base[:start] + re.sub(rb"(\d{10}) 00000 n", shift_entry, base[start:]))

# 6. Incremental update: a new /Info object and a second xref section with /Prev.
m = re.search(rb"startxref\s+(\d+)", base)
prev = int(m.group(1))
size = int(re.search(rb"/Size (\d+)", base).group(1))
root = re.search(rb"/Root (\d+ \d+ R)", base).group(1)
body = base if base.endswith(b"\n") else base + b"\n"
offset = len(body)
obj = b"%d 0 obj\n<< /Title (Updated title) /Producer (incremental update) >>\nendobj\n" % size
xref_at = offset + len(obj)
section = b"xref\n0 1\n0000000000 65535 f \n%d 1\n%010d 00000 n \n" % (size, offset)
trailer = b"trailer\n<< /Size %d /Root %s /Info %d 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (size + 1, root, size, prev, xref_at)
write("incremental-update.pdf", body + obj + section + trailer)
PY

# Truncated object-stream file: the xref stream at the end is cut off, so the scan must open object streams.
python3 - "$out" <<'PY'
import sys, os
out = sys.argv[1]
data = open(os.path.join(out, "objstm.pdf"), "rb").read()
cut = data.rfind(b"startxref")
# drop the cross-reference stream object as well: cut at the start of its "N 0 obj" line
xref_obj = data.rfind(b"/Type /XRef")
line = data.rfind(b"\n", 0, data.rfind(b" obj", 0, xref_obj)) + 1
open(os.path.join(out, "objstm-truncated.pdf"), "wb").write(data[:line])
PY

ls -l "$out"
