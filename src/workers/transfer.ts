/**
 * Sending a large value between the page and a worker in parts, shared by
 * the import (a project, worker → page: `import-transfer.ts`) and the
 * checks (a run, page → worker: `checks-transfer.ts`).
 *
 * Why parts. Posting or receiving a message costs the structured clone of
 * what it carries, in one task of that thread: a document of a 50 MB XLIFF
 * holds hundreds of thousands of units and sentences, seconds of cloning in
 * one frozen frame. Strings are cheap (copied as one block), long lists of
 * objects are not. So the first part (the skeleton) is the value with its
 * long lists emptied, texts kept whole, and each further part carries a
 * slice of one list, small enough to clone between two frames; the
 * receiver appends the slices, in order, to the emptied lists.
 */
import type { BilingualDocument, SideText } from '../core/model/document.ts';

/**
 * Items per slice. A unit is seven small objects; 5,000 of them clone in
 * about 10 ms on a slow machine, far below a frame's budget even when
 * React renders in the same task.
 */
export const SLICE_ITEMS = 5000;

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

/** The long lists of the document inside a value of type `T` (found by `documentOf`). */
export function documentLists<T>(documentOf: (value: T) => BilingualDocument | null | undefined) {
  return {
    units: (value: T) => documentOf(value)?.alignment.units,
    sourceSentences: (value: T) => documentOf(value)?.source?.segmentation.sentences,
    sourceParagraphs: (value: T) => documentOf(value)?.source?.segmentation.paragraphs,
    targetSentences: (value: T) => documentOf(value)?.target.segmentation.sentences,
    targetParagraphs: (value: T) => documentOf(value)?.target.segmentation.paragraphs,
  } satisfies ListsOf<T, string>;
}

function emptySide(side: SideText): SideText {
  return { ...side, segmentation: { paragraphs: [], sentences: [] } };
}

/** `document` with the lists of `documentLists` empty and its texts whole. */
export function documentSkeleton(document: BilingualDocument): BilingualDocument {
  return {
    source: document.source && emptySide(document.source),
    target: emptySide(document.target),
    alignment: { ...document.alignment, units: [] },
  };
}
