/**
 * Round trip as a property: a generated XLIFF file (Chinese and astral
 * text, inline codes, segmented units), read, given a generated review
 * (flags on both sides and on revised text, revisions with decisions, unit
 * marks), written and read again is the same project: document, codes,
 * notes, flags, decisions, texts, history and statuses.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeSpan } from '../../anchor/index.ts';
import type { Severity } from '../../model/flag.ts';
import type { Project } from '../../model/project.ts';
import type { ReviewContext, ReviewOp } from '../../model/review-log.ts';
import { replay } from '../../review/apply.ts';
import { createFlag, flagAdded } from '../../review/commands.ts';
import { flagDecided, revisionDecided } from '../../revision/decide.ts';
import { revisionSaved } from '../../revision/save.ts';
import { approveAll } from '../../revision/approve-all.ts';
import { canEdit, canSignOff, reopened, signedOff } from '../../revision/signoff.ts';
import { unitMarked } from '../../revision/status.ts';
import { unitVersions } from '../../revision/texts.ts';
import { isCodeCharAt } from '../../model/inline-code.ts';
import { escapeXmlText } from '../xml/index.ts';
import { xliff12Format } from './format.ts';
import { structureProblems } from './structure.test-support.ts';
import { essentials, readProject } from './xliff12.test-support.ts';

const TIMEOUT_MS = 120_000;

/** Text without markup characters' troubles: Chinese, English, astral, spaces. */
const words = fc
  .array(
    fc.constantFrom('中', '文', '𠀀', '😀', 'a', 'B', ' ', '&', '<', '"', 'é', '。', ',', '\t'),
    { minLength: 1, maxLength: 8 },
  )
  .map((parts) => parts.join(''));

/** Inline content: text and codes (paired `g`, `x`, `ph` with data, `bpt`/`ept`). */
const content = (id: number) =>
  fc
    .array(
      fc.oneof(
        words.map((text) => escapeXmlText(text)),
        words.map((text) => `<g id="${id}g">${escapeXmlText(text)}</g>`),
        fc.constant(`<x id="${id}x"/>`),
        fc.constant(`<ph id="${id}p">{0}<sub>s</sub></ph>`),
        fc.constant(`<bpt id="${id}b">&lt;i></bpt>i<ept id="${id}b">&lt;/i></ept>`),
      ),
      { minLength: 1, maxLength: 4 },
    )
    .map((parts) => parts.join(''));

const transUnit = fc
  .tuple(fc.nat(50), fc.boolean(), content(1), content(1), content(2), content(2), fc.boolean())
  .map(([n, segmented, s1, t1, s2, t2, note]) => {
    const notes = note ? '<note from="pm">注意 &lt;b></note>' : '';
    if (!segmented)
      return `<trans-unit id="u${n}"><source>${s1}</source><target>${t1}</target>${notes}</trans-unit>`;
    return `<trans-unit id="s${n}"><source>${s1}${s2}</source><seg-source><mrk mtype="seg" mid="1">${s1}</mrk> <mrk mtype="seg" mid="2">${s2}</mrk></seg-source><target><mrk mtype="seg" mid="1">${t1}</mrk> <mrk mtype="seg" mid="2">${t2}</mrk></target>${notes}</trans-unit>`;
  });

const xliff = fc
  .array(transUnit, { minLength: 1, maxLength: 4 })
  .map(
    (units) =>
      `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="o" source-language="zh-CN" target-language="en" datatype="plaintext"><body>${units.join('')}</body></file></xliff>`,
  );

/** One review action, its numbers to be taken modulo what exists. */
const action = fc.record({
  kind: fc.constantFrom(
    'flag',
    'source-flag',
    'revise',
    'decide-revision',
    'decide-flag',
    'mark',
    'signoff',
  ),
  unit: fc.nat(),
  a: fc.nat(),
  b: fc.nat(),
  verdict: fc.constantFrom<'approved' | 'rejected'>('approved', 'rejected'),
  severity: fc.constantFrom<Severity>('critical', 'major', 'minor', 'neutral'),
  category: fc.constantFrom(
    'Accuracy/Mistranslation',
    'Fluency/Spelling',
    'Style/Awkward',
    'Non-translation',
    'Other',
  ),
  comment: words,
  suggestion: fc.option(words),
  replacement: words,
});

type Action = typeof action extends fc.Arbitrary<infer T> ? T : never;

function clock(prefix: string, name: string, role: 'reviewer' | 'editor'): ReviewContext {
  let tick = 0;
  let id = 0;
  return {
    author: { name, role },
    now: () => new Date(Date.UTC(2024, 0, 1, 0, 0, tick++)).toISOString(),
    newId: () => `${prefix}-${++id}`,
  };
}

