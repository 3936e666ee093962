import { describe, expect, it } from 'vitest';
import { flagCommandForKey } from './keymap.ts';

const stroke = (
  key: string,
  mods: Partial<Record<'alt' | 'ctrl' | 'meta' | 'shift', boolean>> = {},
) => ({
  key,
  altKey: !!mods.alt,
  ctrlKey: !!mods.ctrl,
  metaKey: !!mods.meta,
  shiftKey: !!mods.shift,
});

describe('flagCommandForKey', () => {
  it('maps Anthea-style severity keys', () => {
    expect(flagCommandForKey(stroke('M', { shift: true }))).toEqual({
      kind: 'flag',
      severity: 'major',
    });
    expect(flagCommandForKey(stroke('m'))).toEqual({ kind: 'flag', severity: 'minor' });
    expect(flagCommandForKey(stroke('c'))).toEqual({ kind: 'flag', severity: 'critical' });
    expect(flagCommandForKey(stroke('C', { shift: true }))).toEqual({
      kind: 'flag',
      severity: 'critical',
    });
    expect(flagCommandForKey(stroke('n'))).toEqual({ kind: 'flag', severity: 'neutral' });
    expect(flagCommandForKey(stroke('u'))).toEqual({ kind: 'whole-unit' });
    expect(flagCommandForKey(stroke('E', { shift: true }))).toEqual({ kind: 'edit-span' });
    expect(flagCommandForKey(stroke('s'))).toEqual({ kind: 'switch-side' });
    expect(flagCommandForKey(stroke('Escape'))).toEqual({ kind: 'cancel' });
  });

  it('maps undo and redo on Ctrl and ⌘', () => {
    expect(flagCommandForKey(stroke('z', { ctrl: true }))).toEqual({ kind: 'undo' });
    expect(flagCommandForKey(stroke('z', { meta: true }))).toEqual({ kind: 'undo' });
    expect(flagCommandForKey(stroke('Z', { ctrl: true, shift: true }))).toEqual({ kind: 'redo' });
    expect(flagCommandForKey(stroke('y', { ctrl: true }))).toEqual({ kind: 'redo' });
    expect(flagCommandForKey(stroke('z', { ctrl: true, alt: true }))).toBeNull();
  });

  it('extends the selection with Shift+arrows, by word with Ctrl, exactly with Alt', () => {
    expect(flagCommandForKey(stroke('ArrowRight', { shift: true }))).toEqual({
      kind: 'extend',
      direction: 1,
      by: 'character',
      exact: false,
    });
    expect(flagCommandForKey(stroke('ArrowLeft', { shift: true, ctrl: true, alt: true }))).toEqual({
      kind: 'extend',
      direction: -1,
      by: 'word',
      exact: true,
    });
    expect(flagCommandForKey(stroke('ArrowRight'))).toBeNull();
    expect(flagCommandForKey(stroke('ArrowDown', { shift: true }))).toBeNull();
  });

  it('leaves other keys and modified letters alone', () => {
    expect(flagCommandForKey(stroke('j'))).toBeNull();
    expect(flagCommandForKey(stroke('m', { ctrl: true }))).toBeNull();
    expect(flagCommandForKey(stroke('m', { alt: true }))).toBeNull();
    expect(flagCommandForKey(stroke('Enter'))).toBeNull();
  });
});
