/**
 * The shape of a typology data file, checked when the file is loaded so a
 * mistake in the data (a path that does not match its place in the tree, a
 * name with a slash) fails the tests instead of producing categories that
 * cannot be told apart.
 */
import { z } from 'zod';

/** One category of a typology and, for a dimension, its subtypes. */
export interface CategoryNode {
  /** Names from the root down, joined by "/": `"Accuracy/Mistranslation"`. */
  path: string;
  /** English name, as it appears in the path. */
  name: string;
  /** Simplified Chinese name, for the UI in Chinese. */
  name_zh: string;
  /** One or two sentences saying what belongs here. */
  description: string;
  /**
   * Other spellings of this category that `normalizeCategory` accepts: names
   * from older releases of the typology and from other tools.
   */
  aliases?: string[];
  children?: CategoryNode[];
}

/** An error typology: a tree of categories, shipped as data. */
export interface Typology {
  /** Stable identifier stored in projects and review files: `"wmt-mqm"`. */
  id: string;
  name: string;
  name_zh: string;
  description: string;
  categories: CategoryNode[];
}

const categoryNodeSchema: z.ZodType<CategoryNode> = z.lazy(() =>
  z.strictObject({
    path: z.string().min(1),
    name: z
      .string()
      .min(1)
      .regex(/^[^/]+$/, 'a category name cannot contain "/"'),
    name_zh: z.string().min(1),
    description: z.string().min(1),
    aliases: z.array(z.string().min(1)).optional(),
    children: z.array(categoryNodeSchema).min(1).optional(),
  }),
);

export const typologySchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(1),
    name_zh: z.string().min(1),
    description: z.string().min(1),
    categories: z.array(categoryNodeSchema).min(1),
  })
  .superRefine((typology, ctx) => {
    const check = (nodes: CategoryNode[], parent: string | null) => {
      for (const node of nodes) {
        const expected = parent === null ? node.name : `${parent}/${node.name}`;
        if (node.path !== expected) {
          ctx.addIssue({
            code: 'custom',
            message: `category "${node.path}" should have the path "${expected}"`,
          });
        }
        if (node.children) check(node.children, node.path);
      }
    };
    check(typology.categories, null);
  });
