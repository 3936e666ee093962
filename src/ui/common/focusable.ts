/**
 * Finding what keyboard focus can reach inside an element, for the focus
 * trap of modal dialogs.
 */

const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

/**
 * The elements inside `root` that Tab stops at, in document order. Elements
 * hidden with `hidden` or inside a closed `<details>` are left out; layout is
 * not consulted, because jsdom has none and the dialogs hide nothing by CSS.
 */
export function focusableIn(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (el) => !el.closest('[hidden], [inert]') && el.tabIndex >= 0,
  );
}
