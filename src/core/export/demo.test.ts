import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../align/index.ts';
import type { BilingualDocument } from '../model/document.ts';
import type { ReviewOp } from '../model/review-log.ts';
import { catchUp, emptyReviewState } from '../review/index.ts';
import { testContext } from '../review/review.fixtures.ts';
import { revisionDecided, revisionSaved, unitTexts, unitVersions } from '../revision/index.ts';
import {
  toBilingualDocx,
  toBilingualHtml,
  toDocx,
  toHtml,
  toMarkdown,
  toPlainText,
  trackedChanges,
} from './index.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../fixtures/${name}`, import.meta.url), 'utf8');

const mt = fixture('press-conference.mt.en.txt');
const document: BilingualDocument = buildDocument(fixture('press-conference.source.zh.txt'), mt);
const paragraphs = mt.split('\n').filter((line) => line.trim().length > 0);

/** The demo with the "Done when" edits: one approved, one rejected. */
function reviewedDemo() {
  const ctx = testContext('r', { name: 'Zhang Min', role: 'translator' });
  const editor = testContext('e', { name: 'Chen Jing', role: 'editor' });
  const ops: ReviewOp[] = [];
  let state = emptyReviewState();
  const append = (op: ReviewOp | null) => {
    ops.push(op!);
    state = catchUp(state, ops);
  };
  const edit = (from: string, to: string) => {
    const latest = unitVersions(document, state, { mode: 'latest' });
    const unit = latest.findIndex(({ text }) => text.includes(from));
    const op = revisionSaved(unit, latest[unit]!, latest[unit]!.text.replace(from, to), ctx);
    append(op);
    return op!.subject;
  };
  const ensure = edit('ensure, ensure, and ensure', 'firmly safeguard');
  const security = edit('social protection', 'Social Security');
  append(revisionDecided(state.revisions.get(ensure)!, { verdict: 'approved' }, editor));
  append(
    revisionDecided(
      state.revisions.get(security)!,
      { verdict: 'rejected', reason: 'terminology' },
      editor,
    ),
  );
  return state;
}

const state = reviewedDemo();
const approved = unitTexts(document, state, { mode: 'approved' });

describe('exporting the reviewed demo (approved revisions only)', () => {
  it('has the approved edit, not the rejected one, and all 17 paragraphs in order', () => {
    const text = toPlainText(document, approved);
    expect(text).toContain('firmly safeguard the bottom line');
    expect(text).not.toContain('ensure, ensure');
    expect(text).toContain('social protection');
    expect(text).not.toContain('Social Security');
    const lines = text.split('\n').filter((line) => line.trim().length > 0);
    expect(lines).toHaveLength(17);
    lines.forEach((line, index) => {
      expect(line).toBe(
        paragraphs[index]!.replace('ensure, ensure, and ensure', 'firmly safeguard'),
      );
    });
  });

  it('is the MT byte for byte when nothing is revised, and latest mode has the pending text', () => {
    expect(toPlainText(document, unitTexts(document, emptyReviewState(), { mode: 'latest' }))).toBe(
      mt,
    );
    expect(unitTexts(document, state, { mode: 'latest' })).toEqual(approved);
  });

  it('writes Markdown and HTML paragraphs, escaped', () => {
    const markdown = toMarkdown(document, approved, { title: 'Press conference' });
    expect(markdown.split('\n\n')).toHaveLength(18);
    expect(markdown).toContain('firmly safeguard the bottom line');
    const html = toHtml(document, approved, { title: 'A <b> title' });
    expect(html.match(/<p>/g)).toHaveLength(17);
    expect(html).toContain('<title>A &lt;b&gt; title</title>');
    expect(html).toContain('lang="en"');
    expect(html).not.toMatch(/<script|src=|href=/);
  });

  it('writes a DOCX that parses back with the texts, clean or with tracked changes', async () => {
    const clean = await documentXml(await toDocx(document, approved));
    expect(textOf(clean)).toContain('firmly safeguard the bottom line');
    expect(textOf(clean)).toContain('social protection');
    expect(clean.match(/<w:p>|<w:p /g)).toHaveLength(17);
    expect(clean).not.toMatch(/<w:ins |<w:del /);

    const tracked = await documentXml(
      await toDocx(document, approved, {
        tracked: trackedChanges(document, state, { mode: 'approved' }),
      }),
    );
    expect(tracked).toMatch(/<w:ins [^>]*w:author="Zhang Min"[^>]*><w:r><w:t[^>]*>firmly</);
    expect(tracked).toMatch(/<w:del [^>]*w:author="Zhang Min"[^>]*><w:r><w:delText[^>]*>ensure,/);
    // Accepting every change gives the clean text; rejecting them, the MT.
    const accepted = tracked.replace(/<w:del [\s\S]*?<\/w:del>/g, '');
    expect(textOf(accepted)).toBe(textOf(clean));
    expect(tracked.match(/<w:ins /g)!.length).toBe(
      tracked.match(/<w:ins [^>]*"Zhang Min"/g)!.length,
    );
  });

  it('writes bilingual tables, with the MT as an optional third column', async () => {
    const html = toBilingualHtml(document, approved, { withMt: true });
    expect(html).toContain('<td lang="zh-Hans">');
    expect(html.match(/<tr>/g)!.length).toBe(document.alignment.units.length + 1);
    expect(html).toContain('firmly safeguard');
    expect(html).toContain('ensure, ensure, and ensure');
    const twoColumns = await documentXml(await toBilingualDocx(document, approved));
    const threeColumns = await documentXml(
      await toBilingualDocx(document, approved, { withMt: true }),
    );
    expect(twoColumns.match(/<w:tr>|<w:tr /g)!.length).toBe(document.alignment.units.length + 1);
    expect(twoColumns.match(/<w:tc>/g)!.length).toBe(2 * (document.alignment.units.length + 1));
    expect(threeColumns.match(/<w:tc>/g)!.length).toBe(3 * (document.alignment.units.length + 1));
    expect(textOf(twoColumns)).toContain('就业');
    expect(textOf(threeColumns)).toContain('ensure, ensure, and ensure');
  });
});

async function documentXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')?.async('string');
  expect(xml).toBeDefined();
  return xml!;
}

function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');
}
