/**
 * References and attribute constraints of inline elements: `dataRef*` to
 * the unit's original data, `copyOf` to a copyable base code, `subFlows*`
 * to units of the file, `type`/`subType`, `<cp>` code points, and comment
 * annotations (`value` or a `ref` to a note of the unit).
 */
import { describe, type Ctx, type Rule } from './context.ts';
import { isCore, type VNode } from './tree.ts';
import { a, unitsOf, type UnitView } from './units.ts';

const FMT_SUBTYPES = new Set(['xlf:i', 'xlf:u', 'xlf:lb', 'xlf:pb', 'xlf:b']);

/** Checks references and attribute combinations of inline elements. */
export const inlineReferenceRule: Rule = (ctx) => {
  const lookups: Lookups = { ctx, unitIds: undefined };
  for (const view of unitsOf(ctx)) {
    let byId: Map<string, VNode> | undefined;
    for (const sides of [view.sources, view.targets]) {
      for (const side of sides) {
        for (const node of side.inline) {
          if (byId === undefined && a(node, 'copyOf') !== undefined) byId = inlineIds(view);
          checkInline(ctx, node, view, byId, lookups);
        }
      }
    }
  }
};

/** What some checks look up, built the first time one needs it. */
interface Lookups {
  ctx: Ctx;
  /** Unit ids by file, for `subFlows`. */
  unitIds: Map<VNode | undefined, Set<string>> | undefined;
}

/** The first inline element of the unit with each id, for `copyOf`. */
function inlineIds(view: UnitView): Map<string, VNode> {
  const byId = new Map<string, VNode>();
  for (const sides of [view.sources, view.targets]) {
    for (const side of sides) {
      for (const node of side.inline) {
        const id = a(node, 'id');
        if (id !== undefined && !byId.has(id)) byId.set(id, node);
      }
    }
  }
  return byId;
}

/** The ids of the units in the file of `unit`. */
function unitIdsOf(lookups: Lookups, unit: VNode): Set<string> {
  if (lookups.unitIds === undefined) {
    lookups.unitIds = new Map();
    for (const node of lookups.ctx.index.of('xlf', 'unit')) {
      const file = fileOf(node);
      let ids = lookups.unitIds.get(file);
      if (!ids) lookups.unitIds.set(file, (ids = new Set()));
      ids.add(a(node, 'id') ?? '');
    }
  }
  const file = fileOf(unit);
  return (file && lookups.unitIds.get(file)) ?? new Set();
}

function fileOf(node: VNode): VNode | undefined {
  for (let up = node.parent; up; up = up.parent) if (isCore(up, 'file')) return up;
  return undefined;
}

const DATA_REFS = ['dataRef', 'dataRefStart', 'dataRefEnd'];
const SUB_FLOWS = ['subFlows', 'subFlowsStart', 'subFlowsEnd'];

function checkInline(
  ctx: Ctx,
  node: VNode,
  view: UnitView,
  byId: Map<string, VNode> | undefined,
  lookups: Lookups,
): void {
  for (const attr of DATA_REFS) {
    const ref = a(node, attr);
    if (ref !== undefined && !view.dataIds.includes(ref)) {
      ctx.report(
        node,
        `${describe(node)}: ${attr}="${ref}" does not match any <data id> in the unit's <originalData>`,
      );
    }
  }
  if (
    isCore(node, 'pc') &&
    (a(node, 'dataRefStart') === undefined) !== (a(node, 'dataRefEnd') === undefined)
  ) {
    ctx.report(node, `${describe(node)}: dataRefStart and dataRefEnd must be used together`);
  }
  const copyOf = a(node, 'copyOf');
  if (copyOf !== undefined) {
    if (
      a(node, 'dataRef') !== undefined ||
      a(node, 'dataRefStart') !== undefined ||
      a(node, 'dataRefEnd') !== undefined
    ) {
      ctx.report(
        node,
        `${describe(node)}: copyOf cannot be used together with original data (dataRef)`,
      );
    }
    const base = byId?.get(copyOf);
    if (!base)
      ctx.report(
        node,
        `${describe(node)}: copyOf="${copyOf}" does not match any inline code of the unit`,
      );
    else if (a(base, 'canCopy') === 'no')
      ctx.report(node, `${describe(node)}: copyOf="${copyOf}" points to a code with canCopy="no"`);
  }
  for (const attr of SUB_FLOWS) {
    const value = a(node, attr);
    if (value === undefined) continue;
    const unitIds = unitIdsOf(lookups, view.unit);
    for (const id of value.split(/\s+/).filter(Boolean)) {
      if (!unitIds.has(id))
        ctx.report(
          node,
          `${describe(node)}: ${attr} refers to "${id}", which is not a unit of the same file`,
        );
    }
  }
  if (
    isCore(node, 'pc') &&
    (a(node, 'subFlowsStart') === undefined) !== (a(node, 'subFlowsEnd') === undefined)
  ) {
    ctx.report(node, `${describe(node)}: subFlowsStart and subFlowsEnd must be used together`);
  }
  checkType(ctx, node);
  const reorder = a(node, 'canReorder');
  if (
    (reorder === 'no' || reorder === 'firstNo') &&
    (a(node, 'canCopy') !== 'no' || a(node, 'canDelete') !== 'no')
  ) {
    ctx.report(
      node,
      `${describe(node)}: canReorder="${reorder}" requires canCopy="no" and canDelete="no"`,
    );
  }
  if (isCore(node, 'cp')) checkCodePoint(ctx, node);
  if ((isCore(node, 'mrk') || isCore(node, 'sm')) && a(node, 'type') === 'comment')
    checkComment(ctx, node, view);
}

