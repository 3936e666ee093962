import { describe, expect, it } from 'vitest';
import { makeFlag } from '../../../tests/helpers/flags.ts';
import { buildDocument } from '../align/index.ts';
import type { ScoringPreset } from '../score/preset.ts';
import { builtinPreset } from '../score/presets.ts';
import { scoreFlags } from '../score/scorecard.ts';
import { escapeHtml } from '../text/escape-html.ts';
import { buildHtmlReport, type HtmlReportInput, type ReportLabels } from './html-report.ts';
import { isInertSvg } from './svg-guard.ts';

const labels: ReportLabels = {
  heading: 'Quality report',
  subtitle: 'Demo · MQM',
  score: 'Score',
  scoreUnit: 'per 1,000 English words',
  rawPenalty: 'Raw penalty',
  verdict: 'Fail',
  threshold: 'Pass mark: 10',
  counts: '1 flag counted',
  charts: 'Charts',
  chartUnavailable: 'Chart left out',
  bySeverity: 'By severity',
  byCategory: 'By category',
  severity: 'Severity',
  category: 'Category',
  flags: 'Flags',
  penalty: 'Penalty',
  severities: { critical: 'Critical', major: 'Major', minor: 'Minor', neutral: 'Neutral' },
  worstUnits: 'Worst units',
  noFlags: 'No flags',
  unit: (n) => `Unit ${n}`,
  source: 'Source',
  target: 'MT',
};

const doc = buildDocument('一二三。四五。', 'One two three. Four <b>five</b>.');
const mqm = builtinPreset('mqm') as ScoringPreset;

function report(overrides: Partial<HtmlReportInput> = {}): string {
  const flag = makeFlag({
    unit: 1,
    severity: 'major',
    category: 'Accuracy/<img src=x onerror=alert(1)>',
    comment: '<script>alert("pwned")</script>',
  });
  return buildHtmlReport({
    lang: 'en',
    title: 'Report </title><script>',
    labels,
    scorecard: scoreFlags([flag], doc, mqm),
    document: doc,
    charts: [
      { title: 'By category', svg: '<svg viewBox="0 0 10 10"><rect width="5" height="5"/></svg>' },
    ],
    formatNumber: (n) => n.toFixed(1),
    ...overrides,
  });
}

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and attributes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });
});

describe('buildHtmlReport', () => {
  it('is one self-contained document: inline style, no script, no external reference', () => {
    const html = report();
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<style>');
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<script|<link|src="http|href="http/i);
  });

  it('escapes hostile comments, categories, titles and document text', () => {
    const html = report();
    expect(html).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;');
    expect(html).toContain('Accuracy/&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('<title>Report &lt;/title&gt;&lt;script&gt;</title>');
    expect(html).toContain('Four &lt;b&gt;five&lt;/b&gt;');
    expect(html).not.toContain('<img');
  });

  it('shows the normalised score, the raw penalty and the verdict', () => {
    // 5 points on 7 English words: 714.3 per 1,000.
    const html = report();
    expect(html).toContain('<strong data-score>714.3</strong>');
    expect(html).toContain('Raw penalty: <strong>5.0</strong>');
    expect(html).toContain('verdict--fail');
    expect(html).toContain('Unit 2');
  });

  it('embeds inert chart SVG and drops markup that could run script', () => {
    expect(report()).toContain('<rect width="5" height="5"/>');
    const hostile = report({
      charts: [{ title: 'x', svg: '<svg><rect onclick="alert(1)"/></svg>' }],
    });
    expect(hostile).not.toContain('onclick');
    expect(hostile).toContain('Chart left out');
  });
});

describe('isInertSvg', () => {
  it('accepts one plain svg element and refuses script, handlers and foreign content', () => {
    expect(isInertSvg('<svg width="1"><path d="M0 0"/></svg>')).toBe(true);
    expect(isInertSvg('<div><svg></svg></div>')).toBe(false);
    expect(isInertSvg('<svg><script>x</script></svg>')).toBe(false);
    expect(isInertSvg('<svg><a href="javascript:x"></a></svg>')).toBe(false);
    expect(isInertSvg('<svg><foreignObject></foreignObject></svg>')).toBe(false);
    expect(isInertSvg('<svg onload="x"></svg>')).toBe(false);
  });
});
