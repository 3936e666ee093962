/**
 * The review travels in the file: flags (overlapping, on one span, around
 * codes, on the source), revisions with decisions, and unit status marks
 * written as XLIFF 1.2 + ITS and read back unchanged.
 */
import { describe, expect, it } from 'vitest';
import { describeSpan } from '../../anchor/index.ts';
import type { Project } from '../../model/project.ts';
import type { ReviewOp } from '../../model/review-log.ts';
import { revisionVersion } from '../../model/revision.ts';
import { replay } from '../../review/apply.ts';
import { createFlag, flagAdded } from '../../review/commands.ts';
import { testContext } from '../../review/review.fixtures.ts';
import { flagDecided, revisionDecided } from '../../revision/decide.ts';
import { revisionSaved } from '../../revision/save.ts';
import { unitMarked } from '../../revision/status.ts';
import { unitVersions } from '../../revision/texts.ts';
import { xliff12Format } from './format.ts';
import { essentials, readProject } from './xliff12.test-support.ts';

const FILE = `<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="a.txt" source-language="zh-CN" target-language="en" datatype="plaintext"><body>
<trans-unit id="1"><source>他说<g id="1">钢铁</g>关税将上涨。</source>
<target>He said the <g id="1">steel</g> tariff would rise.</target></trans-unit>
<trans-unit id="2"><source>第二句。</source><target>Second sentence.</target>
<note from="pm">check 𠀀</note></trans-unit>
</body></file></xliff>`;

/** Appends `op` (or nothing) to `ops` and returns it. */
function push(ops: ReviewOp[], op: ReviewOp | null): ReviewOp {
  if (!op) throw new Error('no op');
  ops.push(op);
  return op;
}

function reviewed(): Project {
  const project = readProject(FILE);
  const ops: ReviewOp[] = [];
  const ctx = testContext('r');
  const editor = testContext('e', { name: '王编辑', role: 'editor' });
  const target = (unit: number) =>
    unitVersions(project.document, replay(ops), { mode: 'latest' })[unit]?.text ?? '';
  const span = (
    unit: number,
    words: string,
    side: 'source' | 'target' = 'target',
    version = 'mt',
  ) => {
    const text =
      side === 'target' ? target(unit) : (project.document.source?.text.split('\n')[unit] ?? '');
    const start = text.indexOf(words);
    return describeSpan(text, start, start + words.length, { side, unit, version });
  };
  const flag = (
    unit: number,
    words: string,
    category: string,
    side: 'source' | 'target' = 'target',
  ) =>
    createFlag(
      {
        anchor: span(unit, words, side),
        category,
        severity: 'major',
        comment: `on ${words}`,
        suggestion: 'x',
      },
      ctx,
    );
  const f1 = flag(0, 'said the', 'Accuracy/Mistranslation');
  const f2 = flag(0, 'the \ue000steel', 'Fluency/Grammar');
  const f3 = flag(0, 'the \ue000steel', 'Style/Awkward');
  const f4 = flag(0, '钢铁', 'Source error', 'source');
  for (const f of [f1, f2, f3, f4]) push(ops, flagAdded(f, ctx));
  push(
    ops,
    flagDecided(
      f3,
      undefined,
      { verdict: 'rejected', reason: 'not-an-error', note: 'fine' },
      editor,
    ),
  );
  const mt1 = unitVersions(project.document, replay(ops), { mode: 'latest' })[1];
  if (!mt1) throw new Error('no unit');
  const save1 = push(ops, revisionSaved(1, mt1, 'The second sentence.', ctx, 'article'));
  const rev1 = replay(ops).revisions.get(save1.subject);
  if (!rev1) throw new Error('no revision');
  push(ops, revisionDecided(rev1, { verdict: 'approved' }, editor));
  const save2 = push(
    ops,
    revisionSaved(
      1,
      { text: 'The second sentence.', version: revisionVersion(rev1.id) },
      'The 2nd sentence.',
      ctx,
    ),
  );
  const text2 = 'The 2nd sentence.';
  const onRev = createFlag(
    {
      anchor: describeSpan(text2, 4, 7, {
        side: 'target',
        unit: 1,
        version: revisionVersion(save2.subject),
      }),
      category: 'Style',
      severity: 'minor',
    },
    ctx,
  );
  push(ops, flagAdded(onRev, ctx));
  push(ops, unitMarked(0, 'reviewed', 'mt', undefined, editor, { note: 'ok' }));
  return { ...project, review: { ...project.review, ops: [...project.review.ops, ...ops] } };
}

describe('XLIFF 1.2 review round trip', () => {
  it('keeps flags, revisions, decisions and statuses through write and read', () => {
    const project = reviewed();
    const written = xliff12Format.write(project);
    const back = readProject(written);
    expect(essentials(back)).toEqual(essentials(project));
    expect(replay(back.review.ops).flags.size).toBe(5);
  });

  it('writes ITS markers, a standoff record for two flags on one span, and previous versions', () => {
    const written = xliff12Format.write(reviewed());
    expect(written).toContain('its:locQualityIssueType="mistranslation"');
    expect(written).toContain('dz:category="Fluency/Grammar"');
    expect(written).toMatch(/<its:locQualityIssues xml:id="dz-lqi-1"><its:locQualityIssue /);
    expect(written).toContain('alttranstype="previous-version"');
    expect(written).toContain('state="signed-off"');
    expect(written).toMatch(/<target [^>]*dz:version="rev:/);
  });

  it('writes the approved text when asked, and the latest by default', () => {
    const project = reviewed();
    expect(xliff12Format.write(project)).toMatch(/<target[^>]*>The 2nd sentence\.<\/target>/);
    expect(xliff12Format.write(project, { texts: 'approved' })).toMatch(
      /<target[^>]*>The second sentence\.<\/target>/,
    );
  });
});
