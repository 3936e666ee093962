/**
 * A checks run sent to the checks worker in parts, for the reason the
 * import worker sends a project to the page in parts (`import-transfer.ts`):
 * posting a message costs its structured clone on the sending thread, and a
 * document of a 50 MB XLIFF (hundreds of thousands of units and sentences)
 * clones for more than a second in one frozen task. The document's texts
 * travel whole in its skeleton (one string clones as one block); its long
 * lists and the units' current English follow in slices, and the client
 * yields to the page between slices. The worker puts the run back together,
 * then checks it.
 */
import type { BilingualDocument, SideText } from '../core/model/document.ts';
import { addSlice, listSlices, type ListSlice, type ListsOf } from './import-transfer.ts';

/** What a run carries to the worker: its document (when new to it) and the units' English. */
export interface RunCargo {
  document: BilingualDocument | null;
  texts: (string | null)[];
}

/** The long lists of a run, emptied in its skeleton and sent in slices. */
const LISTS = {
  units: (c: RunCargo) => c.document?.alignment.units,
  sourceSentences: (c: RunCargo) => c.document?.source?.segmentation.sentences,
  sourceParagraphs: (c: RunCargo) => c.document?.source?.segmentation.paragraphs,
  targetSentences: (c: RunCargo) => c.document?.target.segmentation.sentences,
  targetParagraphs: (c: RunCargo) => c.document?.target.segmentation.paragraphs,
  texts: (c: RunCargo) => c.texts,
} satisfies ListsOf<RunCargo, string>;

type ListName = keyof typeof LISTS;

/** One message's worth of a run: its skeleton first, then slices. */
export type RunPart = { kind: 'skeleton'; cargo: RunCargo } | ListSlice<ListName>;

/**
 * Items per slice: 5,000 units clone in about 10 ms on a slow machine
 * (measured for the import), well inside a 50 ms task.
 */
export const RUN_SLICE_ITEMS = 5000;

function emptySide(side: SideText): SideText {
  return { ...side, segmentation: { paragraphs: [], sentences: [] } };
}

function skeletonOf({ document }: RunCargo): RunCargo {
  return {
    document: document && {
      source: document.source && emptySide(document.source),
      target: emptySide(document.target),
      alignment: { ...document.alignment, units: [] },
    },
    texts: [],
  };
}

/** The parts of `cargo`, skeleton first, slices of at most `size` items after. */
export function* runParts(cargo: RunCargo, size = RUN_SLICE_ITEMS): Generator<RunPart> {
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
