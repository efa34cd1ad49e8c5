#!/usr/bin/env python3
"""Writes the fixture sources (FODT for LibreOffice, HTML for Chromium, -ms for groff, plain text for enscript)
from one fictional inspection report, so that every producer renders the same content.

Everything here is invented: "Northbridge" and "Eastmoor" are made-up places.
Usage: python3 make_sources.py OUTDIR
"""
import html
import os
import random
import sys

SERVICE = "Northbridge Youth Justice Service"

RATINGS = [
    ("Overall effectiveness", "Good"),
    ("The impact of leaders on social work practice with children and families", "Requires improvement to be good"),
    ("The experiences and progress of children who need help and protection", "Good"),
    ("The experiences and progress of children in care and care leavers who are preparing to live independently", "Outstanding"),
    ("Governance and leadership of the partnership board", "Requires improvement to be good"),
]

SENTENCES = [
    "Leaders have a clear understanding of the strengths and weaknesses of the service.",
    "Case managers know the children they work with well and build trusting relationships with them.",
    "Assessments are thorough and draw on information from education, health and children's social care.",
    "The partnership board has not yet ensured that every agency contributes to out-of-court disposals.",
    "Reoffending rates have fallen steadily over the last three years, but remain above the national average.",
    "Planning for children who are released from custody starts early and involves their families.",
    "Management oversight is regular, although it does not always record the rationale for key decisions.",
    "Staff told inspectors that they feel supported and that their caseloads are manageable.",
    "Work to keep children safe is prioritised, and risks are reviewed whenever circumstances change.",
    "Victims are offered the opportunity to take part in restorative justice, and most accept it.",
    "The quality of reports to court is good; sentencers said they trust the recommendations made.",
    "Children with special educational needs receive tailored support from a dedicated speech and language therapist.",
    "Some plans lack measurable targets, which makes it difficult to judge whether progress is being made.",
    "The service has responded well to the rise in serious youth violence in the Eastmoor area.",
    "Information sharing between the police and the service is timely and effective.",
    "Volunteers on referral order panels are well trained and reflect the diversity of the local community.",
    "Inspectors found that disproportionality is analysed, but the findings have not yet changed practice.",
    "Resettlement work is a strength: accommodation is secured before release in almost every case.",
    "The electronic case management system is cumbersome, and managers rely on spreadsheets to track performance.",
    "Health workers are co-located with the team, so children can see a nurse without delay.",
]

BULLETS = [
    "improve the consistency of management oversight and record the reasons for decisions",
    "make sure that every plan has measurable targets agreed with the child and their parents or carers",
    "analyse disproportionality data and act on the findings",
    "replace the spreadsheets used to monitor performance with reports from the case management system",
]


def paragraphs(seed, count, per=(3, 6)):
    rnd = random.Random(seed)
    out = []
    for _ in range(count):
        n = rnd.randint(*per)
        out.append(" ".join(rnd.choice(SENTENCES) for _ in range(n)))
    return out


def long_sections(pages):
    """Roughly one section of four paragraphs per page."""
    sections = []
    for i in range(pages):
        sections.append(("%d. %s" % (i + 1, ["Leadership", "Partnerships", "Staffing", "Assessment", "Planning",
                                            "Implementation", "Reviewing", "Resettlement", "Out-of-court work",
                                            "Information and facilities"][i % 10]), paragraphs(1000 + i, 4)))
    return sections


# ----------------------------------------------------------------------------------------------- FODT

FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt" fo:language="en" fo:country="GB"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.25cm" fo:line-height="115%%"/>
 </style:style>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="justify"/>
 </style:style>
 <style:style style:name="Cell" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0cm"/>
 </style:style>
 <style:style style:name="CellHead" style:family="paragraph" style:parent-style-name="Cell">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.5cm"/>
  <style:text-properties fo:font-size="20pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="H1" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="15pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="HF" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0cm">
   <style:tab-stops><style:tab-stop style:position="16cm" style:type="right"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="Bullet" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-left="0.9cm" fo:text-indent="-0.5cm" fo:margin-bottom="0.1cm"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="PL">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.8cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.8cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="TwoCol" style:family="section">
  <style:section-properties><style:columns fo:column-count="2" fo:column-gap="1cm"/></style:section-properties>
 </style:style>
 <style:style style:name="Tbl" style:family="table">
  <style:table-properties style:width="16cm" table:align="left" fo:margin-top="0.2cm" fo:margin-bottom="0.4cm"/>
 </style:style>
 <style:style style:name="TblA" style:family="table-column"><style:table-column-properties style:column-width="10cm"/></style:style>
 <style:style style:name="TblB" style:family="table-column"><style:table-column-properties style:column-width="6cm"/></style:style>
 <style:style style:name="TblCell" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.15cm" fo:border="0.5pt solid #000000"/>
 </style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="PL">
  <style:header><text:p text:style-name="HF">Inspection of youth justice services: %(service)s</text:p></style:header>
  <style:footer><text:p text:style-name="HF">HM Inspectorate of Youth Services (fictional)<text:tab/>Page <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
