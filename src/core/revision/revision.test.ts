import { describe, expect, it } from 'vitest';
import { buildDocument } from '../align/index.ts';
import type { ReviewContext, ReviewOp } from '../model/review-log.ts';
import { catchUp, emptyReviewState, flagAdded } from '../review/index.ts';
import { flagOnText, testContext } from '../review/review.fixtures.ts';
import {
  approveAll,
  canEdit,
  canSignOff,
  flagDecided,
  reopened,
  restoreVersion,
  revisionDecided,
  revisionSaved,
  signedOff,
  touchedFlags,
  unitHistory,
  unitMarked,
  unitStatuses,
  unitTexts,
  unitVersions,
} from './index.ts';

const document = buildDocument(null, 'The tarrif rate rose. Exports fell sharply.\nImports grew.');

/** A log under construction with its state, as the store keeps them. */
function session() {
  const ops: ReviewOp[] = [];
  let state = emptyReviewState();
  const translator = testContext('t', { name: 'Zhang Min', role: 'translator' });
  const editor = testContext('e', { name: 'Chen Jing', role: 'editor' });
  return {
    translator,
    editor,
    get state() {
      return state;
    },
    ops,
    append(op: ReviewOp | null) {
      expect(op).not.toBeNull();
      ops.push(op!);
      state = catchUp(state, ops);
      return op!;
    },
    edit(unit: number, text: string, ctx: ReviewContext = translator) {
      const current = unitVersions(document, state, { mode: 'latest' })[unit]!;
      return this.append(revisionSaved(unit, current, text, ctx)).subject;
    },
    decide(id: string, verdict: 'approved' | 'rejected') {
      this.append(revisionDecided(state.revisions.get(id)!, { verdict }, editor));
    },
    latest: (unit: number) => unitTexts(document, state, { mode: 'latest' })[unit],
    approved: (unit: number) => unitTexts(document, state, { mode: 'approved' })[unit],
  };
}

describe('revisions', () => {
  it('records a word diff against the current text and applies it', () => {
    const s = session();
    const id = s.edit(0, 'The tariff rate rose.');
    expect(s.state.revisions.get(id)).toMatchObject({
      unit: 0,
      baseVersion: 'mt',
      status: 'pending',
      changes: [
        { value: 'The ', added: false, removed: false },
        { value: 'tarrif', added: false, removed: true },
        { value: 'tariff', added: true, removed: false },
        { value: ' rate rose.', added: false, removed: false },
      ],
    });
    expect(s.ops[0]!.patch.some((op) => op.path === '/changes')).toBe(false);
    expect(s.latest(0)).toBe('The tariff rate rose.');
    expect(s.approved(0)).toBe('The tarrif rate rose.');
    expect(revisionSaved(0, { text: 'same', version: 'mt' }, 'same', s.translator)).toBeNull();
  });

  it('falls back to the previous text on rejection and leaves later revisions stale', () => {
    const s = session();
    const first = s.edit(0, 'The tariff rate rose.');
    const second = s.edit(0, 'The tariff rate rose sharply.');
    const third = s.edit(0, 'The tariff rates rose sharply.');
    s.decide(first, 'approved');
    s.decide(second, 'rejected');
    expect(s.latest(0)).toBe('The tariff rate rose.');
    const history = unitHistory(document, s.state, 0);
    expect(history.versions.map((v) => v.state)).toEqual([
      'superseded',
      'current',
      'rejected',
      'stale',
    ]);
    expect(history.versions[3]!.text).toBe('The tariff rates rose sharply.');
    // The stale wording can be brought back, as a new revision on the current text.
    const restore = s.append(restoreVersion(history, `rev:${third}`, s.translator));
    expect(s.state.revisions.get(restore.subject)!.baseVersion).toBe(`rev:${first}`);
    expect(s.latest(0)).toBe('The tariff rates rose sharply.');
    expect(s.approved(0)).toBe('The tariff rate rose.');
    // Restoring the MT is a revision too, and restoring the current text is nothing.
    const again = unitHistory(document, s.state, 0);
    expect(restoreVersion(again, `rev:${restore.subject}`, s.translator)).toBeNull();
    s.append(restoreVersion(again, 'mt', s.translator));
    expect(s.latest(0)).toBe('The tarrif rate rose.');
  });

  it('refuses a forged save whose decision fields are already set', () => {
    const s = session();
    const op = revisionSaved(0, { text: 'a', version: 'mt' }, 'b', s.translator)!;
    op.patch = op.patch.map((p) => (p.path === '/status' ? { ...p, value: 'approved' } : p));
    expect(() => s.append(op)).toThrow(/decision/);
  });
});

