/**
 * Mapping category names from other tools and other releases of MQM onto
 * the paths of a typology.
 *
 * Names of the same category drift: WMT 2020 wrote `Non-translation!`,
 * WMT 2021 `Non_translation` and `Locale_convention/Name`, Anthea writes
 * `Style/Unnatural or awkward`, MQM 2.0 renamed Fluency to Linguistic
 * conventions. Spelling differences (case, `_` or `-` for a space, spaces
 * around `/`, a trailing `!`) are folded away by a key; renamed categories
 * are listed as aliases in the typology's data.
 */
import { categoryNodes } from './tree.ts';
import type { Typology } from './schema.ts';

const lookups = new WeakMap<Typology, Map<string, string>>();

/**
 * The path in `typology` that `name` denotes, or `null` if none does.
 * Tries, in order: the name itself or one of the aliases (up to spelling);
 * the name without a parenthesised qualifier (Anthea's
 * `Accuracy/Omission (Translation 2)`); and, for a bare name without any
 * `/`, the one category whose own name it is (`Grammar`).
 */
export function normalizeCategory(name: string, typology: Typology): string | null {
  const lookup = lookupFor(typology);
  const key = categoryKey(name);
  const direct = lookup.get(key);
  if (direct !== undefined) return direct;

  const unqualified = key.replace(/ ?\([^()]*\)$/, '');
  const viaUnqualified = unqualified !== key ? lookup.get(unqualified) : undefined;
  if (viaUnqualified !== undefined) return viaUnqualified;

  if (!key.includes('/')) {
    const matches = categoryNodes(typology).filter((node) => categoryKey(node.name) === key);
    if (matches.length === 1) return matches[0]!.path;
  }
  return null;
}

/** The spelling-insensitive key under which a category name is looked up. */
export function categoryKey(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/!+$/, '')
    .replace(/[\s_-]+/g, ' ')
    .replace(/ ?\/ ?/g, '/')
    .trim();
}

function lookupFor(typology: Typology): Map<string, string> {
  let lookup = lookups.get(typology);
  if (!lookup) {
    lookup = new Map();
    for (const node of categoryNodes(typology)) {
      lookup.set(categoryKey(node.path), node.path);
    }
    // Aliases never shadow a real path of the typology.
    for (const node of categoryNodes(typology)) {
      for (const alias of node.aliases ?? []) {
        const key = categoryKey(alias);
        if (!lookup.has(key)) lookup.set(key, node.path);
      }
    }
    lookups.set(typology, lookup);
  }
  return lookup;
}
