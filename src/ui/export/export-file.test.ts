import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../core/align/index.ts';
import { DEFAULT_BILINGUAL_LABELS } from '../../core/export/index.ts';
import type { ReviewContext } from '../../core/model/review-log.ts';
import { applyOp, emptyReviewState } from '../../core/review/index.ts';
import { revisionDecided, revisionSaved, unitVersions } from '../../core/revision/index.ts';
import { normalizeText } from '../../core/text/normalize.ts';
import { exportFile } from './export-file.ts';

const read = (name: string) =>
  normalizeText(readFileSync(new URL(`../../../fixtures/${name}`, import.meta.url), 'utf8'));
const document = buildDocument(
  read('press-conference.source.zh.txt'),
  read('press-conference.mt.en.txt'),
);
let ids = 0;
const ctx: ReviewContext = {
  author: { name: 'Wang', role: 'translator' },
  now: () => '2024-03-05T08:00:00.000Z',
  newId: () => `id-${++ids}`,
};

/** The demo with "ensure, ensure, and ensure" revised (approved) and another unit revised (pending). */
function reviewed() {
  const versions = unitVersions(document, emptyReviewState(), { mode: 'latest' });
  const ensure = versions.findIndex((v) => v.text.includes('ensure, ensure, and ensure'));
  const other = ensure === 0 ? 1 : 0;
  let state = emptyReviewState();
  const save = revisionSaved(
    ensure,
    versions[ensure]!,
    versions[ensure]!.text.replace('ensure, ensure, and ensure', 'firmly safeguard'),
    ctx,
  )!;
  state = applyOp(state, save);
  state = applyOp(
    state,
    revisionDecided(state.revisions.get(save.subject)!, { verdict: 'approved' }, ctx),
  );
  state = applyOp(state, revisionSaved(other, versions[other]!, 'PENDING EDIT', ctx)!);
  return state;
}

const choice = { format: 'txt', mode: 'approved', tracked: false, withMt: false } as const;

describe('exportFile', () => {
  const state = reviewed();

  it('exports approved revisions only, or the latest text, named by mode and format', async () => {
    const approved = await exportFile(document, state, choice, 'demo', DEFAULT_BILINGUAL_LABELS);
    expect(approved.fileName).toBe('demo.approved.txt');
    expect(approved.content).toContain('firmly safeguard the bottom line');
    expect(approved.content).not.toContain('PENDING EDIT');
    const latest = await exportFile(
      document,
      state,
      { ...choice, mode: 'latest' },
      'demo',
      DEFAULT_BILINGUAL_LABELS,
    );
    expect(latest.fileName).toBe('demo.latest.txt');
    expect(latest.content).toContain('PENDING EDIT');
  });

  it('writes Word files, with tracked changes when asked', async () => {
    const file = await exportFile(
      document,
      state,
      { ...choice, format: 'docx', tracked: true },
      'demo',
      DEFAULT_BILINGUAL_LABELS,
    );
    expect(file.fileName).toBe('demo.approved.tracked.docx');
    const xml = await (
      await JSZip.loadAsync(file.content)
    )
      .file('word/document.xml')!
      .async('string');
    // Word runs split the insertion word by word; the deleted MT is kept as w:delText.
    expect(xml).toMatch(/<w:ins [^>]*w:author="Wang"/);
    expect(xml).toMatch(/<w:delText[^>]*>ensure/);
    expect(xml).toContain('firmly');
  });

  it('writes bilingual tables with the MT column on request, and markdown and html', async () => {
    const labels = { source: 'ZH', corrected: 'EN fixed', mt: 'EN raw' };
    const html = await exportFile(
      document,
      state,
      { ...choice, format: 'bilingual-html', withMt: true },
      'demo',
      labels,
    );
    expect(html.content).toContain('EN raw');
    const without = await exportFile(
      document,
      state,
      { ...choice, format: 'bilingual-html' },
      'demo',
      labels,
    );
    expect(without.content).not.toContain('EN raw');
    const md = await exportFile(document, state, { ...choice, format: 'md' }, 'demo', labels);
    expect(md.type).toMatch(/^text\/markdown/);
    const bi = await exportFile(
      document,
      state,
      { ...choice, format: 'bilingual-docx' },
      'demo',
      labels,
    );
    expect(bi.content).toBeInstanceOf(Uint8Array);
  });
});
