/**
 * Editing constraints carried by inline codes: `canReorder` sequences
 * (a `firstNo` code followed by `no` codes must stay together and in
 * order in the target) and `canDelete="no"` codes that a target must keep.
 */
import { describe, type Ctx, type Rule } from './context.ts';
import { isCore, type VNode } from './tree.ts';
import { a, unitsOf, type Side } from './units.ts';

const CODES = new Set(['ph', 'pc', 'sc', 'ec']);

/** Checks reordering and deletion constraints in every unit. */
export const editingRule: Rule = (ctx) => {
  for (const view of unitsOf(ctx)) {
    if (!hasEditingHints(view.sources) && !hasEditingHints(view.targets)) continue;
    const source = events(view.sources);
    checkSequencesStart(ctx, source);
    const target = events(view.targets);
    checkSequencesStart(ctx, target);
    const targetKeys = target.map((e) => e.key);
    // The first position of each key: a unit of many sequences stays linear.
    const firstAt = new Map<string, number>();
    targetKeys.forEach((key, i) => {
      if (!firstAt.has(key)) firstAt.set(key, i);
    });
    for (const run of runs(source)) {
      const first = firstAt.get(run[0]?.key ?? '') ?? -1;
      if (first === -1) continue;
      const same = run.every((e, i) => targetKeys[first + i] === e.key);
      if (!same) {
        const node = run[0]?.node as VNode;
        ctx.report(
          node,
          `${describe(node)} starts a sequence of codes that cannot be reordered (canReorder="firstNo"/"no"), but the target changes that sequence`,
        );
      }
    }
    checkDeletion(ctx, view.sources, view.targets);
  }
};

/**
 * Whether any inline element of the sides says how it may be edited: the
 * common unit has none, and then none of these checks can fail.
 */
function hasEditingHints(sides: Side[]): boolean {
  for (const side of sides) {
    for (const node of side.inline) {
      const attributes = node.el.attributes;
      if (attributes.canReorder !== undefined || attributes.canDelete !== undefined) return true;
    }
  }
  return false;
}

interface CodeEvent {
  node: VNode;
  /** `ph#1`, `pc#1`, `/pc#1` (end of pc), `ec#1` (by startRef or id). */
  key: string;
  reorder: string;
}

/** The codes of the sides in document order, a `<pc>` giving a start and an end event. */
function events(sides: Side[]): CodeEvent[] {
  const out: CodeEvent[] = [];
  const walk = (node: VNode): void => {
    for (const kid of node.kids) {
      if (kid.key !== 'xlf') continue;
      if (CODES.has(kid.local)) {
        const id = kid.local === 'ec' ? (a(kid, 'startRef') ?? a(kid, 'id')) : a(kid, 'id');
        const reorder = a(kid, 'canReorder') ?? 'yes';
        out.push({ node: kid, key: `${kid.local}#${id ?? ''}`, reorder });
        if (kid.local === 'pc') {
          walk(kid);
          out.push({
            node: kid,
            key: `/pc#${id ?? ''}`,
            reorder: reorder === 'firstNo' ? 'no' : reorder,
          });
          continue;
        }
      }
      walk(kid);
    }
  };
  for (const side of sides) walk(side.content);
  return out;
}

/** A `no` code must follow a `firstNo` or `no` code. */
function checkSequencesStart(ctx: Ctx, list: CodeEvent[]): void {
  let inSequence = false;
  for (const event of list) {
    if (event.reorder === 'firstNo') inSequence = true;
    else if (event.reorder === 'no') {
      if (!inSequence && !event.key.startsWith('/')) {
        ctx.report(
          event.node,
          `${describe(event.node)} has canReorder="no" but does not follow a code with canReorder="firstNo" or "no"`,
        );
      }
    } else inSequence = false;
  }
}

/** The non-reorderable sequences: a `firstNo` event and the `no` events after it. */
function runs(list: CodeEvent[]): CodeEvent[][] {
  const out: CodeEvent[][] = [];
  let current: CodeEvent[] | null = null;
  for (const event of list) {
    if (event.reorder === 'firstNo') {
      current = [event];
      out.push(current);
    } else if (event.reorder === 'no' && current) current.push(event);
    else current = null;
  }
  return out;
}

/** A code with canDelete="no" in the source of a translated part must be in the unit's target. */
function checkDeletion(ctx: Ctx, sources: Side[], targets: Side[]): void {
  const kept = new Set<string>();
  for (const side of targets) {
    for (const node of side.inline) kept.add(keyOf(node));
  }
  for (const side of sources) {
    const hasTarget = side.part.kids.some((kid) => isCore(kid, 'target'));
    if (!hasTarget) continue;
    for (const node of side.inline) {
      if (a(node, 'canDelete') === 'no' && CODES.has(node.local) && !kept.has(keyOf(node))) {
        ctx.report(
          node,
          `${describe(node)} has canDelete="no" but is missing from the unit's target`,
        );
      }
    }
  }
}

function keyOf(node: VNode): string {
  return node.local === 'ec' && a(node, 'startRef') !== undefined
    ? `ec>${a(node, 'startRef') ?? ''}`
    : `${node.local}#${a(node, 'id') ?? ''}`;
}
