/**
 * How element declarations are written for the structure checker: allowed
 * attributes with their value checks, required attributes, whether
 * attributes of other namespaces are allowed, and the content model as a
 * regular expression over the children's tokens.
 *
 * A child's token is its local name for core elements and `key:local` for
 * others (`mtc:match`, `ext:elem`), each followed by a space. In a model,
 * `O` stands for one element of any namespace other than the declaring
 * one (XML Schema's `##other`).
 */
import type { Check } from './values.ts';

/** The declaration of one element. */
export interface ElementDecl {
  /** Unprefixed attributes and their checks. */
  attrs?: Readonly<Record<string, Check>>;
  /** `xml:` attributes allowed here and their checks. */
  xml?: Readonly<Record<string, Check>>;
  required?: readonly string[];
  /** Attributes of other namespaces are allowed (`anyAttribute ##other`). */
  other?: boolean;
  /** The children's token sequence; `''` means no child elements. */
  model: string;
  /** Character data is allowed. */
  mixed?: boolean;
}

/** A declaration whose model has been compiled for one namespace key. */
export interface CompiledDecl extends ElementDecl {
  pattern: RegExp;
  /** Whether the model allows no child elements at all (most elements are leaves). */
  empty: boolean;
  /** `attrs` as a map: faster to look up by the names of millions of attributes. */
  attrChecks: ReadonlyMap<string, Check>;
}

/** Compiles the models of `decls`, declared in the namespace `key`. */
export function compile(
  key: string,
  decls: Readonly<Record<string, ElementDecl>>,
): ReadonlyMap<string, CompiledDecl> {
  const other = key === 'xlf' ? '(?:[a-z]+:[^ ]+ )' : `(?:(?!${key}:)[^ ]+ )`;
  const compiled = new Map<string, CompiledDecl>();
  for (const [name, decl] of Object.entries(decls)) {
    const source = decl.model.replace(/\bO\b/g, other);
    const pattern = new RegExp(`^(?:${source})$`);
    const attrChecks = new Map(Object.entries(decl.attrs ?? {}));
    compiled.set(name, { ...decl, pattern, empty: pattern.test(''), attrChecks });
  }
  return compiled;
}
