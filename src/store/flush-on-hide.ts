/**
 * Write pending changes when the page may be about to go away. `pagehide`
 * covers closing and navigating; `visibilitychange` to hidden covers mobile
 * browsers and tab discarding, where `pagehide` may never fire. Neither
 * waits for the write, which is why the debounce is short: at worst the last
 * few hundred milliseconds of movement are lost, never an edit.
 */
import type { ProjectsStore } from './projects.ts';

/** Flush `store` whenever the page is hidden; returns a function that stops listening. */
export function flushOnHide(store: ProjectsStore, target: Window = window): () => void {
  const flush = (): void => void store.getState().flush();
  const onVisibility = (): void => {
    if (target.document.visibilityState === 'hidden') flush();
  };
  target.addEventListener('pagehide', flush);
  target.document.addEventListener('visibilitychange', onVisibility);
  return () => {
    target.removeEventListener('pagehide', flush);
    target.document.removeEventListener('visibilitychange', onVisibility);
  };
}
