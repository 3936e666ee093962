/**
 * A project sent from the import worker to the page in parts.
 *
 * Why parts. Receiving a message is one task on the main thread, and its
 * cost is the structured clone of what it carries: a project of a 50 MB
 * XLIFF holds hundreds of thousands of units, sentences and codes, several
 * seconds of cloning in one frozen frame. Strings are cheap (copied as one
 * block), object lists are not. So the first part is the project with its
 * long lists emptied (texts and the packed interchange record travel
 * whole), and each further part carries a slice of one list, small enough
 * to be received between two frames. The page puts the slices back in
 * order into the emptied lists.
 *
 * The trade-off against having the worker store the project and the page
 * load it by id from IndexedDB: reading a record back is also one
 * structured clone on the main thread, of the whole document at once; it
 * cannot be sliced. The worker stores it (so the page never pays the write
 * either) and sends it in parts as well.
 */
import type { Project } from '../core/model/project.ts';
import type { SideText } from '../core/model/document.ts';

/** The long lists of a project that travel in slices. */
const ARRAYS = {
  units: (p: Project) => p.document.alignment.units,
  sourceSentences: (p: Project) => p.document.source?.segmentation.sentences,
  sourceParagraphs: (p: Project) => p.document.source?.segmentation.paragraphs,
  targetSentences: (p: Project) => p.document.target.segmentation.sentences,
  targetParagraphs: (p: Project) => p.document.target.segmentation.paragraphs,
  ops: (p: Project) => p.review.ops,
} satisfies Record<string, (p: Project) => unknown[] | undefined>;

/** The maps by unit of a project that travel in slices of entries. */
const RECORDS = {
  codes: (p: Project) => p.interchange?.codes,
  notes: (p: Project) => p.interchange?.notes,
} satisfies Record<string, (p: Project) => Record<string, unknown> | undefined>;

type ArrayName = keyof typeof ARRAYS;

/** Where the long lists of a value of type `T` are, by name (`undefined`: the value has none). */
export type ListsOf<T, L extends string> = Record<L, (value: T) => unknown[] | undefined>;

/** A slice of the list `list` of a value. */
export interface ListSlice<L extends string> {
  kind: 'items';
  list: L;
  items: unknown[];
}

/** Every list of `lists` over `value`, in slices of at most `size` items, list by list. */
export function* listSlices<T, L extends string>(
  value: T,
  lists: ListsOf<T, L>,
  size: number,
): Generator<ListSlice<L>> {
  for (const list of Object.keys(lists) as L[]) {
    const items = lists[list](value) ?? [];
    for (let i = 0; i < items.length; i += size) {
      yield { kind: 'items', list, items: items.slice(i, i + size) };
    }
  }
}

/** Appends `slice` to its list in `value` (emptied by the sender, filled back in order). */
export function addSlice<T, L extends string>(
  value: T,
  lists: ListsOf<T, L>,
  slice: ListSlice<L>,
): void {
  const list = lists[slice.list](value);
  if (!list) throw new Error(`the value has no ${slice.list}`);
  for (const item of slice.items) list.push(item);
}
type RecordName = keyof typeof RECORDS;

/** One message's worth of a project. */
export type ProjectPart =
  | { kind: 'skeleton'; project: Project }
  | ListSlice<ArrayName>
  | { kind: 'entries'; record: RecordName; entries: [string, unknown][] };

/**
 * Items per slice. A unit is seven small objects; 5,000 of them clone in
 * about 10 ms on a slow machine, far below a frame's budget even when
 * React renders in the same task.
 */
export const SLICE_ITEMS = 5000;

function emptySide(side: SideText): SideText {
  return { ...side, segmentation: { paragraphs: [], sentences: [] } };
}

/** `project` with every long list empty. */
function skeletonOf(project: Project): Project {
  const { document, interchange } = project;
  return {
    ...project,
    document: {
      source: document.source && emptySide(document.source),
      target: emptySide(document.target),
      alignment: { ...document.alignment, units: [] },
    },
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
