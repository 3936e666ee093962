/**
 * Walking units: each unit with its segments/ignorables and the inline
 * elements of each side, which most inline rules need together.
 */
import type { Ctx } from './context.ts';
import { isCore, type VNode } from './tree.ts';

/** One side (source or target) of a segment or ignorable. */
export interface Side {
  part: VNode;
  content: VNode;
  /** Inline elements in document order. */
  inline: VNode[];
}

/** A unit with its parts' sides. */
export interface UnitView {
  unit: VNode;
  parts: VNode[];
  sources: Side[];
  targets: Side[];
  /** `data` ids of the unit's `originalData` (a few: a list is cheaper than a set). */
  dataIds: string[];
}

/** Views are built once per validation: several rule families share them. */
const cache = new WeakMap<Ctx, UnitView[]>();

/** Every core unit of the document with its sides collected. */
export function unitsOf(ctx: Ctx): UnitView[] {
  const cached = cache.get(ctx);
  if (cached) return cached;
  const units = ctx.index.of('xlf', 'unit');
  const views = new Array<UnitView>(units.length);
  cache.set(ctx, views);
  const scratch = new Scratch();
  for (let i = 0; i < units.length; i++) views[i] = viewOf(units[i] as VNode, scratch);
  return views;
}

/**
 * A list collected in a reused array and copied out at its exact size:
 * arrays grown by `push` keep room for 17 entries, which on a file of
 * 90,000 units is most of the views' memory. The size is kept apart,
 * because setting `length` to 0 makes V8 drop the array's storage.
 */
class Bag<T> {
  private readonly items: T[] = [];
  private size = 0;

  add(item: T): void {
    this.items[this.size++] = item;
  }

  /** The items added since the last `take`, as a new array. */
  take(): T[] {
    const out = this.items.slice(0, this.size);
    this.size = 0;
    return out;
  }
}

/** The bags one unit's view is collected in. */
class Scratch {
  readonly parts = new Bag<VNode>();
  readonly sources = new Bag<Side>();
  readonly targets = new Bag<Side>();
  readonly dataIds = new Bag<string>();
  readonly inline = new Bag<VNode>();
}

function viewOf(unit: VNode, scratch: Scratch): UnitView {
  const { parts, sources, targets, dataIds } = scratch;
  for (const kid of unit.kids) {
    if (isCore(kid, 'originalData')) {
      for (const data of kid.kids)
        if (isCore(data, 'data')) dataIds.add(data.el.attributes.id ?? '');
    }
    if (!isCore(kid, 'segment') && !isCore(kid, 'ignorable')) continue;
    parts.add(kid);
    for (const content of kid.kids) {
      if (isCore(content, 'source'))
        sources.add({ part: kid, content, inline: inlineOf(content, scratch.inline) });
      else if (isCore(content, 'target'))
        targets.add({ part: kid, content, inline: inlineOf(content, scratch.inline) });
    }
  }
  return {
    unit,
    parts: parts.take(),
    sources: sources.take(),
    targets: targets.take(),
    dataIds: dataIds.take(),
  };
}

/** The core elements under `content` in document order. */
function inlineOf(content: VNode, bag: Bag<VNode>): VNode[] {
  if (content.kids.length === 0) return [];
  collectCore(content, bag);
  return bag.take();
}

function collectCore(node: VNode, out: Bag<VNode>): void {
  for (const kid of node.kids) {
    if (kid.key === 'xlf') out.add(kid);
    if (kid.kids.length > 0) collectCore(kid, out);
  }
}

/** An attribute of the element as written (unprefixed attributes only). */
export function a(node: VNode, name: string): string | undefined {
  return node.el.attributes[name];
}
