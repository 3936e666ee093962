import { describe, expect, it } from 'vitest';
import type { KeyStroke } from './keys.ts';
import { applyMove, isEditableTarget, moveForKey, rowsPerPage } from './keys.ts';

function stroke(key: string, modifiers: Partial<KeyStroke> = {}): KeyStroke {
  return { key, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...modifiers };
}

describe('moveForKey', () => {
  it('maps the navigation keys', () => {
    expect(moveForKey(stroke('ArrowDown'))).toEqual({ kind: 'step', delta: 1 });
    expect(moveForKey(stroke('j'))).toEqual({ kind: 'step', delta: 1 });
    expect(moveForKey(stroke('ArrowUp'))).toEqual({ kind: 'step', delta: -1 });
    expect(moveForKey(stroke('k'))).toEqual({ kind: 'step', delta: -1 });
    expect(moveForKey(stroke('PageDown'))).toEqual({ kind: 'page', delta: 1 });
    expect(moveForKey(stroke('PageUp'))).toEqual({ kind: 'page', delta: -1 });
    expect(moveForKey(stroke('Home'))).toEqual({ kind: 'first' });
    expect(moveForKey(stroke('End'))).toEqual({ kind: 'last' });
  });

  it('ignores other keys and modified strokes', () => {
    expect(moveForKey(stroke('x'))).toBeNull();
    expect(moveForKey(stroke('J', { shiftKey: true }))).toBeNull();
    expect(moveForKey(stroke('k', { ctrlKey: true }))).toBeNull();
    expect(moveForKey(stroke('ArrowDown', { altKey: true }))).toBeNull();
    expect(moveForKey(stroke('ArrowDown', { metaKey: true }))).toBeNull();
  });

  it('keeps Ctrl+Home and Ctrl+End as first and last', () => {
    expect(moveForKey(stroke('Home', { ctrlKey: true }))).toEqual({ kind: 'first' });
    expect(moveForKey(stroke('End', { ctrlKey: true }))).toEqual({ kind: 'last' });
  });
});

describe('applyMove', () => {
  it('steps and stops at the edges', () => {
    expect(applyMove({ kind: 'step', delta: 1 }, 3, 10, 5)).toBe(4);
    expect(applyMove({ kind: 'step', delta: -1 }, 3, 10, 5)).toBe(2);
    expect(applyMove({ kind: 'step', delta: 1 }, 9, 10, 5)).toBe(9);
    expect(applyMove({ kind: 'step', delta: -1 }, 0, 10, 5)).toBe(0);
  });

  it('pages by the page size, clamped', () => {
    expect(applyMove({ kind: 'page', delta: 1 }, 3, 10, 5)).toBe(8);
    expect(applyMove({ kind: 'page', delta: 1 }, 8, 10, 5)).toBe(9);
    expect(applyMove({ kind: 'page', delta: -1 }, 3, 10, 5)).toBe(0);
    expect(applyMove({ kind: 'page', delta: 1 }, 3, 10, 0)).toBe(4);
  });

  it('jumps to the first and last unit', () => {
    expect(applyMove({ kind: 'first' }, 7, 10, 5)).toBe(0);
    expect(applyMove({ kind: 'last' }, 2, 10, 5)).toBe(9);
  });

  it('clamps a stale position and has nowhere to go without units', () => {
    expect(applyMove({ kind: 'step', delta: -1 }, 50, 10, 5)).toBe(8);
    expect(applyMove({ kind: 'first' }, 0, 0, 5)).toBeNull();
  });
});

describe('rowsPerPage', () => {
  const rows = [0, 1, 2, 3, 4, 5].map((i) => ({ start: i * 30, end: (i + 1) * 30 }));

  it('counts rows wholly inside the viewport', () => {
    expect(rowsPerPage(rows, 0, 90)).toBe(3);
    expect(rowsPerPage(rows, 15, 105)).toBe(2);
  });

  it('is at least one when a row is taller than the viewport', () => {
    expect(rowsPerPage([{ start: 0, end: 1000 }], 0, 300)).toBe(1);
  });
});

describe('isEditableTarget', () => {
  const noHost = () => null;

  it('recognises form fields whatever the tag case', () => {
    expect(isEditableTarget({ tagName: 'INPUT', closest: noHost })).toBe(true);
    expect(isEditableTarget({ tagName: 'textarea', closest: noHost })).toBe(true);
    expect(isEditableTarget({ tagName: 'SELECT', closest: noHost })).toBe(true);
  });

  it('recognises contenteditable hosts and their children', () => {
    expect(isEditableTarget({ tagName: 'DIV', isContentEditable: true, closest: noHost })).toBe(
      true,
    );
    expect(isEditableTarget({ tagName: 'SPAN', closest: () => ({}) })).toBe(true);
  });

  it('leaves everything else to the workspace', () => {
    expect(isEditableTarget(null)).toBe(false);
    expect(isEditableTarget({ tagName: 'DIV', isContentEditable: false, closest: noHost })).toBe(
      false,
    );
    expect(isEditableTarget({ tagName: 'BUTTON', closest: noHost })).toBe(false);
  });
});