"""

FODT_TAIL = "</office:text></office:body></office:document>\n"


def x(s):
    return html.escape(s, quote=False)


def fodt_table(rows):
    out = ['<table:table table:name="Ratings" table:style-name="Tbl">',
           '<table:table-column table:style-name="TblA"/><table:table-column table:style-name="TblB"/>']
    out.append('<table:table-row><table:table-cell table:style-name="TblCell"><text:p text:style-name="CellHead">Standard</text:p></table:table-cell>'
               '<table:table-cell table:style-name="TblCell"><text:p text:style-name="CellHead">Rating</text:p></table:table-cell></table:table-row>')
    for label, grade in rows:
        out.append('<table:table-row><table:table-cell table:style-name="TblCell"><text:p text:style-name="Cell">%s</text:p></table:table-cell>'
                   '<table:table-cell table:style-name="TblCell"><text:p text:style-name="Cell">%s</text:p></table:table-cell></table:table-row>' % (x(label), x(grade)))
    out.append('</table:table>')
    return "\n".join(out)


def fodt(body):
    return FODT_HEAD % {"service": x(SERVICE)} + body + FODT_TAIL


def fodt_report():
    b = ['<text:p text:style-name="Title">%s</text:p>' % x("Inspection of " + SERVICE)]
    b.append('<text:p text:style-name="H1">Overall findings</text:p>')
    for p in paragraphs(1, 2):
        b.append('<text:p text:style-name="Body">%s</text:p>' % x(p))
    b.append('<text:p text:style-name="H1">Ratings</text:p>')
    b.append(fodt_table(RATINGS))
    b.append('<text:p text:style-name="H1">Recommendations</text:p>')
    b.append('<text:p text:style-name="Body">The service should:</text:p>')
    for item in BULLETS:
        b.append('<text:p text:style-name="Bullet">\u2022<text:tab/>%s</text:p>' % x(item))
    b.append('<text:p text:style-name="H1">Leadership and partnerships</text:p>')
    for p in paragraphs(2, 5):
        b.append('<text:p text:style-name="Body">%s</text:p>' % x(p))
    return fodt("\n".join(b))


def fodt_twocol():
    b = ['<text:p text:style-name="Title">%s</text:p>' % x("Case studies: " + SERVICE)]
    b.append('<text:p text:style-name="Body">%s</text:p>' % x(paragraphs(3, 1)[0]))
    b.append('<text:section text:style-name="TwoCol" text:name="Cols">')
    b.append('<text:p text:style-name="H1">Left column start</text:p>')
    for p in paragraphs(4, 6):
        b.append('<text:p text:style-name="Body">%s</text:p>' % x(p))
    b.append('</text:section>')
    b.append('<text:p text:style-name="H1">After the columns</text:p>')
    b.append('<text:p text:style-name="Body">%s</text:p>' % x(paragraphs(5, 1)[0]))
    return fodt("\n".join(b))


def fodt_long():
    b = ['<text:p text:style-name="Title">%s</text:p>' % x("Inspection of " + SERVICE + ": full report")]
    b.append(fodt_table(RATINGS))
    for title, paras in long_sections(76):
        b.append('<text:p text:style-name="H1">%s</text:p>' % x(title))
        for p in paras:
            b.append('<text:p text:style-name="Body">%s</text:p>' % x(p))
    return fodt("\n".join(b))


# ----------------------------------------------------------------------------------------------- HTML

HTML_HEAD = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>%(title)s</title>
<style>
@page { size: A4; margin: 2cm 2.2cm;
  @top-left { content: "Inspection of youth justice services: %(service)s"; font: 9pt 'Liberation Sans', sans-serif; }
  @bottom-right { content: "Page " counter(page); font: 9pt 'Liberation Sans', sans-serif; } }
body { font: 11pt/1.35 'Liberation Sans', sans-serif; }
h1 { font-size: 20pt; } h2 { font-size: 15pt; margin-top: 1.2em; }
p { text-align: justify; margin: 0 0 0.6em 0; }
table { border-collapse: collapse; width: 100%%; margin: 0.5em 0 1em 0; }
td, th { border: 1px solid #000; padding: 6px 8px; vertical-align: top; text-align: left; }
td:first-child { width: 62%%; }
.cols { column-count: 2; column-gap: 1cm; }
</style></head><body>
"""


def h(s):
    return html.escape(s)


def html_table(rows):
    out = ["<table><tr><th>Standard</th><th>Rating</th></tr>"]
    for label, grade in rows:
        out.append("<tr><td>%s</td><td>%s</td></tr>" % (h(label), h(grade)))
    out.append("</table>")
    return "\n".join(out)


def html_doc(title, body):
    return HTML_HEAD % {"title": h(title), "service": h(SERVICE)} + body + "\n</body></html>\n"


