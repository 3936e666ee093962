/**
 * Just enough layout for @tanstack/react-virtual to render in jsdom, which
 * has none: the workspace scroller gets a viewport and a scroll height, rows
 * a fixed height, and elements a `scrollTo` that fires its scroll event
 * asynchronously as browsers do. For tests only.
 */

/** The scroller's viewport in the stubbed layout, px. */
export const VIEWPORT = { width: 1000, height: 600 };
/** Every unit row's height in the stubbed layout, px. */
export const ROW_HEIGHT = 40;
/** The header height the grid assumes before layout (jsdom never lays out). */
export const HEADER_HEIGHT = 36;

function descriptor(get: (this: HTMLElement) => number): PropertyDescriptor {
  return { configurable: true, get };
}

/** The properties stubbed on HTMLElement.prototype. */
const STUBBED = [
  'clientHeight',
  'clientWidth',
  'scrollHeight',
  'offsetHeight',
  'scrollTo',
] as const;

/** Install the stubbed layout; returns a function that restores jsdom's own. */
export function installWorkspaceLayout(): () => void {
  const originals = new Map(
    STUBBED.map((name) => [name, Object.getOwnPropertyDescriptor(HTMLElement.prototype, name)]),
  );
  const isScroller = (el: HTMLElement) => el.dataset.testid === 'workspace-scroll';
  Object.defineProperty(
    HTMLElement.prototype,
    'clientHeight',
    descriptor(function () {
      return isScroller(this) ? VIEWPORT.height : 0;
    }),
  );
  Object.defineProperty(
    HTMLElement.prototype,
    'clientWidth',
    descriptor(function () {
      return isScroller(this) ? VIEWPORT.width : 0;
    }),
  );
  // The scroller's content: the row container, sized by the virtualiser, under the header.
  Object.defineProperty(
    HTMLElement.prototype,
    'scrollHeight',
    descriptor(function () {
      if (!isScroller(this)) return 0;
      const body = this.lastElementChild as HTMLElement | null;
      return HEADER_HEIGHT + Number.parseFloat(body?.style.height ?? '0');
    }),
  );
  // The virtualiser measures rows by offsetHeight when no ResizeObserver entry is at hand.
  Object.defineProperty(
    HTMLElement.prototype,
    'offsetHeight',
    descriptor(function () {
      return this.dataset.testid === 'unit-row' ? ROW_HEIGHT : 0;
    }),
  );
  Object.defineProperty(HTMLElement.prototype, 'scrollTo', {
    configurable: true,
    writable: true,
    value(this: HTMLElement, options?: ScrollToOptions | number) {
      if (typeof options === 'object' && options.top !== undefined) this.scrollTop = options.top;
      // Browsers fire scroll events with the next frame, never synchronously.
      setTimeout(() => this.dispatchEvent(new Event('scroll')), 0);
    },
  });
  return () => {
    for (const [name, original] of originals) {
      if (original) Object.defineProperty(HTMLElement.prototype, name, original);
      else delete (HTMLElement.prototype as unknown as Record<string, unknown>)[name];
    }
  };
}
