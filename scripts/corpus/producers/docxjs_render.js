// Builds a Word resume with the npm `docx` package from display data (view.display):
// contact line in the page header, headings, right tab-stop dates, real bullet numbering.
const fs = require('fs');
const d = require('docx');
const data = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const out = process.argv[3];
const RIGHT = 10000;
const children = [];
data.name.forEach(n => children.push(new d.Paragraph({ heading: d.HeadingLevel.TITLE, children: [new d.TextRun(n)] })));
children.push(new d.Paragraph({ children: [new d.TextRun({ text: data.label, italics: true })] }));
for (const s of data.sections) {
  children.push(new d.Paragraph({ heading: d.HeadingLevel.HEADING_1, text: s.heading }));
  for (const e of s.entries) {
    if (e.title || e.dates) {
      children.push(new d.Paragraph({
        tabStops: [{ type: d.TabStopType.RIGHT, position: RIGHT }],
        children: [new d.TextRun({ text: e.title || '', bold: true }), new d.TextRun({ text: '\t' + (e.dates || '') })],
      }));
    }
    if (e.sub) children.push(new d.Paragraph({ children: [new d.TextRun({ text: e.sub, italics: true })] }));
    if (e.text) children.push(new d.Paragraph({ text: e.text }));
    if (e.url) children.push(new d.Paragraph({ children: [new d.ExternalHyperlink({ link: e.url, children: [new d.TextRun({ text: e.url.replace('https://', ''), style: 'Hyperlink' })] })] }));
    for (const b of (e.bullets || [])) children.push(new d.Paragraph({ text: b, numbering: { reference: 'bullets', level: 0 } }));
  }
}
const contact = new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [new d.TextRun({ text: data.contact.join('  •  '), size: 16 })] });
const doc = new d.Document({
  numbering: { config: [{ reference: 'bullets', levels: [{ level: 0, format: d.LevelFormat.BULLET, text: data.bullet, alignment: d.AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 360, hanging: 260 } } } }] }] },
  styles: { default: { document: { run: { font: 'Calibri', size: 20 } } } },
  sections: [{
    headers: data.contact_place === 'footer' ? undefined : { default: new d.Header({ children: [contact] }) },
    footers: data.contact_place === 'footer' ? { default: new d.Footer({ children: [contact] }) } : undefined,
    children,
  }],
});
d.Packer.toBuffer(doc).then(buf => fs.writeFileSync(out, buf));
