import { describe, expect, it } from 'vitest';
import type { Decision, UnitStatus } from '../../core/model/revision.ts';
import { editorialCommandForKey } from './editorial-keys.ts';
import { matchesVerdict } from './flag-verdict.ts';
import { filteredUnits, jumpTarget } from './status-filter.ts';
import { canMark, ownMark } from './editorial-commands.ts';

const STATUSES: UnitStatus[] = ['untouched', 'edited', 'approved', 'edited', 'confirmed'];

describe('status filter', () => {
  it('lists the units with a status, or all of them', () => {
    expect(filteredUnits(STATUSES, 'edited')).toEqual([1, 3]);
    expect(filteredUnits(STATUSES, 'rejected')).toEqual([]);
    expect(filteredUnits(STATUSES, 'all')).toEqual([0, 1, 2, 3, 4]);
  });

  it('jumps to the next and previous unit with the status, wrapping around', () => {
    expect(jumpTarget(STATUSES, 'edited', 0, 1)).toBe(1);
    expect(jumpTarget(STATUSES, 'edited', 1, 1)).toBe(3);
    expect(jumpTarget(STATUSES, 'edited', 3, 1)).toBe(1);
    expect(jumpTarget(STATUSES, 'edited', 1, -1)).toBe(3);
    expect(jumpTarget(STATUSES, 'approved', 2, 1)).toBeNull();
    expect(jumpTarget(STATUSES, 'rejected', 0, 1)).toBeNull();
    expect(jumpTarget(STATUSES, 'all', 4, 1)).toBe(0);
  });
});

describe('editorial keys', () => {
  const stroke = (code: string, mods: Partial<Record<'alt' | 'ctrl' | 'shift', boolean>>) => ({
    key: 'x',
    code,
    altKey: mods.alt ?? false,
    ctrlKey: mods.ctrl ?? false,
    metaKey: false,
    shiftKey: mods.shift ?? false,
  });

  it('are Alt with a letter, by physical key', () => {
    expect(editorialCommandForKey(stroke('KeyC', { alt: true }))).toBe('confirm');
    expect(editorialCommandForKey(stroke('KeyR', { alt: true }))).toBe('review');
    expect(editorialCommandForKey(stroke('KeyA', { alt: true }))).toBe('approve');
    expect(editorialCommandForKey(stroke('KeyN', { alt: true }))).toBe('next');
    expect(editorialCommandForKey(stroke('KeyP', { alt: true }))).toBe('previous');
  });

  it('leave plain letters and other modifiers alone', () => {
    expect(editorialCommandForKey(stroke('KeyC', {}))).toBeNull();
    expect(editorialCommandForKey(stroke('KeyC', { alt: true, ctrl: true }))).toBeNull();
    expect(editorialCommandForKey(stroke('KeyA', { alt: true, shift: true }))).toBeNull();
    expect(editorialCommandForKey(stroke('KeyZ', { alt: true }))).toBeNull();
  });
});

describe('marks by role', () => {
  it('a translator confirms, a reviewer marks reviewed, an editor rules instead', () => {
    expect(ownMark('translator')).toBe('confirmed');
    expect(ownMark('reviewer')).toBe('reviewed');
    expect(ownMark('editor')).toBeNull();
  });

  it('never repeats a mark or overrides an approval', () => {
    expect(canMark('confirmed', 'edited')).toBe(true);
    expect(canMark('confirmed', 'untouched')).toBe(true);
    expect(canMark('confirmed', 'confirmed')).toBe(false);
    expect(canMark('reviewed', 'confirmed')).toBe(true);
    expect(canMark('reviewed', 'approved')).toBe(false);
  });
});

describe('verdict filter', () => {
  const decision = (verdict: Decision['verdict']): Decision => ({
    verdict,
    by: { name: 'Zhao', role: 'editor' },
    at: '2024-03-05T08:00:00.000Z',
    reason: null,
    note: '',
  });

  it('matches by the editor’s verdict', () => {
    expect(matchesVerdict(undefined, 'any')).toBe(true);
    expect(matchesVerdict(undefined, 'undecided')).toBe(true);
    expect(matchesVerdict(decision('approved'), 'undecided')).toBe(false);
    expect(matchesVerdict(decision('approved'), 'approved')).toBe(true);
    expect(matchesVerdict(decision('rejected'), 'approved')).toBe(false);
    expect(matchesVerdict(decision('rejected'), 'rejected')).toBe(true);
  });
});
