/**
 * The report's style sheet, inlined into every report. Severity colours
 * repeat the workspace's (`ui/flags/flags.css`) so a reader recognises them;
 * they are literal here because the report must not depend on the app.
 * Print rules: A4 margins, no section or row split across pages, and
 * backgrounds kept (`print-color-adjust`) since the badges carry meaning.
 */
export const REPORT_CSS = `
:root { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif; color: #1f2328; line-height: 1.5; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { margin: 0; font-size: 1.6rem; }
h2 { font-size: 1.15rem; border-bottom: 1px solid #d0d7de; padding-bottom: .2rem; }
h3 { font-size: 1rem; margin: .4rem 0; }
.muted { color: #59636e; }
.label { color: #59636e; font-size: .85em; text-transform: uppercase; letter-spacing: .03em; }
.score strong { font-size: 2.2rem; }
.verdict { display: inline-block; padding: .1rem .6rem; border-radius: 4px; font-weight: 700; color: #fff; background: #59636e; }
.verdict--pass { background: #1a7f37; }
.verdict--fail { background: #b42318; }
figure { margin: 1rem 0; }
figcaption { font-weight: 600; margin-bottom: .3rem; }
figure svg { max-width: 100%; height: auto; }
.tables { display: flex; flex-wrap: wrap; gap: 2rem; }
table { border-collapse: collapse; }
th, td { padding: .2rem .6rem; border-bottom: 1px solid #d0d7de; text-align: left; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.swatch { display: inline-block; width: .8em; height: .8em; margin-right: .4em; border-radius: 2px; }
.badge { display: inline-block; padding: 0 .4rem; border-radius: 3px; color: #fff; font-size: .85em; }
.swatch--critical, .badge--critical { background: #7f1d1d; }
.swatch--major, .badge--major { background: #c81e1e; }
.swatch--minor, .badge--minor { background: #a15c07; }
.swatch--neutral, .badge--neutral { background: #5b6270; }
.unit { border: 1px solid #d0d7de; border-radius: 6px; padding: .4rem .8rem; margin: .6rem 0; }
.unit ul { padding-left: 1.2rem; }
.comment { white-space: pre-wrap; color: #59636e; }
@page { size: A4; margin: 15mm; }
@media print {
  body { margin: 0; max-width: none; }
  section, figure, .unit, tr { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
}
`;
