"""Typst (PyPI ``typst``) templates that read the person's display data as JSON:
a shaded sidebar layout and a left date-column layout."""

from __future__ import annotations

import json
from pathlib import Path

import view as Vw

from .common import Layout

SIDEBAR = r"""
#let d = json("data.json")
#set page(paper: "a4", margin: (x: 0cm, y: 1.2cm),
  background: place(left + top, rect(width: 6.2cm, height: 100%, fill: rgb("#eef1f6"))))
#set text(font: "DejaVu Sans", size: 9pt)
#set par(justify: false, leading: 0.55em)
#let side-keys = ("skills", "education", "awards")
#let heading-row(h) = block(above: 10pt, below: 5pt)[#text(size: 11pt, weight: "bold", fill: rgb("#2b4c7e"), upper(h))]
#let entry(e) = block(below: 6pt)[
  #if "title" in e [#text(weight: "bold", e.title)]
  #if "dates" in e and e.dates != "" [ #h(1fr) #text(fill: rgb("#666666"), e.dates)]
  #if "sub" in e and e.sub != "" [\ #emph(e.sub)]
  #if "text" in e [\ #e.text]
  #if "bullets" in e and e.bullets.len() > 0 {
    list(marker: d.bullet, ..e.bullets.map(b => [#b]))
  }
]
#grid(columns: (6.2cm, 1fr),
  block(width: 100%, inset: (x: 0.8cm, y: 0cm))[
    #for part in d.name [#text(size: 20pt, weight: "bold", part) \ ]
    #text(size: 10pt, d.label)
    #heading-row("Contact")
    #for c in d.contact [#c \ ]
    #for s in d.sections.filter(s => s.key in side-keys) [
      #heading-row(s.heading)
      #for e in s.entries { entry(e) }
    ]
  ],
  block(inset: (x: 0.8cm, y: 0cm))[
    #for s in d.sections.filter(s => s.key not in side-keys) [
      #heading-row(s.heading)
      #for e in s.entries { entry(e) }
    ]
  ],
)
"""

TIMELINE = r"""
#let d = json("data.json")
#set page(paper: "us-letter", margin: (x: 1.8cm, y: 1.6cm),
  footer: context [#set text(size: 8pt, fill: gray)
    #if d.contact_place == "footer" [#d.contact.join("  ·  ")] else [#d.name.join(" ")]
    #h(1fr) Page #counter(page).display() of #counter(page).final().first()])
#set text(font: "Libertinus Serif", size: 10.5pt)
#grid(columns: (1fr, auto), align: (left, right),
  [#for part in d.name [#text(size: 24pt, part) \ ] #text(size: 11pt, fill: rgb("#8a3b12"), d.label)],
  if d.contact_place != "footer" [#set text(size: 9pt)
    #for c in d.contact [#c \ ]],
)
#for s in d.sections [
  #block(above: 12pt, below: 6pt)[#text(size: 12pt, weight: "bold", fill: rgb("#8a3b12"), s.heading) #box(width: 1fr, line(length: 100%, stroke: 0.5pt + rgb("#8a3b12")))]
  #for e in s.entries [
    #grid(columns: (2.9cm, 1fr), column-gutter: 0.4cm, row-gutter: 4pt,
      text(size: 9pt, fill: rgb("#555555"), e.at("dates", default: "")),
      [
        #if "title" in e [#strong(e.title)]
        #if "sub" in e and e.sub != "" [ — #emph(e.sub)]
        #if "text" in e [#if "title" in e [: ] #e.text]
        #if "bullets" in e and e.bullets.len() > 0 {
          list(marker: d.bullet, ..e.bullets.map(b => [#b]))
        }
      ])
  ]
]
"""


def template(source: str):
    def render(doc: dict, out: Path, work: Path) -> None:
        import typst

        (work / "data.json").write_text(json.dumps(Vw.display(doc), ensure_ascii=False), encoding="utf-8")
        (work / "resume.typ").write_text(source, encoding="utf-8")
        typst.compile(str(work / "resume.typ"), output=str(out), root=str(work),
                      font_paths=["/usr/share/fonts/truetype/dejavu"])
    return render


def layouts() -> list[Layout]:
    return [Layout("typst", "sidebar", "pdf", "typst template (shaded sidebar) -> pdf", template(SIDEBAR)),
            Layout("typst", "date-column", "pdf", "typst template (left date column, page footer) -> pdf",
                   template(TIMELINE))]
