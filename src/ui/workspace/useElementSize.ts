/**
 * The border-box size of an element, kept current with a ResizeObserver.
 *
 * The workspace needs two layout figures React cannot know: how tall the
 * sticky header is (the virtualiser offsets the rows by it) and how wide a
 * text column is (row height estimates depend on it). Both change with the
 * window, the interface language and font loading.
 */
import { useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';

/** A width and height in CSS px. */
export interface ElementSize {
  width: number;
  height: number;
}

/**
 * Track the size of `ref.current`, starting from `initial` until the first
 * layout. Rounds to whole px so sub-pixel jitter does not re-render.
 */
export function useElementSize(
  ref: RefObject<HTMLElement | null>,
  initial: ElementSize,
): ElementSize {
  const [size, setSize] = useState(initial);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const update = () => {
      const rect = element.getBoundingClientRect();
      const width = Math.round(rect.width);
      const height = Math.round(rect.height);
      // Engines without layout (jsdom) report 0: keep the initial guess.
      if (width === 0 && height === 0) return;
      setSize((previous) =>
        previous.width === width && previous.height === height ? previous : { width, height },
      );
    };
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
