/**
 * Error typologies: the category trees flags are classified in, shipped as
 * JSON data (`wmt-mqm.json`, `mqm-core.json`) and chosen per project. The
 * data is checked against `typologySchema` when this module loads, so a
 * broken data file fails loudly at startup and in the tests.
 */
import mqmCoreData from './mqm-core.json';
import { typologySchema, type Typology } from './schema.ts';
import wmtMqmData from './wmt-mqm.json';

export type { CategoryNode, Typology } from './schema.ts';
export { categoryKey, normalizeCategory } from './normalize.ts';
export { categoryNodes, categoryPaths, findCategory } from './tree.ts';

/** The typologies Duizhao ships, the default first. */
export const TYPOLOGIES: readonly Typology[] = [wmtMqmData, mqmCoreData].map((data) =>
  typologySchema.parse(data),
);

/**
 * The typology of new projects: MQM as in WMT, the one the public
 * Chinese–English MQM annotations Duizhao imports are written in.
 */
export const DEFAULT_TYPOLOGY_ID = 'wmt-mqm';

/** The shipped typology with this id, or `undefined`. */
export function typologyById(id: string): Typology | undefined {
  return TYPOLOGIES.find((typology) => typology.id === id);
}
