/**
 * The category picker's model: a typology's categories as options grouped
 * under their top-level category, labelled in the interface language, and
 * filtered by what the person types. Pure, so the picker's behaviour is
 * tested without rendering it.
 */

/** One choosable category. */
export interface CategoryOption {
  /** The category path stored on flags, e.g. `Accuracy/Mistranslation`. */
  path: string;
  /** What the picker shows: the last part of the path, in the interface language. */
  label: string;
  /** The top-level category's path, which the option is grouped under. */
  group: string;
  /** The group's label in the interface language. */
  groupLabel: string;
  /** Whether the category has subcategories (it is then a general choice among them). */
  parent: boolean;
}

/**
 * A category as typologies describe it (`core/typology`): a path, names in
 * both languages and subcategories.
 */
export interface CategoryNode {
  path: string;
  name: string;
  name_zh: string;
  children?: readonly CategoryNode[];
}

/**
 * Every category of a typology as an option, in the typology's order:
 * each top-level category first (a reviewer may not know which kind of
 * Accuracy error it is), then its subcategories at any depth.
 */
export function typologyOptions(
  categories: readonly CategoryNode[],
  lang: 'en' | 'zh',
): CategoryOption[] {
  const name = (node: CategoryNode) => (lang === 'zh' ? node.name_zh || node.name : node.name);
  const options: CategoryOption[] = [];
  for (const top of categories) {
    const group = { group: top.path, groupLabel: name(top) };
    const visit = (node: CategoryNode): void => {
      const parent = (node.children?.length ?? 0) > 0;
      options.push({ path: node.path, label: name(node), parent, ...group });
      for (const child of node.children ?? []) visit(child);
    };
    visit(top);
  }
  return options;
}

/** The label of `path` among `options`: `Group › Label`, or the path itself when unknown. */
export function categoryLabel(options: readonly CategoryOption[], path: string): string {
  const option = options.find((o) => o.path === path);
  if (!option) return path;
  return option.path === option.group ? option.label : `${option.groupLabel} › ${option.label}`;
}

/** A group of options under one top-level category. */
export interface CategoryGroup {
  path: string;
  label: string;
  options: CategoryOption[];
}

/** The options whose path or labels contain every word of `query`, any case. */
export function filterOptions(options: readonly CategoryOption[], query: string): CategoryOption[] {
  const words = query
    .toLocaleLowerCase()
    .split(/[\s/]+/)
    .filter(Boolean);
  if (words.length === 0) return [...options];
  return options.filter((option) => {
    const text = `${option.path}\n${option.groupLabel}\n${option.label}`.toLocaleLowerCase();
    return words.every((word) => text.includes(word));
  });
}

/** `options` grouped by top-level category, keeping their order. */
export function groupOptions(options: readonly CategoryOption[]): CategoryGroup[] {
  const groups: CategoryGroup[] = [];
  for (const option of options) {
    const last = groups[groups.length - 1];
    if (last?.path === option.group) last.options.push(option);
    else groups.push({ path: option.group, label: option.groupLabel, options: [option] });
  }
  return groups;
}

/**
 * The option to highlight after filtering: the current choice if it is still
 * listed, else the first listed option; `null` when nothing matches.
 */
export function highlighted(
  options: readonly CategoryOption[],
  current: string | null,
): CategoryOption | null {
  return options.find((o) => o.path === current) ?? options[0] ?? null;
}

/** The option `step` places from `current` among `options`, stopping at both ends. */
export function stepOption(
  options: readonly CategoryOption[],
  current: string | null,
  step: 1 | -1,
): CategoryOption | null {
  const index = options.findIndex((o) => o.path === current);
  if (index === -1) return options[0] ?? null;
  return options[Math.max(0, Math.min(options.length - 1, index + step))] ?? null;
}