def html_report():
    b = ["<h1>%s</h1>" % h("Inspection of " + SERVICE), "<h2>Overall findings</h2>"]
    b += ["<p>%s</p>" % h(p) for p in paragraphs(1, 2)]
    b += ["<h2>Ratings</h2>", html_table(RATINGS), "<h2>Recommendations</h2>", "<p>The service should:</p><ul>"]
    b += ["<li>%s</li>" % h(i) for i in BULLETS]
    b += ["</ul>", "<h2>Leadership and partnerships</h2>"]
    b += ["<p>%s</p>" % h(p) for p in paragraphs(2, 5)]
    return html_doc("Inspection report", "\n".join(b))


def html_twocol():
    b = ["<h1>%s</h1>" % h("Case studies: " + SERVICE), "<p>%s</p>" % h(paragraphs(3, 1)[0]), '<div class="cols">',
         "<h2>Left column start</h2>"]
    b += ["<p>%s</p>" % h(p) for p in paragraphs(4, 6)]
    b += ["</div>", "<h2>After the columns</h2>", "<p>%s</p>" % h(paragraphs(5, 1)[0])]
    return html_doc("Case studies", "\n".join(b))


def html_long():
    b = ["<h1>%s</h1>" % h("Inspection of " + SERVICE + ": full report"), html_table(RATINGS)]
    for title, paras in long_sections(72):
        b.append("<h2>%s</h2>" % h(title))
        b += ["<p>%s</p>" % h(p) for p in paras]
    return html_doc("Full report", "\n".join(b))


# ----------------------------------------------------------------------------------------------- groff -ms

MS_HEAD = r""".\" groff -ms source; render with: groff -t -ms -Tps | ps2pdf, or groff -t -ms -Tpdf
.nr PS 11
.nr VS 13
.nr PD 0.5v
.nr HM 1i
.nr FM 1i
.ds LH Inspection of youth justice services
.ds CH
.ds RH %(service)s
.ds LF HM Inspectorate of Youth Services (fictional)
.ds CF
.ds RF Page \\n%%
.hy 14
"""


def ms_escape(s):
    s = s.replace("\\", "\\\\")
    lines = []
    for line in s.split("\n"):
        if line.startswith(".") or line.startswith("'"):
            line = "\\&" + line
        lines.append(line)
    return "\n".join(lines)


def ms_table(rows):
    out = [".TS", "box tab(|);", "lb | lb", "lw(3.6i) | lw(1.6i) .", "Standard|Rating", "_"]
    for i, (label, grade) in enumerate(rows):
        out.append("T{\n%s\nT}|T{\n%s\nT}" % (ms_escape(label), ms_escape(grade)))
        if i + 1 < len(rows):
            out.append("_")
    out.append(".TE")
    return "\n".join(out)


def ms_report():
    b = [MS_HEAD % {"service": SERVICE}, ".TL", "Inspection of " + SERVICE, ".NH", "Overall findings"]
    for p in paragraphs(1, 2):
        b += [".PP", ms_escape(p)]
    b += [".NH", "Ratings", ".LP", ms_table(RATINGS), ".NH", "Recommendations", ".LP", "The service should:"]
    for item in BULLETS:
        b += [".IP \\(bu 2", ms_escape(item)]
    b += [".NH", "Leadership and partnerships"]
    for p in paragraphs(2, 3):
        b += [".PP", ms_escape(p)]
    b += [".bp", ".NH", "Case studies", ".2C"]
    for p in paragraphs(4, 6):
        b += [".PP", ms_escape(p)]
    b += [".1C", ".NH", "After the columns", ".PP", ms_escape(paragraphs(5, 1)[0])]
    return "\n".join(b) + "\n"


def ms_long():
    b = [MS_HEAD % {"service": SERVICE}, ".TL", "Inspection of " + SERVICE + ": full report", ".LP", ms_table(RATINGS)]
    for title, paras in long_sections(84):
        b += [".NH", title.split(". ", 1)[1]]
        for p in paras:
            b += [".PP", ms_escape(p)]
    return "\n".join(b) + "\n"


# ----------------------------------------------------------------------------------------------- plain text

def txt_report():
    import textwrap
    out = ["INSPECTION OF " + SERVICE.upper(), ""]
    for p in paragraphs(1, 3) + paragraphs(2, 4):
        out += textwrap.wrap(p, 76) + [""]
    out.append("Recommendations")
    out.append("")
    for item in BULLETS:
        out += textwrap.wrap(item, 72, initial_indent="  * ", subsequent_indent="    ")
    return "\n".join(out) + "\n"


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    files = {
        "report.fodt": fodt_report(), "twocol.fodt": fodt_twocol(), "long.fodt": fodt_long(),
        "report.html": html_report(), "twocol.html": html_twocol(), "long.html": html_long(),
        "report.ms": ms_report(), "long.ms": ms_long(),
        "report.txt": txt_report(),
    }
    for name, text in files.items():
        with open(os.path.join(outdir, name), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