describe('unit statuses and sign-off', () => {
  it('goes untouched → edited → confirmed → reviewed → approved, and edits reset it', () => {
    const s = session();
    const status = () => unitStatuses(document, s.state)[0];
    expect(status()).toBe('untouched');
    const id = s.edit(0, 'The tariff rate rose.');
    expect(status()).toBe('edited');
    const mark = (what: 'confirmed' | 'reviewed' | 'rejected', ctx: ReviewContext) =>
      s.append(unitMarked(0, what, `rev:${id}`, s.state.unitMarks.get(0), ctx));
    mark('confirmed', s.translator);
    expect(status()).toBe('confirmed');
    mark('reviewed', s.translator);
    expect(status()).toBe('reviewed');
    s.decide(id, 'approved');
    expect(status()).toBe('approved');
    mark('rejected', s.editor);
    expect(status()).toBe('rejected');
    s.edit(0, 'The tariff rate increased.');
    expect(status()).toBe('edited');
  });

  it('signs off only when every unit is approved, then freezes edits until reopened', () => {
    const s = session();
    s.edit(1, 'Exports fell steeply.');
    expect(canSignOff(document, s.state)).toBe(false);
    expect(() => signedOff(document, s.state, s.editor)).toThrow(/every unit/);
    const all = document.alignment.units.map((_, index) => index);
    for (const op of approveAll(document, s.state, all, s.editor, { reason: 'correct' })) {
      s.append(op);
    }
    expect(unitStatuses(document, s.state).every((status) => status === 'approved')).toBe(true);
    expect(approveAll(document, s.state, all, s.editor)).toEqual([]);
    expect(s.approved(1)).toBe('Exports fell steeply.');
    s.append(signedOff(document, s.state, s.editor));
    expect(canEdit(s.state)).toBe(false);
    s.append(reopened(s.state, s.editor, 'A late correction.'));
    expect(canEdit(s.state)).toBe(true);
    expect(s.state.signoff).toMatchObject({ signedOff: false, note: 'A late correction.' });
  });
});

describe('decisions on flags and touched flags', () => {
  const mt = unitTexts(document, emptyReviewState(), { mode: 'latest' })[0]!;
  const flagOn = (words: string, ctx: ReviewContext) =>
    flagOnText(mt, 0, words, ctx, { category: 'Fluency/Spelling', severity: 'minor' });

  it('rejecting a flag sets it rejected; approving keeps its status', () => {
    const s = session();
    const flag = flagOn('tarrif', s.translator);
    const other = flagOn('rose', s.translator);
    s.append(flagAdded(flag, s.translator));
    s.append(flagAdded(other, s.translator));
    s.append(flagDecided(flag, undefined, { verdict: 'approved', reason: 'correct' }, s.editor));
    s.append(
      flagDecided(other, undefined, { verdict: 'rejected', reason: 'not-an-error' }, s.editor),
    );
    expect(s.state.flags.get(flag.id)!.status).toBe('open');
    expect(s.state.flags.get(other.id)!.status).toBe('rejected');
    expect(s.state.flagDecisions.get(other.id)).toMatchObject({ reason: 'not-an-error' });
  });

  it('lists the open flags whose span a revision edits or inserts into', () => {
    const s = session();
    const spelling = flagOn('tarrif', s.translator);
    const verb = flagOn('rose', s.translator);
    const article = flagOn('The', s.translator);
    const id = s.edit(0, 'The tariff rate rose.');
    const base = unitTexts(document, emptyReviewState(), { mode: 'latest' })[0]!;
    const revision = s.state.revisions.get(id)!;
    expect(touchedFlags(revision, [spelling, verb, article], base)).toEqual([spelling]);
    const insertedId = s.edit(0, 'The tariff rate quickly rose.');
    const inserted = s.state.revisions.get(insertedId)!;
    expect(touchedFlags(inserted, [verb, article], 'The tariff rate rose.')).toEqual([verb]);
  });
});
