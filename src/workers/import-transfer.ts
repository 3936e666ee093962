/**
 * A project sent from the import worker to the page in parts
 * (`transfer.ts` says why): the skeleton, then slices of its document's
 * lists and review operations, then the interchange's maps by unit in
 * slices of entries. The packed interchange record travels whole.
 *
 * The trade-off against having the worker store the project and the page
 * load it by id from IndexedDB: reading a record back is also one
 * structured clone on the main thread, of the whole document at once; it
 * cannot be sliced. The worker stores it (so the page never pays the write
 * either) and sends it in parts as well.
 */
import type { Project } from '../core/model/project.ts';
import {
  SLICE_ITEMS,
  addSlice,
  documentLists,
  documentSkeleton,
  listSlices,
  type ListSlice,
  type ListsOf,
} from './transfer.ts';

/** The long lists of a project that travel in slices. */
const ARRAYS = {
  ...documentLists((p: Project) => p.document),
  ops: (p: Project) => p.review.ops,
} satisfies ListsOf<Project, string>;

/** The maps by unit of a project that travel in slices of entries. */
const RECORDS = {
  codes: (p: Project) => p.interchange?.codes,
  notes: (p: Project) => p.interchange?.notes,
} satisfies Record<string, (p: Project) => Record<string, unknown> | undefined>;

type ArrayName = keyof typeof ARRAYS;
type RecordName = keyof typeof RECORDS;

/** One message's worth of a project. */
export type ProjectPart =
  | { kind: 'skeleton'; project: Project }
  | ListSlice<ArrayName>
  | { kind: 'entries'; record: RecordName; entries: [string, unknown][] };

/** `project` with every long list empty. */
function skeletonOf(project: Project): Project {
  const { document, interchange } = project;
  return {
    ...project,
    document: documentSkeleton(document),
    review: { ...project.review, ops: [] },
    ...(interchange
      ? {
          interchange: {
            ...interchange,
            codes: {},
            ...(interchange.notes ? { notes: {} } : {}),
          },
        }
      : {}),
  };
}

/** The parts of `project`, skeleton first, slices of at most `size` items after. */
export function* projectParts(project: Project, size = SLICE_ITEMS): Generator<ProjectPart> {
  yield { kind: 'skeleton', project: skeletonOf(project) };
  yield* listSlices(project, ARRAYS, size);
  for (const record of Object.keys(RECORDS) as RecordName[]) {
    const entries = Object.entries(RECORDS[record](project) ?? {});
    for (let i = 0; i < entries.length; i += size) {
      yield { kind: 'entries', record, entries: entries.slice(i, i + size) };
    }
  }
}

/** Puts parts back together, in the order `projectParts` made them. */
export class ProjectAssembler {
  private project: Project | null = null;

  /** Takes the next part; throws on a part that belongs nowhere (a bug, not a file's fault). */
  add(part: ProjectPart): void {
    if (part.kind === 'skeleton') {
      this.project = part.project;
      return;
    }
    const project = this.project;
    if (!project) throw new Error('a project part came before its skeleton');
    if (part.kind === 'items') {
      addSlice(project, ARRAYS, part);
      return;
    }
    const record = RECORDS[part.record](project) as Record<string, unknown> | undefined;
    if (!record) throw new Error(`the project has no ${part.record}`);
    for (const [key, value] of part.entries) record[key] = value;
  }

  /** The project, once every part was added. */
  result(): Project {
    if (!this.project) throw new Error('no project was sent');
    return this.project;
  }
}
