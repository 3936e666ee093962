/**
 * A synchronous last-resort copy of the reader's place, for the moment the
 * page goes away.
 *
 * The active unit is written to IndexedDB after a short pause, and flushed
 * when the page is hidden; but an IndexedDB update takes several round trips
 * (Dexie reads the entry, then writes it), and a page being unloaded does not
 * wait for them. localStorage writes synchronously, so the flush also leaves
 * the place there, and the next start applies it if IndexedDB missed it.
 */
import type { Project, ProjectView } from '../core/model/project.ts';

/** Where a project's view was when the page was last hidden. */
export interface StashedView {
  id: string;
  view: ProjectView;
}

/** A one-slot, synchronous store for the latest view. */
export interface ViewStash {
  save(stashed: StashedView): void;
  /** The stashed view, removing it; `null` when there is none or it is unreadable. */
  take(): StashedView | null;
}

/** The localStorage key of the stash. */
export const VIEW_STASH_KEY = 'duizhao.pendingView';

function isStashedView(value: unknown): value is StashedView {
  if (!value || typeof value !== 'object') return false;
  const { id, view } = value as { id?: unknown; view?: { activeUnit?: unknown } };
  return (
    typeof id === 'string' &&
    typeof view?.activeUnit === 'number' &&
    Number.isInteger(view.activeUnit) &&
    view.activeUnit >= 0
  );
}

/**
 * The stash over `storage` (localStorage in the app). Storage that throws
 * (full, or denied in a private window) makes the stash a no-op: IndexedDB
 * remains the real record, and its failures are reported there.
 */
export function createViewStash(storage: Storage | null, key: string = VIEW_STASH_KEY): ViewStash {
  return {
    save(stashed) {
      try {
        storage?.setItem(key, JSON.stringify(stashed));
      } catch {
        // See above: the stash is a best effort on top of IndexedDB.
      }
    },
    take() {
      try {
        const raw = storage?.getItem(key) ?? null;
        storage?.removeItem(key);
        const parsed: unknown = raw === null ? null : JSON.parse(raw);
        return isStashedView(parsed) ? parsed : null;
      } catch {
        return null;
      }
    },
  };
}

/**
 * The view stashed when the page was last hidden, if it belongs to `project`,
 * fits its document and differs from what IndexedDB has.
 */
export function stashedViewOf(project: Project, stashed: StashedView | null): ProjectView | null {
  if (stashed?.id !== project.id) return null;
  const { activeUnit } = stashed.view;
  if (activeUnit === project.view.activeUnit) return null;
  if (activeUnit >= project.document.alignment.units.length) return null;
  return stashed.view;
}