function checkType(ctx: Ctx, node: VNode): void {
  const subType = a(node, 'subType');
  if (subType === undefined || isCore(node, 'mrk') || isCore(node, 'sm')) return;
  const type = a(node, 'type');
  if (type === undefined) {
    ctx.report(node, `${describe(node)}: subType="${subType}" requires a type attribute`);
  } else if (subType.startsWith('xlf:')) {
    const ok =
      (FMT_SUBTYPES.has(subType) && type === 'fmt') || (subType === 'xlf:var' && type === 'ui');
    if (!ok)
      ctx.report(node, `${describe(node)}: subType="${subType}" does not go with type="${type}"`);
  }
}

/** `<cp>` is only for characters XML cannot carry (or discourages). */
function checkCodePoint(ctx: Ctx, node: VNode): void {
  const hex = a(node, 'hex') ?? '';
  if (!/^[0-9a-fA-F]+$/.test(hex)) return;
  const c = parseInt(hex, 16);
  const invalidInXml =
    (c < 0x20 && c !== 0x9 && c !== 0xa && c !== 0xd) ||
    (c >= 0x7f && c <= 0x84) ||
    (c >= 0x86 && c <= 0x9f) ||
    (c >= 0xd800 && c <= 0xdfff) ||
    (c >= 0xfdd0 && c <= 0xfdef) ||
    (c & 0xfffe) === 0xfffe;
  if (c > 0x10ffff || !invalidInXml) {
    ctx.report(
      node,
      `<cp hex="${hex}">: cp is only for code points XML does not allow; write U+${hex.toUpperCase()} as text`,
    );
  }
}

function checkComment(ctx: Ctx, node: VNode, view: UnitView): void {
  const value = a(node, 'value');
  const ref = a(node, 'ref');
  if ((value === undefined) === (ref === undefined)) {
    ctx.report(node, `${describe(node)}: a comment annotation needs exactly one of value and ref`);
    return;
  }
  if (ref === undefined || !ref.startsWith('#')) return;
  // `#n=ID`, the common form, without splitting.
  const noteId =
    ref.startsWith('#n=') && !ref.includes('/') ? ref.slice(3) : unitNoteId(ref, view.unit);
  if (noteId === undefined || !hasNote(view.unit, noteId)) {
    ctx.report(
      node,
      `${describe(node)}: ref="${ref}" of a comment annotation must point to a <note> of the same unit (#n=ID)`,
    );
  }
}

/** Whether the unit's `<notes>` has a note with id `id`. */
function hasNote(unit: VNode, id: string): boolean {
  for (const kid of unit.kids) {
    if (!isCore(kid, 'notes')) continue;
    for (const note of kid.kids) if (a(note, 'id') === id) return true;
    // Only the first <notes> counts, as the schema allows one.
    return false;
  }
  return false;
}

/**
 * The note id a comment reference names when it stays in `unit`: `#n=ID`,
 * or an absolute `#/f=F/(g=G/)*u=U/n=ID` whose file and unit are the
 * enclosing ones.
 */
function unitNoteId(ref: string, unit: VNode): string | undefined {
  const selectors = ref.replace(/^#\/?/, '').split('/');
  const last = selectors.pop() ?? '';
  if (!last.startsWith('n=')) return undefined;
  if (selectors.length === 0) return last.slice(2);
  const file = fileOf(unit);
  const first = selectors[0] ?? '';
  const uSel = selectors[selectors.length - 1] ?? '';
  const groupsOk = selectors.slice(1, -1).every((s) => s.startsWith('g='));
  const fileOk = first === `f=${file ? (a(file, 'id') ?? '') : ''}`;
  return fileOk && groupsOk && uSel === `u=${a(unit, 'id') ?? ''}` ? last.slice(2) : undefined;
}
