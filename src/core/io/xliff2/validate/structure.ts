/**
 * Schema-level rules for every element of the core and of the modules:
 * which elements exist, where they may appear and in what order, which
 * attributes they take and of which type, which are required, and where
 * character data is allowed. Elements of unknown namespaces are extensions
 * and are accepted wherever the schema allows elements of other namespaces.
 */
import { describe, type Ctx, type Rule } from './context.ts';
import { CORE_DECLS } from './schema-core.ts';
import { MODULE_ATTRIBUTES, MODULE_DECLS } from './schema-modules.ts';
import type { CompiledDecl } from './schema.ts';
import { isCore, type VNode } from './tree.ts';

/** Modules whose namespace has no elements of its own, only attributes. */
const ATTRIBUTE_ONLY = new Set(['fs', 'itsm', 'pgs']);

/** Checks every element against its declaration. */
export const structureRule: Rule = (ctx) => {
  if (!isCore(ctx.root, 'xliff')) {
    ctx.report(
      ctx.root,
      `the root element <${ctx.root.el.name}> is not <xliff> in an XLIFF 2 namespace`,
    );
    return;
  }
  for (const node of ctx.all) {
    const decl = declarationOf(node);
    if (decl === null) {
      ctx.report(
        node,
        `<${node.el.name}> is not an element of ${node.key === 'xlf' ? 'XLIFF 2' : `the ${node.key} module`}`,
      );
      continue;
    }
    if (decl === undefined) continue;
    checkAttributes(ctx, node, decl);
    checkContent(ctx, node, decl);
  }
};

/** The declaration, `null` for an unknown element of a known namespace, `undefined` for extensions. */
function declarationOf(node: VNode): CompiledDecl | null | undefined {
  if (node.key === 'xlf') return CORE_DECLS.get(node.local) ?? null;
  const module = MODULE_DECLS.get(node.key);
  if (module) return module.get(node.local) ?? null;
  if (ATTRIBUTE_ONLY.has(node.key)) return null;
  return undefined;
}

function checkAttributes(ctx: Ctx, node: VNode, decl: CompiledDecl): void {
  const attributes = node.el.attributes;
  for (const name in attributes) {
    // Prefixed attributes and namespace declarations are in `node.attrs` or not attributes at all.
    if (name.includes(':') || name === 'xmlns') continue;
    const check = decl.attrChecks.get(name);
    if (!check)
      ctx.report(node, `${describe(node)}: attribute ${name} is not allowed on <${node.local}>`);
    else {
      const problem = check(attributes[name] as string);
      if (problem) ctx.report(node, `${describe(node)}: attribute ${name} ${problem}`);
    }
  }
  for (const a of node.attrs) {
    if (a.ns.startsWith('undeclared:')) {
      ctx.report(node, `${describe(node)}: the prefix of attribute ${a.name} is not declared`);
      continue;
    }
    if (a.key === 'xml') {
      const check = decl.xml?.[a.local];
      if (!check && !decl.other) {
        ctx.report(
          node,
          `${describe(node)}: attribute ${a.name} is not allowed on <${node.local}>`,
        );
      } else if (check) {
        const problem = a.local === 'lang' && a.value === '' ? undefined : check(a.value);
        if (problem) ctx.report(node, `${describe(node)}: attribute ${a.name} ${problem}`);
      }
      continue;
    }
    if (!decl.other || a.key === node.key) {
      ctx.report(
        node,
        `${describe(node)}: attribute ${a.name} (namespace ${a.ns}) is not allowed on <${node.local}>`,
      );
      continue;
    }
    const table = MODULE_ATTRIBUTES.get(a.key);
    if (!table) continue;
    const check = table[a.local];
    if (!check)
      ctx.report(node, `${describe(node)}: ${a.name} is not an attribute of the ${a.key} module`);
    else {
      const problem = check(a.value);
      if (problem) ctx.report(node, `${describe(node)}: attribute ${a.name} ${problem}`);
    }
  }
  if (decl.required) {
    for (const required of decl.required) {
      if (node.el.attributes[required] === undefined) {
        ctx.report(node, `${describe(node)}: required attribute ${required} is missing`);
      }
    }
  }
}

function checkContent(ctx: Ctx, node: VNode, decl: CompiledDecl): void {
  if (node.hasText && !decl.mixed) {
    ctx.report(node, `${describe(node)}: text is not allowed directly inside <${node.local}>`);
  }
  if (node.kids.length === 0 ? decl.empty : decl.pattern.test(tokensOf(node))) return;
  const found = node.kids.map((kid) => `<${kid.el.name}>`).join(', ') || 'nothing';
  ctx.report(
    node,
    `${describe(node)}: its child elements (${found}) are not what <${node.local}> allows (${readable(decl.model)})`,
  );
}

/** The children as the content model's tokens: `local ` for core elements, `key:local ` for others. */
function tokensOf(node: VNode): string {
  let tokens = '';
  for (const kid of node.kids)
    tokens += kid.key === 'xlf' ? kid.local + ' ' : `${kid.key}:${kid.local} `;
  return tokens;
}

/** A content model as a reader would write it. */
function readable(model: string): string {
  if (model === '') return 'no child elements';
  return model
    .replace(/\(\?:/g, '(')
    .replace(/ \)/g, ')')
    .replace(/\bO\b/g, 'extension')
    .replace(/ /g, ', ')
    .replace(/, $/, '')
    .replace(/, ([)*+?])/g, '$1');
}

/** `<skeleton>` has `href` if and only if it is empty. */
export const skeletonRule: Rule = (ctx) => {
  for (const node of ctx.index.of('xlf', 'skeleton')) {
    const empty = node.kids.length === 0 && !node.hasText;
    if (empty && node.el.attributes.href === undefined)
      ctx.report(node, '<skeleton> is empty, so it needs an href');
    if (!empty && node.el.attributes.href !== undefined)
      ctx.report(node, '<skeleton> has an href, so it must be empty');
  }
};
