/**
 * `duizhao score` through the binary, on a project built here with flags of
 * known penalties, so every total can be worked out by hand from the
 * presets' published weights.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeSpan } from '../core/anchor/index.ts';
import { documentHash } from '../core/io/document-hash.ts';
import { writeProjectFile } from '../core/io/project-file.ts';
import { writeReviewFile } from '../core/io/review-file.ts';
import { buildSegmentDocument, unitText } from '../core/io/segments.ts';
import type { BilingualDocument } from '../core/model/document.ts';
import type { Flag, Severity } from '../core/model/flag.ts';
import type { ReviewContext, ReviewOp } from '../core/model/review-log.ts';
import { createFlag, flagAdded, flagChanged } from '../core/review/index.ts';
import { newProject } from './new-project.ts';
import { duizhao, duizhaoInProcess } from './run-binary.test-support.ts';

const slow = { timeout: 30_000 };

/** 6 + 3 = 9 English words in 2 units. */
const document: BilingualDocument = buildSegmentDocument([
  { source: '猫坐在垫子上。', target: 'The cat sat on the mat.' },
  { source: '狗大声叫。', target: 'Dogs bark loudly.' },
]).document;

let counter = 0;
const ctx: ReviewContext = {
  author: { name: 'Tester', role: 'reviewer' },
  now: () => '2024-03-09T00:00:00.000Z',
  newId: () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
};

/** A flag on the words `exact` of unit `unit`'s MT. */
function flagOn(unit: number, exact: string, category: string, severity: Severity): Flag {
  const text = unitText(document, document.alignment.units[unit]!, 'target')!;
  const start = text.indexOf(exact);
  const anchor = describeSpan(text, start, start + exact.length, {
    side: 'target',
    unit,
    version: 'mt',
  });
  return createFlag({ anchor, category, severity }, ctx);
}

/**
 * Counted: Major mistranslation (unit 0), Minor punctuation and Critical
 * omission (unit 1). Excluded: a Major flag an editor rejected.
 */
function reviewOps(): ReviewOp[] {
  const counted = [
    flagOn(0, 'mat', 'Accuracy/Mistranslation', 'major'),
    flagOn(1, '.', 'Fluency/Punctuation', 'minor'),
    flagOn(1, 'bark', 'Accuracy/Omission', 'critical'),
  ];
  const rejected = flagOn(0, 'cat', 'Accuracy/Mistranslation', 'major');
  return [
    ...[...counted, rejected].map((flag) => flagAdded(flag, ctx)),
    flagChanged(rejected, { status: 'rejected' }, ctx)!,
  ];
}

let tmp: string;
let projectPath: string;
let reviewPath: string;
let emptyPath: string;
let otherPath: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'duizhao-score-'));
  const ops = reviewOps();
  const project = (ops: ReviewOp[], doc = document) =>
    writeProjectFile({
      ...newProject({ name: 'cats', document: doc, sourceFileName: null, targetFileName: null }),
      review: { typologyId: 'wmt-mqm', ops },
    });
  projectPath = join(tmp, 'cats.duizhao.json');
  emptyPath = join(tmp, 'clean.duizhao.json');
  reviewPath = join(tmp, 'cats.review.json');
  writeFileSync(projectPath, project(ops));
  writeFileSync(emptyPath, project([]));
  otherPath = join(tmp, 'other.duizhao.json');
  const other = buildSegmentDocument([{ source: '你好。', target: 'Hello.' }]).document;
  writeFileSync(otherPath, project([], other));
  const hash = documentHash(document.source?.text ?? null, document.target.text);
  writeFileSync(reviewPath, writeReviewFile({ documentHash: hash, ops, typologyId: 'wmt-mqm' }));
});

interface JsonScore {
  file: string;
  preset: string;
  measure: string;
  size: number;
  rawPenalty: number;
  normalised: number | null;
  pass: boolean | null;
  flags: { counted: number; capped: number; excluded: number; unplaced: number };
  bySeverity: Record<Severity, { count: number; penalty: number }>;
  byCategory: { category: string; count: number; penalty: number }[];
}

async function scores(...args: string[]): Promise<JsonScore[]> {
  const run = await duizhao('score', ...args, '--format', 'json');
  expect(run.stderr).toBe('');
  expect(run.code, run.stderr).toBe(0);
  return (JSON.parse(run.stdout) as { scores: JsonScore[] }).scores;
}

describe('duizhao score --format json', slow, () => {
  it('scores under the default MQM preset: 5 + 1 + 10 points per 9 words, failing', async () => {
    const [score] = await scores(projectPath);
    expect(score).toMatchObject({
      file: projectPath,
      preset: 'mqm',
      measure: 'en-words',
      size: 9,
      rawPenalty: 16,
      normalised: 1777.7778,
      pass: false,
      flags: { counted: 3, capped: 0, excluded: 1, unplaced: 0 },
    });
    expect(score!.bySeverity).toEqual({
      critical: { count: 1, penalty: 10 },
      major: { count: 1, penalty: 5 },
      minor: { count: 1, penalty: 1 },
      neutral: { count: 0, penalty: 0 },
    });
    expect(score!.byCategory.map((row) => [row.category, row.count, row.penalty])).toEqual([
      ['Accuracy/Omission', 1, 10],
      ['Accuracy/Mistranslation', 1, 5],
      ['Fluency/Punctuation', 1, 1],
    ]);
  });

  it('scores under WMT: Minor punctuation is 0.1, Critical is 5, mean per unit', async () => {
    const [score] = await scores(projectPath, '--preset', 'wmt');
    expect(score).toMatchObject({ measure: 'units', size: 2, rawPenalty: 10.1, pass: null });
    expect(score!.normalised).toBe(5.05);
  });

  it('gives one entry per file in order, and scores a review file on its project', async () => {
    const list = await scores(
      emptyPath,
      reviewPath,
      '--project',
      projectPath,
      '--preset',
      'matecat',
    );
    expect(list.map((s) => [s.file, s.rawPenalty, s.normalised, s.pass])).toEqual([
      [emptyPath, 0, 0, true],
      [reviewPath, 8.5, 944.4444, false],
    ]);
  });
});

describe('duizhao score (table and errors)', slow, () => {
  it('prints the verdict and the tables for people', async () => {
    const run = await duizhao('score', projectPath);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /raw penalty 16; normalised 1777\.7778 per 1,000 English words \(9 English words\)\s+FAIL/,
    );
    expect(run.stdout).toMatch(/critical\s+1\s+10/);
    expect(run.stdout).toMatch(/Accuracy\/Omission\s+1\s+10/);
  });

  const cases: [string, () => string[], RegExp][] = [
    ['a review file alone', () => [reviewPath], /review file.*needs the document.*--project/],
    [
      'an unknown preset',
      () => [projectPath, '--preset', 'lisa'],
      /--preset must be one of mqm, wmt, matecat/,
    ],
    ['no file', () => [], /give one or more project or review files/],
    [
      'a review of another document',
      () => [reviewPath, '--project', otherPath],
      /cats\.review\.json: This review belongs to another document/,
    ],
    [
      'a project file that is missing',
      () => [projectPath, join(tmp, 'nope.duizhao.json')],
      /cannot read .*nope\.duizhao\.json: no such file/,
    ],
  ];
  // In process: the binary's exit code reaching the shell is checked elsewhere.
  it.for(cases)('%s exits with 2', async ([, args, message]) => {
    const run = await duizhaoInProcess('score', ...args());
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });
});
