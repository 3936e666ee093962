import { describe, expect, it } from 'vitest';
import { buildDocument } from '../align/index.ts';
import type { ReviewOp } from '../model/review-log.ts';
import { REVIEW_FORMAT_VERSION } from '../model/review-schema.ts';
import { flagAdded, flagChanged, replay } from '../review/index.ts';
import { flagOn, testContext } from '../review/review.fixtures.ts';
import { revisionSaved, unitMarked } from '../revision/index.ts';
import { mtText } from '../revision/texts.ts';
import { documentHash } from './document-hash.ts';
import { readReviewFile, ReviewFileError, writeReviewFile } from './review-file.ts';

const HASH = documentHash('发言人表示。', 'The spokesman said.');

/** A log of flag operations only, as version 1 wrote them. */
function flagLog(): ReviewOp[] {
  const ctx = testContext('v1');
  const flag = flagOn('tarrif rate', ctx, 'tariff rate');
  return [flagAdded(flag, ctx), flagChanged(flag, { severity: 'minor' }, ctx)!];
}

/** `ops` in a file whose envelope says `version`. */
function fileText(ops: ReviewOp[], version: number): string {
  const file = JSON.parse(
    writeReviewFile({
      documentHash: HASH,
      ops,
      typologyId: 'wmt-mqm',
      exportedAt: '2024-03-10T12:00:00.000Z',
    }),
  ) as Record<string, unknown>;
  return JSON.stringify({ ...file, version });
}

function refusal(json: string): ReviewFileError {
  try {
    readReviewFile(json);
  } catch (error) {
    if (error instanceof ReviewFileError) return error;
    throw error;
  }
  throw new Error('expected readReviewFile to throw');
}

describe('review file versions', () => {
  it('writes version 2', () => {
    expect(REVIEW_FORMAT_VERSION).toBe(2);
    expect(
      JSON.parse(writeReviewFile({ documentHash: HASH, ops: [], typologyId: 'x' })),
    ).toMatchObject({
      version: 2,
    });
  });

  it('reads a version 1 file, migrated: same operations, same flags', () => {
    const ops = flagLog();
    const content = readReviewFile(fileText(ops, 1), HASH);
    expect(content.ops).toEqual(ops);
    expect([...content.state.flags.values()]).toEqual([...replay(ops).flags.values()]);
    expect(content.state.flags.size).toBe(1);
    // Written again, it is a version 2 file that reads back the same.
    const rewritten = writeReviewFile({ documentHash: HASH, ops: content.ops, typologyId: 'x' });
    expect(readReviewFile(rewritten).ops).toEqual(ops);
  });

  it('reads corrections in version 2 and refuses them in a file that says version 1', () => {
    const document = buildDocument(null, 'The tarrif rate rose.');
    const ctx = testContext('v2', { name: 'Wang', role: 'translator' });
    const mt = { text: mtText(document, 0), version: 'mt' };
    const save = revisionSaved(0, mt, 'The tariff rate rose.', ctx)!;
    const mark = unitMarked(0, 'confirmed', `rev:${save.subject}`, undefined, ctx);
    const ops = [...flagLog(), save, mark];

    const content = readReviewFile(fileText(ops, 2));
    expect(content.state.revisions.size).toBe(1);
    expect(content.state.unitMarks.get(0)?.status).toBe('confirmed');

    const error = refusal(fileText(ops, 1));
    expect(error.code).toBe('invalid');
    expect(error.path).toBe('ops[2].kind');
  });

  it('refuses a newer version, saying to update the app', () => {
    const error = refusal(fileText(flagLog(), 3));
    expect(error.code).toBe('unsupported-version');
    expect(error.message).toMatch(/version 3.*newer Duizhao.*Update Duizhao/);
  });
});
