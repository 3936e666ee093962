/**
 * Between DOM selections and unit offsets.
 *
 * A text cell renders one unit side's text as text nodes interleaved with
 * `<mark>` elements (untranslated runs, flag highlights), and nothing else:
 * counts and badges are drawn with CSS generated content, which is not in
 * the DOM. So the UTF-16 offset of a boundary point is the total length of
 * the cell's text nodes before it, and a pair of offsets maps back to a
 * unique DOM range. Both directions walk text nodes and add up
 * `node.data.length`; the cells are short (one unit), so a walk per
 * selection costs nothing.
 */
import type { TextRange } from '../../core/model/document.ts';

/** A DOM boundary point: a node and an offset in it (characters for text, children otherwise). */
export interface BoundaryPoint {
  node: Node;
  offset: number;
}

/** The text nodes under `root`, in document order. */
function textNodes(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    nodes.push(node as Text);
  }
  return nodes;
}

/** `Node.DOCUMENT_POSITION_*` bits, spelled out so this module also runs without a DOM global. */
const PRECEDING = 0x02;

/**
 * The offset into `cell`'s text of the boundary point `(node, offset)`.
 * A point before the cell gives 0 and one after it the text's length, so a
 * selection that runs out of the cell (dragged into the next row) is cut at
 * the cell's edge rather than refused.
 */
export function offsetInCell(cell: Node, point: BoundaryPoint): number {
  const { node, offset } = point;
  const nodes = textNodes(cell);
  const total = nodes.reduce((sum, t) => sum + t.data.length, 0);
  if (node !== cell && !cell.contains(node)) {
    return cell.compareDocumentPosition(node) & PRECEDING ? 0 : total;
  }
  if (node.nodeType === 3 /* TEXT_NODE */) {
    let before = 0;
    for (const t of nodes) {
      if (t === node) return before + Math.min(offset, t.data.length);
      before += t.data.length;
    }
    return total;
  }
  // An element boundary: the point sits before child `offset`, or at the
  // end of `node` when there is no such child.
  const child = node.childNodes[offset] ?? null;
  let before = 0;
  for (const t of nodes) {
    if (!precedesElementPoint(t, node, child)) break;
    before += t.data.length;
  }
  return before;
}

/** Whether text node `t` lies wholly before the point "before `child` in `node`". */
function precedesElementPoint(t: Text, node: Node, child: Node | null): boolean {
  if (node.contains(t)) {
    if (child === null) return true;
    return !child.contains(t) && (child.compareDocumentPosition(t) & PRECEDING) !== 0;
  }
  return (node.compareDocumentPosition(t) & PRECEDING) !== 0;
}

/** A selection range, as the DOM `Range` and `StaticRange` both describe it. */
export interface RangeLike {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

/** The half-open offsets `range` covers in `cell`'s text, clamped to the cell. */
export function rangeOffsets(cell: Node, range: RangeLike): TextRange {
  const start = offsetInCell(cell, { node: range.startContainer, offset: range.startOffset });
  const end = offsetInCell(cell, { node: range.endContainer, offset: range.endOffset });
  return start <= end ? { start, end } : { start: end, end: start };
}

/**
 * The boundary point at text offset `offset` of `cell`. At the seam between
 * two text nodes the point goes at the end of the earlier one when
 * `preferEnd` (the end of a range stays inside the mark it closes) and at
 * the start of the later one otherwise.
 */
export function pointAt(cell: Node, offset: number, preferEnd = false): BoundaryPoint {
  let before = 0;
  let last: Text | null = null;
  for (const t of textNodes(cell)) {
    const length = t.data.length;
    if (offset < before + length || (preferEnd && offset === before + length)) {
      return { node: t, offset: Math.max(0, offset - before) };
    }
    before += length;
    last = t;
  }
  return last ? { node: last, offset: last.data.length } : { node: cell, offset: 0 };
}

/** A DOM range over `[start, end)` of `cell`'s text. */
export function rangeInCell(cell: Node, start: number, end: number): Range {
  const doc = cell.ownerDocument ?? (cell as Document);
  const range = doc.createRange();
  const from = pointAt(cell, start);
  const to = end === start ? from : pointAt(cell, end, true);
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
