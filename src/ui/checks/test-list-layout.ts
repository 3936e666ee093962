/**
 * Just enough layout for the checks panel's virtualised finding list to
 * render in jsdom, which has none: the list gets a viewport and its rows
 * fixed heights, on top of whatever layout stubs are installed already
 * (the workspace's, `workspace/test-layout.ts`). For tests only.
 */

/** The finding list's viewport height in the stubbed layout, px. */
export const LIST_HEIGHT = 600;
/** Heights of a group heading row and of a finding row, px. */
export const HEADING_ROW = 30;
export const FINDING_ROW = 60;

function rowHeight(el: HTMLElement): number | null {
  if (el.classList.contains('dz-finding-row--group')) return HEADING_ROW;
  if (el.classList.contains('dz-finding-row--finding')) return FINDING_ROW;
  return null;
}

/** Install the stubbed layout; returns a function that restores the one before. */
export function installFindingListLayout(): () => void {
  const proto = HTMLElement.prototype;
  const before = {
    clientHeight: Object.getOwnPropertyDescriptor(proto, 'clientHeight'),
    offsetHeight: Object.getOwnPropertyDescriptor(proto, 'offsetHeight'),
    scrollHeight: Object.getOwnPropertyDescriptor(proto, 'scrollHeight'),
  };
  const isList = (el: HTMLElement) => el.dataset.testid === 'finding-list';
  const wrap = (
    name: keyof typeof before,
    own: (el: HTMLElement) => number | null,
  ): PropertyDescriptor => ({
    configurable: true,
    get(this: HTMLElement) {
      const value = own(this);
      if (value !== null) return value;
      const original = before[name];
      return original?.get ? (original.get.call(this) as number) : 0;
    },
  });
  Object.defineProperty(
    proto,
    'clientHeight',
    wrap('clientHeight', (el) => (isList(el) ? LIST_HEIGHT : null)),
  );
  Object.defineProperty(proto, 'offsetHeight', wrap('offsetHeight', rowHeight));
  // The list's content: the rows' container, sized by the virtualiser.
  Object.defineProperty(
    proto,
    'scrollHeight',
    wrap('scrollHeight', (el) =>
      isList(el)
        ? Number.parseFloat((el.firstElementChild as HTMLElement | null)?.style.height ?? '0')
        : null,
    ),
  );
  return () => {
    for (const [name, original] of Object.entries(before)) {
      if (original) Object.defineProperty(proto, name, original);
      else delete (proto as unknown as Record<string, unknown>)[name];
    }
  };
}
