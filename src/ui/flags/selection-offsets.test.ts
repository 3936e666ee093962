// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { offsetInCell, pointAt, rangeInCell, rangeOffsets } from './selection-offsets.ts';

/** A cell like the workspace renders: text nodes interleaved with marks, one nested. */
function makeCell(): HTMLElement {
  const cell = document.createElement('div');
  cell.innerHTML = 'and <mark>ensure, <mark>ensure</mark></mark>, and 😀 ensure';
  document.body.append(cell);
  return cell;
}

const TEXT = 'and ensure, ensure, and 😀 ensure';

describe('offsetInCell', () => {
  it('counts UTF-16 units of the text nodes before a text boundary', () => {
    const cell = makeCell();
    expect(cell.textContent).toBe(TEXT);
    const outer = cell.querySelector('mark')!;
    const inner = outer.querySelector('mark')!;
    expect(offsetInCell(cell, { node: outer.firstChild!, offset: 2 })).toBe(6);
    expect(offsetInCell(cell, { node: inner.firstChild!, offset: 6 })).toBe(18);
    const last = cell.lastChild as Text;
    // The emoji is two code units: the offsets are JS string indices.
    expect(offsetInCell(cell, { node: last, offset: last.data.length })).toBe(TEXT.length);
    expect(TEXT.slice(offsetInCell(cell, { node: last, offset: 9 }))).toBe('ensure');
  });

  it('resolves element boundaries to the text before the child', () => {
    const cell = makeCell();
    const outer = cell.querySelector('mark')!;
    expect(offsetInCell(cell, { node: cell, offset: 0 })).toBe(0);
    expect(offsetInCell(cell, { node: cell, offset: 1 })).toBe(4);
    expect(offsetInCell(cell, { node: cell, offset: 2 })).toBe(18);
    expect(offsetInCell(cell, { node: cell, offset: 3 })).toBe(TEXT.length);
    expect(offsetInCell(cell, { node: outer, offset: 1 })).toBe(12);
    expect(offsetInCell(cell, { node: outer, offset: 2 })).toBe(18);
  });

  it('clamps points outside the cell to its edges', () => {
    const before = document.body.appendChild(document.createElement('p'));
    before.textContent = 'before';
    const cell = makeCell();
    const after = document.body.appendChild(document.createElement('p'));
    after.textContent = 'after';
    expect(offsetInCell(cell, { node: before.firstChild!, offset: 3 })).toBe(0);
    expect(offsetInCell(cell, { node: after.firstChild!, offset: 3 })).toBe(TEXT.length);
  });
});

describe('rangeOffsets and rangeInCell', () => {
  it('round-trip every range of the cell', () => {
    const cell = makeCell();
    for (let start = 0; start <= TEXT.length; start += 3) {
      for (let end = start; end <= TEXT.length; end += 5) {
        const range = rangeInCell(cell, start, end);
        expect(range.toString()).toBe(TEXT.slice(start, end));
        expect(rangeOffsets(cell, range)).toEqual({ start, end });
      }
    }
  });

  it('orders backwards ranges and cuts a selection that runs into the next cell', () => {
    const cell = makeCell();
    const next = makeCell();
    const range = document.createRange();
    range.setStart(cell.lastChild!, 5);
    range.setEnd(next.firstChild!, 2);
    expect(rangeOffsets(cell, range)).toEqual({ start: 23, end: TEXT.length });
    expect(
      rangeOffsets(cell, {
        startContainer: cell.lastChild!,
        startOffset: 5,
        endContainer: cell.firstChild!,
        endOffset: 1,
      }),
    ).toEqual({ start: 1, end: 23 });
  });

  it('puts a range end at the end of the mark it closes', () => {
    const cell = makeCell();
    const inner = cell.querySelector('mark mark')!;
    expect(pointAt(cell, 18, true).node).toBe(inner.firstChild);
    expect(pointAt(cell, 18).node).toBe(cell.childNodes[2]);
    const empty = document.createElement('div');
    expect(pointAt(empty, 3)).toEqual({ node: empty, offset: 0 });
  });
});
