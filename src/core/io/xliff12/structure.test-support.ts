/**
 * A structural check of XLIFF 1.2 output for the tests, standing in for the
 * 1.2 schema (not in the shared data): element order in units, required
 * attributes, `mrk` types, `alt-trans` content, state values and ITS
 * standoff references. Returns the problems found, one line each.
 */
import { parseXml } from '../xml/index.ts';
import { isX, namespacesOf, transUnits } from './structure.ts';
import { keep, localName, prefixOf, type XElement } from './tree.ts';

const STATES = new Set([
  'final',
  'needs-adaptation',
  'needs-l10n',
  'needs-review-adaptation',
  'needs-review-l10n',
  'needs-review-translation',
  'needs-translation',
  'new',
  'signed-off',
  'translated',
]);
const AFTER_TARGET = new Set(['alt-trans', 'note', 'context-group', 'count-group', 'prop-group']);

/** Problems of `text` as XLIFF 1.2; empty when none were found. */
export function structureProblems(text: string): string[] {
  const root = keep(parseXml(text, { maxChars: 1e9 }).root);
  const ns = namespacesOf(root);
  const problems: string[] = [];
  if (localName(root.n) !== 'xliff') problems.push('root is not xliff');
  const files = root.c.filter((node): node is XElement => isX(node, 'file', ns));
  if (files.length === 0) problems.push('no file');
  for (const file of files) {
    for (const name of ['original', 'source-language', 'datatype']) {
      if (file.a[name] === undefined) problems.push(`file without ${name}`);
    }
  }
  const ids = new Set<string>();
  const refs: string[] = [];
  const stack = [root];
  for (let element = stack.pop(); element; element = stack.pop()) {
    if (element.a['xml:id'] !== undefined) ids.add(element.a['xml:id']);
    for (const [name, value] of Object.entries(element.a)) {
      if (localName(name) === 'locQualityIssuesRef') refs.push(value);
    }
    if (isX(element, 'mrk', ns) && !element.a.mtype) problems.push('mrk without mtype');
    if (isX(element, 'alt-trans', ns) && !element.c.some((node) => isX(node, 'target', ns))) {
      problems.push('alt-trans without target');
    }
    if (isX(element, 'target', ns) && element.a.state !== undefined) {
      if (!STATES.has(element.a.state) && !element.a.state.startsWith('x-'))
        problems.push(`bad state ${element.a.state}`);
    }
    for (const node of element.c) if (typeof node !== 'string') stack.push(node);
  }
  for (const ref of refs) if (!ids.has(ref.slice(1))) problems.push(`unresolved ${ref}`);
  for (const { unit, path } of transUnits(root, ns)) {
    if (unit.a.id === undefined) problems.push(`${path} without id`);
    const order = unit.c
      .filter((node): node is XElement => typeof node !== 'string')
      .map((node) => (ns.xliff.has(prefixOf(node.n)) ? localName(node.n) : '#other'));
    const rank = (name: string) =>
      name === 'source'
        ? 0
        : name === 'seg-source'
          ? 1
          : name === 'target'
            ? 2
            : AFTER_TARGET.has(name)
              ? 3
              : name === '#other'
                ? 4
                : 3;
    if (order[0] !== 'source') problems.push(`${path} does not start with source`);
    for (let i = 1; i < order.length; i++) {
      if (rank(order[i] ?? '') < rank(order[i - 1] ?? ''))
        problems.push(`${path}: ${order[i]} after ${order[i - 1]}`);
    }
    for (const name of ['source', 'seg-source', 'target']) {
      if (order.filter((item) => item === name).length > 1) problems.push(`${path}: two ${name}`);
    }
  }
  return problems;
}
