/**
 * The rule families the validator runs, in the order their problems are
 * reported. Add a family here to have it run.
 */
import type { Rule } from './context.ts';
import { fragmentRule } from './fragment.ts';
import { idRule } from './ids.ts';
import { inlineReferenceRule } from './inline-refs.ts';
import { editingRule } from './inline-order.ts';
import { pairingRule } from './inline-pairs.ts';
import { languageRule } from './langs.ts';
import { changeTrackingRule } from './module-ctr.ts';
import { glossaryRule } from './module-gls.ts';
import { metadataResourceRule } from './module-mda-res.ts';
import { matchesRule } from './module-mtc.ts';
import { sizeValidationStyleRule } from './module-slr-val-fs.ts';
import { skeletonRule, structureRule } from './structure.ts';

/** Every rule family, schema-level first. */
export const RULES: readonly Rule[] = [
  structureRule,
  skeletonRule,
  idRule,
  languageRule,
  pairingRule,
  inlineReferenceRule,
  editingRule,
  fragmentRule,
  matchesRule,
  glossaryRule,
  metadataResourceRule,
  changeTrackingRule,
  sizeValidationStyleRule,
];
