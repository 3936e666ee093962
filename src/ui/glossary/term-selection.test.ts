// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { isAddTermKey } from './GlossaryHost.tsx';
import { draftOf, recordSelection, type TermSelection } from './term-selection.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

/** Two rows of cells like the workspace renders them. */
function workspace(): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = [0, 1]
    .map(
      (unit) =>
        `<div data-unit-index="${unit}"><div data-testid="unit-source">部长回答${unit}</div>` +
        `<div data-testid="unit-target">The  minister ${unit}</div></div>`,
    )
    .join('');
  document.body.append(root);
  return root;
}

function select(
  root: HTMLElement,
  unit: number,
  side: 'source' | 'target',
  start: number,
  end: number,
) {
  const text = root.querySelector(`[data-unit-index="${unit}"] [data-testid="unit-${side}"]`)
    ?.firstChild as Text;
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, end);
  selection.addRange(range);
}

describe('picking a term from selections', () => {
  it('remembers the Chinese while the English is selected, and prefills both', () => {
    const root = workspace();
    const picked: TermSelection = { source: null, target: null };
    select(root, 1, 'source', 0, 2);
    recordSelection(root, picked);
    select(root, 1, 'target', 4, 13);
    recordSelection(root, picked);
    document.getSelection()?.removeAllRanges();
    recordSelection(root, picked);
    expect(draftOf(picked)).toEqual({ zh: '部长', en: 'minister', note: '', forbidden: '' });
  });

  it('forgets English from another unit when new Chinese is picked', () => {
    const root = workspace();
    const picked: TermSelection = { source: null, target: null };
    select(root, 0, 'target', 5, 13);
    recordSelection(root, picked);
    select(root, 1, 'source', 2, 4);
    recordSelection(root, picked);
    expect(draftOf(picked)).toMatchObject({ zh: '回答', en: '' });
  });

  it('ignores selections outside the cells', () => {
    const root = workspace();
    const outside = document.createElement('p');
    outside.textContent = 'elsewhere';
    document.body.append(outside);
    const range = document.createRange();
    range.selectNodeContents(outside);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
    const picked: TermSelection = { source: null, target: null };
    recordSelection(root, picked);
    expect(picked).toEqual({ source: null, target: null });
  });

  it('takes T without modifiers as the add-term key', () => {
    const stroke = { ctrlKey: false, altKey: false, metaKey: false };
    expect(isAddTermKey({ key: 't', ...stroke })).toBe(true);
    expect(isAddTermKey({ key: 'T', ...stroke })).toBe(true);
    expect(isAddTermKey({ key: 't', ...stroke, ctrlKey: true })).toBe(false);
    expect(isAddTermKey({ key: 'g', ...stroke })).toBe(false);
  });
});
