import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ReviewOp } from '../model/review-log.ts';
import { MAX_COMMENT_CHARS } from '../model/review-schema.ts';
import {
  flagAdded,
  flagChanged,
  flagDeleted,
  inverseOf,
  mergeReviewLogs,
  replay,
} from '../review/index.ts';
import { flagOn, testContext } from '../review/review.fixtures.ts';
import { documentHash } from './document-hash.ts';
import { schemaErrors } from './json-schema-subset.test-support.ts';
import {
  MAX_REVIEW_FILE_CHARS,
  readReviewFile,
  ReviewFileError,
  reviewFileJsonSchema,
  writeReviewFile,
  type ReviewFileErrorCode,
} from './review-file.ts';

const root = new URL('../../../', import.meta.url);
const HASH = documentHash('发言人表示。', 'The spokesman said.');
const OTHER_HASH = documentHash(null, 'Another document.');

/** A log with every kind of operation: adds (one with a suggestion), changes, a deletion, an undo. */
function sampleLog(): ReviewOp[] {
  const ctx = testContext('op');
  const a = flagOn('tarrif rate', ctx, 'tariff rate');
  const b = flagOn('3%', ctx);
  const c = flagOn('imported steel', ctx);
  const addA = flagAdded(a, ctx);
  const addB = flagAdded(b, ctx);
  const addC = flagAdded(c, ctx);
  const ops = [addA, addB, addC];
  ops.push(flagChanged(a, { comment: '<script>alert("x")</script> & <b>bold</b>' }, ctx)!);
  ops.push(flagDeleted(b, ctx));
  const beforeUndo = replay(ops);
  const undo = inverseOf(addC, replay(ops.slice(0, 2)), ctx);
  expect(beforeUndo.flags.size).toBe(3);
  ops.push(undo);
  return ops;
}

function fileWith(ops: ReviewOp[] = sampleLog()): Record<string, unknown> {
  return JSON.parse(
    writeReviewFile({
      documentHash: HASH,
      ops,
      typologyId: 'wmt-mqm',
      exportedAt: '2024-03-10T12:00:00.000Z',
    }),
  ) as Record<string, unknown>;
}

function rejection(json: string, expectedHash?: string): ReviewFileError {
  try {
    readReviewFile(json, expectedHash);
  } catch (error) {
    if (error instanceof ReviewFileError) return error;
    throw error;
  }
  throw new Error('expected readReviewFile to throw');
}

function expectRejected(json: string, code: ReviewFileErrorCode, message: RegExp): ReviewFileError {
  const error = rejection(json);
  expect(error.code).toBe(code);
  expect(error.message).toMatch(message);
  return error;
}