/** Replaces the text between codes at random, keeping the codes in order. */
function revise(text: string, replacement: string, seed: number): string {
  let out = '';
  let piece = 0;
  let run = '';
  const flush = () => {
    out += (seed >> piece) % 2 ? replacement : run;
    run = '';
    piece++;
  };
  for (let i = 0; i < text.length; i++) {
    if (isCodeCharAt(text, i)) {
      flush();
      out += text.charAt(i);
    } else run += text.charAt(i);
  }
  flush();
  return out;
}

function applyActions(project: Project, actions: Action[]): Project {
  const ops: ReviewOp[] = [...project.review.ops];
  const reviewer = clock('r', '李审校', 'reviewer');
  const editor = clock('e', 'Ed', 'editor');
  const count = project.document.alignment.units.length;
  for (const act of actions) {
    const unit = act.unit % count;
    const state = replay(ops);
    const current = unitVersions(project.document, state, { mode: 'latest' })[unit];
    if (!current) continue;
    if (act.kind === 'flag' || act.kind === 'source-flag') {
      const range = project.document.alignment.units[unit]?.source;
      const text =
        act.kind === 'flag'
          ? current.text
          : range && project.document.source
            ? project.document.source.text.slice(range.start, range.end)
            : '';
      if (text.length === 0) continue;
      const start = act.a % text.length;
      const end = start + 1 + (act.b % (text.length - start));
      const anchor = describeSpan(text, start, end, {
        side: act.kind === 'flag' ? 'target' : 'source',
        unit,
        version: act.kind === 'flag' ? current.version : 'mt',
      });
      const flag = createFlag(
        {
          anchor,
          category: act.category,
          severity: act.severity,
          comment: act.comment,
          suggestion: act.suggestion,
        },
        reviewer,
      );
      ops.push(flagAdded(flag, reviewer));
    } else if (act.kind === 'revise') {
      const op = revisionSaved(
        unit,
        current,
        revise(current.text, act.replacement, act.a),
        reviewer,
        act.b % 2 ? act.comment : undefined,
      );
      if (op) ops.push(op);
    } else if (act.kind === 'decide-revision') {
      const pending = [...state.revisions.values()].filter(
        (revision) => revision.status === 'pending',
      );
      const revision = pending[act.a % Math.max(pending.length, 1)];
      if (revision)
        ops.push(
          revisionDecided(
            revision,
            { verdict: act.verdict, reason: act.b % 2 ? 'correct' : null, note: act.comment },
            editor,
          ),
        );
    } else if (act.kind === 'decide-flag') {
      const flags = [...state.flags.values()].filter((flag) => !state.flagDecisions.has(flag.id));
      const flag = flags[act.a % Math.max(flags.length, 1)];
      if (flag)
        ops.push(flagDecided(flag, undefined, { verdict: act.verdict, note: act.comment }, editor));
    } else if (act.kind === 'signoff') {
      // Approve everything, sign off, and sometimes reopen.
      const all = project.document.alignment.units.map((_, index) => index);
      ops.push(...approveAll(project.document, state, all, editor));
      const approved = replay(ops);
      if (canSignOff(project.document, approved))
        ops.push(signedOff(project.document, approved, editor, act.comment));
      if (act.b % 2 && !canEdit(replay(ops))) ops.push(reopened(replay(ops), editor, act.comment));
    } else {
      const statuses = ['confirmed', 'reviewed', 'approved', 'rejected'] as const;
      ops.push(
        unitMarked(
          unit,
          statuses[act.a % 4] ?? 'reviewed',
          current.version,
          state.unitMarks.get(unit),
          editor,
          { note: act.comment },
        ),
      );
    }
  }
  return { ...project, review: { ...project.review, ops } };
}

describe('XLIFF 1.2 round trip (property)', () => {
  it(
    'import → review → export → import keeps the project',
    () => {
      fc.assert(
        fc.property(
          xliff,
          fc.array(action, { maxLength: 12 }),
          fc.boolean(),
          (file, actions, approved) => {
            const project = applyActions(readProject(file), actions);
            const written = xliff12Format.write(project, {
              texts: approved ? 'approved' : 'latest',
            });
            expect(structureProblems(written)).toEqual([]);
            const back = readProject(written);
            expect(essentials(back)).toEqual(essentials(project));
            // And once more: a second round changes nothing in the file.
            expect(xliff12Format.write(back, { texts: approved ? 'approved' : 'latest' })).toBe(
              written,
            );
          },
        ),
        { numRuns: 300 },
      );
    },
    TIMEOUT_MS,
  );
});
