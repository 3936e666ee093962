/**
 * A debounced task that can be flushed. Moving through a document changes
 * the active unit many times a second; writing each change would queue up
 * IndexedDB transactions, so the write waits for a pause. `flush` runs the
 * pending write now, for when the page is being hidden or another project is
 * about to open.
 */

/** A pending task, run after a quiet period or on demand. */
export interface Debounced {
  /** (Re)start the quiet period; the task runs when it ends. */
  schedule(): void;
  /** Run the task now if one is pending; resolves when it has finished. */
  flush(): Promise<void>;
  /** Whether a run is pending. */
  readonly pending: boolean;
}

/**
 * Debounce `task` by `delayMs`. Errors are the task's business: it must
 * report them itself, since a timer has no caller to throw to.
 */
export function debounce(task: () => Promise<void>, delayMs: number): Debounced {
  let timer: ReturnType<typeof setTimeout> | null = null;

  const run = (): Promise<void> => {
    if (timer === null) return Promise.resolve();
    clearTimeout(timer);
    timer = null;
    return task();
  };

  return {
    schedule() {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => void run(), delayMs);
    },
    flush: run,
    get pending() {
      return timer !== null;
    },
  };
}