describe('writeReviewFile / readReviewFile', () => {
  it('round-trips the log and replays it', () => {
    const ops = sampleLog();
    const text = writeReviewFile({ documentHash: HASH, ops, typologyId: 'wmt-mqm' });
    const content = readReviewFile(text, HASH);
    expect(content.ops).toEqual(ops);
    expect(content).toMatchObject({ documentHash: HASH, typologyId: 'wmt-mqm' });
    expect(content.state.flags).toEqual(replay(ops).flags);
    expect(text.startsWith('{\n  "format": "duizhao-review",\n  "version": 2,\n')).toBe(true);
  });

  it('keeps HTML in a comment as an inert string', () => {
    const content = readReviewFile(JSON.stringify(fileWith()));
    const comments = [...content.state.flags.values()].map((flag) => flag.comment);
    expect(comments).toContain('<script>alert("x")</script> & <b>bold</b>');
  });

  it('refuses a file for another document, saying so', () => {
    const error = rejection(JSON.stringify(fileWith()), OTHER_HASH);
    expect(error.code).toBe('wrong-document');
    expect(error.message).toMatch(/belongs to another document/);
    expect(error.path).toBe('document.sha256');
  });

  it('refuses what is not a review file, or not this version of it', () => {
    expectRejected('{"format": ', 'not-json', /not valid JSON/);
    expectRejected('[]', 'wrong-format', /not a Duizhao review file/);
    expectRejected('{"format": "duizhao-project", "version": 2}', 'wrong-format', /project file/);
    expectRejected(
      JSON.stringify({ ...fileWith(), version: 3 }),
      'unsupported-version',
      /version 3.*newer Duizhao.*up to version 2.*Update Duizhao/,
    );
    expectRejected(
      JSON.stringify({ ...fileWith(), version: 'one' }),
      'invalid',
      /positive integer/,
    );
  });

  it('refuses huge strings, naming where they are', () => {
    const file = fileWith();
    const ops = file.ops as { patch: { path: string; value: unknown }[] }[];
    const comment = ops[0]!.patch.find((op) => op.path === '/comment')!;
    comment.value = 'x'.repeat(MAX_COMMENT_CHARS + 1);
    const error = expectRejected(
      JSON.stringify(file),
      'invalid',
      /at ops\[0\]: .*invalid at comment/,
    );
    expect(error.path).toBe('ops[0]');
    const longName = fileWith();
    (longName.ops as { author: { name: string } }[])[1]!.author.name = 'n'.repeat(201);
    expectRejected(JSON.stringify(longName), 'invalid', /at ops\[1\]\.author\.name: /);
  });

  it('refuses files over the size limit before parsing them', () => {
    expectRejected(' '.repeat(MAX_REVIEW_FILE_CHARS + 1), 'too-large', /too large/);
  });

  it('refuses unknown fields, forged patches and logs that do not replay', () => {
    expectRejected(JSON.stringify({ ...fileWith(), extra: 1 }), 'invalid', /Unrecognized key/);
    const moved = fileWith();
    (moved.ops as { patch: unknown[] }[])[3]!.patch = [{ op: 'move', from: '/a', path: '/b' }];
    expectRejected(JSON.stringify(moved), 'invalid', /at ops\[3\]\.patch\[0\]/);
    const reordered = fileWith(sampleLog().reverse());
    expectRejected(JSON.stringify(reordered), 'invalid', /at ops\[0\]: Operation/);
  });
});

describe('merging an imported review file', () => {
  it('adds nothing when the same file is imported twice', () => {
    const ops = sampleLog();
    const imported = readReviewFile(
      writeReviewFile({ documentHash: HASH, ops, typologyId: 'wmt-mqm' }),
      HASH,
    );
    const first = mergeReviewLogs([], imported.ops);
    expect(first.added).toBe(ops.length);
    expect(mergeReviewLogs(first.ops, imported.ops)).toMatchObject({ added: 0, conflicts: [] });
  });
});

describe('docs/review.schema.json', () => {
  const committed = committedSchema();

  it('is exactly the JSON Schema generated from the zod schema', () => {
    expect(committed).toEqual(reviewFileJsonSchema());
  });

  it('validates every file the app writes', () => {
    const logs = [[], sampleLog(), sampleLog().slice(0, 1)];
    for (const ops of logs) {
      const file = JSON.parse(
        writeReviewFile({ documentHash: HASH, ops, typologyId: 'mqm-core' }),
      ) as unknown;
      expect(schemaErrors(committed, file)).toEqual([]);
    }
  });

  it('and catches what is wrong with a broken one', () => {
    const file = fileWith();
    file.format = 'xliff';
    (file.ops as { kind: string }[])[0]!.kind = 'flag.explode';
    expect(schemaErrors(committed, file)).toEqual([
      '$.format: expected "duizhao-review"',
      '$.ops[0].kind: not in enum',
    ]);
  });
});

describe('docs/review-format.md', () => {
  it('shows an example that is a valid review file', () => {
    const doc = readFileSync(new URL('docs/review-format.md', root), 'utf8');
    const example = /```json\n([\s\S]*?)\n```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    const content = readReviewFile(example!);
    expect(content.state.flags.size).toBe(1);
    expect(schemaErrors(committedSchema(), JSON.parse(example!))).toEqual([]);
  });
});

function committedSchema(): Record<string, unknown> {
  const text = readFileSync(new URL('docs/review.schema.json', root), 'utf8');
  return JSON.parse(text) as Record<string, unknown>;
}
