/**
 * A callback whose identity never changes but which always runs the latest
 * `fn`. Memoised rows receive it as a prop, so a parent re-render with a new
 * inline handler does not re-render every row.
 */
import { useCallback, useLayoutEffect, useRef } from 'react';

/** Wrap `fn` in a stable callback; call it from event handlers, not during render. */
export function useStableCallback<Args extends unknown[]>(
  fn: (...args: Args) => void,
): (...args: Args) => void {
  const latest = useRef(fn);
  // Updated after render rather than during it, as React requires of refs;
  // event handlers only run after the commit, so they see the new value.
  useLayoutEffect(() => {
    latest.current = fn;
  });
  return useCallback((...args: Args) => latest.current(...args), []);
}
