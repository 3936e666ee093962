/**
 * Making projects: fresh identifiers and timestamps, and carrying the
 * reader's place over when a document is aligned again.
 */
import type { BilingualDocument } from '../core/model/document.ts';
import type { Project, ProjectOrigin } from '../core/model/project.ts';
import { DEFAULT_TYPOLOGY_ID } from '../core/typology/index.ts';

/**
 * A random UUID. `crypto.randomUUID` exists only in secure contexts, and the
 * built app may be served over plain HTTP on a local network, so the fallback
 * builds a version 4 UUID from `getRandomValues`, which has no such limit.
 */
export function newProjectId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** What a new project is made of. */
export interface ProjectSeed {
  name: string;
  origin: ProjectOrigin;
  sourceFileName: string | null;
  targetFileName: string | null;
  document: BilingualDocument;
}

/** A new project, opened at its first unit, with an empty review in the default typology. */
export function makeProject(seed: ProjectSeed, id: string, now: Date): Project {
  const stamp = now.toISOString();
  return {
    id,
    ...seed,
    createdAt: stamp,
    updatedAt: stamp,
    view: { activeUnit: 0 },
    review: { typologyId: DEFAULT_TYPOLOGY_ID, ops: [] },
  };
}

/**
 * The unit of `document` whose target side covers `offset` in the target
 * text, or the first unit starting after it. Adding a source realigns the
 * whole document and renumbers its units, but the English text is unchanged,
 * so a target offset is the one position that means the same before and after.
 */
export function unitAtTargetOffset(document: BilingualDocument, offset: number): number {
  const units = document.alignment.units;
  for (let i = 0; i < units.length; i++) {
    const target = units[i]?.target;
    if (target && target.end > offset) return i;
  }
  return Math.max(0, units.length - 1);
}

/** The target offset where the unit at `index` starts, or 0 when it has no target side. */
export function targetOffsetOfUnit(document: BilingualDocument, index: number): number {
  const units = document.alignment.units;
  for (let i = Math.min(index, units.length - 1); i >= 0; i--) {
    const target = units[i]?.target;
    if (target) return target.start;
  }
  return 0;
}
