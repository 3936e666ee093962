/**
 * Pairing of inline elements within a unit, side by side (all sources of
 * the unit, then all targets): `<sc>`/`<ec>` with `startRef`, `isolated`,
 * matching `canCopy`/`canDelete`/`canReorder`/`canOverlap`, and
 * `<sm>`/`<em>`.
 */
import { describe, type Ctx, type Rule } from './context.ts';
import { isCore, type VNode } from './tree.ts';
import { a, unitsOf, type Side } from './units.ts';

const INHERITED = ['canCopy', 'canDelete', 'canReorder', 'canOverlap'] as const;

/** Checks code and marker pairing in every unit. */
export const pairingRule: Rule = (ctx) => {
  const scratch: Scratch = {
    open: new Map(),
    ended: new Set(),
    endRefs: new Set(),
    markers: new Set(),
  };
  for (const view of unitsOf(ctx)) {
    pairSide(ctx, view.sources, scratch);
    pairSide(ctx, view.targets, scratch);
  }
};

/** The bookkeeping of one side, reused (cleared) from side to side: most units are small. */
interface Scratch {
  /** Non-isolated `<sc>` by id. */
  open: Map<string, VNode>;
  /** `startRef`s of the `<ec>`s met. */
  ended: Set<string>;
  /** Every `startRef` of an `<ec>` on the side. */
  endRefs: Set<string>;
  /** `<sm>` ids still waiting for their `<em>`. */
  markers: Set<string>;
}

function pairSide(ctx: Ctx, sides: Side[], scratch: Scratch): void {
  const inline =
    sides.length === 1 ? (sides[0] as Side).inline : sides.flatMap((side) => side.inline);
  if (inline.length === 0) return;
  const { open, ended, endRefs, markers } = scratch;
  open.clear();
  ended.clear();
  endRefs.clear();
  markers.clear();
  for (const node of inline)
    if (isCore(node, 'ec') && a(node, 'startRef') !== undefined)
      endRefs.add(a(node, 'startRef') as string);
  for (const node of inline) {
    const id = a(node, 'id') ?? '';
    if (isCore(node, 'sc')) {
      const isolated = a(node, 'isolated') === 'yes';
      if (isolated && endRefs.has(id)) {
        ctx.report(
          node,
          `${describe(node)} has isolated="yes" but its <ec startRef="${id}"> is in the same unit`,
        );
      }
      if (!isolated) {
        open.set(id, node);
        if (!endRefs.has(id)) {
          ctx.report(
            node,
            `${describe(node)} has no matching <ec startRef="${id}"> after it in the same unit (use isolated="yes" if the end is in another unit)`,
          );
        }
      }
    } else if (isCore(node, 'ec')) {
      checkEnd(ctx, node, open, ended);
    } else if (isCore(node, 'sm')) {
      markers.add(id);
    } else if (isCore(node, 'em')) {
      const ref = a(node, 'startRef') ?? '';
      if (!markers.has(ref))
        ctx.report(node, `${describe(node)} has no <sm id="${ref}"> before it in the same unit`);
      else markers.delete(ref);
    }
  }
  for (const node of inline) {
    if (isCore(node, 'sm') && markers.has(a(node, 'id') ?? '')) {
      ctx.report(
        node,
        `${describe(node)} has no matching <em startRef="${a(node, 'id') ?? ''}"> after it in the same unit`,
      );
    }
  }
}

function checkEnd(ctx: Ctx, ec: VNode, open: Map<string, VNode>, ended: Set<string>): void {
  const isolated = a(ec, 'isolated') === 'yes';
  const startRef = a(ec, 'startRef');
  if (isolated) {
    if (startRef !== undefined || a(ec, 'id') === undefined) {
      ctx.report(ec, `${describe(ec)} has isolated="yes", so it must have an id and no startRef`);
    }
    return;
  }
  if (startRef === undefined) {
    ctx.report(
      ec,
      `${describe(ec)} is not isolated, so it must have a startRef pointing to its <sc>`,
    );
    return;
  }
  if (a(ec, 'id') !== undefined)
    ctx.report(ec, `${describe(ec)} is not isolated, so it must not have an id`);
  if (a(ec, 'dir') !== undefined)
    ctx.report(ec, `${describe(ec)}: dir is allowed only on an isolated <ec>`);
  const sc = open.get(startRef);
  if (!sc) {
    ctx.report(ec, `${describe(ec)} has no <sc id="${startRef}"> before it in the same unit`);
    return;
  }
  if (ended.has(startRef))
    ctx.report(ec, `${describe(ec)}: <sc id="${startRef}"> is already closed`);
  ended.add(startRef);
  for (const name of INHERITED) {
    const start = a(sc, name) ?? 'yes';
    const end = a(ec, name) ?? 'yes';
    if (start !== end) {
      ctx.report(
        ec,
        `${describe(ec)} has ${name}="${end}" but its <sc id="${startRef}"> has ${name}="${start}"; they must be the same`,
      );
    }
  }
}
