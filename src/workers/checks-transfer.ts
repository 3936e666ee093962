/**
 * A checks run sent to the checks worker in parts (`transfer.ts` says why):
 * a document of a 50 MB XLIFF clones for more than a second in one frozen
 * task. The skeleton carries the document's texts whole; its long lists and
 * the units' current English follow in slices, and the client yields to the
 * page between slices. The worker puts the run back together, then checks it.
 */
import type { BilingualDocument } from '../core/model/document.ts';
import {
  SLICE_ITEMS,
  addSlice,
  documentLists,
  documentSkeleton,
  listSlices,
  type ListSlice,
  type ListsOf,
} from './transfer.ts';

/** What a run carries to the worker: its document (when new to it) and the units' English. */
export interface RunCargo {
  document: BilingualDocument | null;
  texts: (string | null)[];
}

/** The long lists of a run, emptied in its skeleton and sent in slices. */
const LISTS = {
  ...documentLists((c: RunCargo) => c.document),
  texts: (c: RunCargo) => c.texts,
} satisfies ListsOf<RunCargo, string>;

type ListName = keyof typeof LISTS;

/** One message's worth of a run: its skeleton first, then slices. */
export type RunPart = { kind: 'skeleton'; cargo: RunCargo } | ListSlice<ListName>;

function skeletonOf({ document }: RunCargo): RunCargo {
  return { document: document && documentSkeleton(document), texts: [] };
}

/** The parts of `cargo`, skeleton first, slices of at most `size` items after. */
export function* runParts(cargo: RunCargo, size = SLICE_ITEMS): Generator<RunPart> {
  yield { kind: 'skeleton', cargo: skeletonOf(cargo) };
  yield* listSlices(cargo, LISTS, size);
}

/** Puts a run's parts back together, in the order `runParts` made them. */
export class RunAssembler {
  private cargo: RunCargo | null = null;

  /** Takes the next part; throws on a slice before its skeleton (a bug, not a file's fault). */
  add(part: RunPart): void {
    if (part.kind === 'skeleton') {
      this.cargo = part.cargo;
      return;
    }
    if (!this.cargo) throw new Error('a run part came before its skeleton');
    addSlice(this.cargo, LISTS, part);
  }

  /** The run, once every part was added. */
  result(): RunCargo {
    if (!this.cargo) throw new Error('no run was sent');
    return this.cargo;
  }
}
