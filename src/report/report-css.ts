/**
 * The report's style sheet, inlined in the document (no file, no address). A4 print: 14 mm side
 * margins leave 182 mm of text width, so the charts (100 % wide) span at least 160 mm; figures and
 * table rows never split across pages; the cover and each major section start a page.
 */
export const REPORT_CSS = `
@page { size: A4; margin: 16mm 14mm 16mm 14mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; font-size: 9.5pt; color: #111827; margin: 0; line-height: 1.35; }
main { max-width: 182mm; margin: 0 auto; }
h1 { font-size: 22pt; margin: 0 0 6mm; }
h2 { font-size: 14pt; margin: 0 0 3mm; border-bottom: 1.5pt solid #1d4ed8; padding-bottom: 1mm; }
h3 { font-size: 11pt; margin: 4mm 0 2mm; }
section { margin-bottom: 6mm; }
section.page { break-before: page; }
.cover { min-height: 250mm; display: flex; flex-direction: column; justify-content: center; break-after: page; }
.cover .pack { font-size: 14pt; font-weight: bold; }
.cover .resolution { color: #374151; margin: 2mm 0 8mm; }
.cover ol { font-size: 11pt; }
.cover .date { margin-top: 10mm; color: #374151; }
.verdict p { margin: 1mm 0; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 4mm; }
th, td { border-bottom: 0.5pt solid #d1d5db; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
th { background: #f3f4f6; font-weight: bold; }
tr { break-inside: avoid; }
td.num { text-align: right; white-space: nowrap; }
tr.clause td { background: #eef2ff; font-weight: bold; }
tr.differs td { background: #fff7ed; }
.status-met, .status-exceeded { color: #15803d; }
.status-near { color: #a16207; }
.status-missed { color: #b91c1c; }
.status-cannot-assess, .status-not-modelled { color: #6b7280; }
figure { margin: 0 0 5mm; break-inside: avoid; width: 100%; }
figure svg { width: 100%; height: auto; display: block; }
.note { color: #374151; font-size: 8.5pt; }
ul.findings li { margin-bottom: 1mm; }
.legend-line { display: inline-block; width: 14mm; border-top: 2pt solid #1d4ed8; vertical-align: middle; margin-right: 2mm; }
.legend-line.projected { border-top-style: dashed; }
.legend-line.estimated { border-top-style: dotted; opacity: 0.5; }
@media screen { body { background: #e5e7eb; } main { background: white; padding: 14mm; margin: 8mm auto; } }
`;
