/**
 * A modal dialog: rendered over the page, focus moved into it and kept there
 * (Tab and Shift+Tab wrap), Escape and a click on the backdrop close it, and
 * focus returns to whatever opened it.
 *
 * Hand-made rather than `<dialog>.showModal()` because the test environment
 * (jsdom) does not implement `showModal`, and the behaviour is small enough
 * to own. Keys are handled on the document, for the topmost dialog only:
 * focus can drop to the body (an inline editor that closes, a button that
 * disappears), and Escape must still close the dialog the person sees, and
 * only that one when a confirmation is stacked over a list.
 */
import { useEffect, useEffectEvent, useId, useRef } from 'react';
import type { ReactNode, RefObject } from 'react';
import { createPortal } from 'react-dom';
import { focusableIn } from './focusable.ts';
import './dialog.css';

/** Props of `Dialog`. */
export interface DialogProps {
  /** The visible heading, also the dialog's accessible name. */
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** What to focus on opening; by default the first focusable element. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** `alertdialog` for confirmations that interrupt. */
  role?: 'dialog' | 'alertdialog';
  /** Escape and backdrop clicks do nothing while set (e.g. during work that cannot be interrupted). */
  locked?: boolean;
  className?: string;
  'data-testid'?: string;
}

/** Open dialogs, bottom first. Only the last one reacts to keys. */
const stack: HTMLElement[] = [];

/** Keep Tab inside `root`, wrapping at both ends. */
function trapTab(root: HTMLElement, event: KeyboardEvent): void {
  const stops = focusableIn(root);
  const first = stops[0];
  const last = stops[stops.length - 1];
  const active = document.activeElement;
  if (!first || !last) {
    event.preventDefault();
    root.focus();
  } else if (!root.contains(active)) {
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  } else if (event.shiftKey && (active === first || active === root)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

/** A modal dialog (see the module comment). */
export function Dialog({
  title,
  onClose,
  children,
  initialFocus,
  role = 'dialog',
  locked = false,
  className,
  ...rest
}: DialogProps) {
  const panel = useRef<HTMLDivElement>(null);
  const titleId = useId();
  // The key listener is installed once per opening; an effect event lets it
  // see the latest `onClose` and `locked` without reinstalling it.
  const escape = useEffectEvent(() => {
    if (!locked) onClose();
  });

  useEffect(() => {
    const root = panel.current;
    if (!root) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const openerDialog = opener?.closest<HTMLElement>('[aria-modal="true"]') ?? null;
    stack.push(root);
    (initialFocus?.current ?? focusableIn(root)[0] ?? root).focus();

    const onKeyDown = (event: KeyboardEvent) => {
      if (stack[stack.length - 1] !== root) return;
      if (event.key === 'Escape') {
        // A widget inside that handles Escape itself (an inline editor
        // cancelling) marks the event handled; leave the dialog open then.
        if (event.defaultPrevented) return;
        event.preventDefault();
        escape();
      } else if (event.key === 'Tab') {
        trapTab(root, event);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      stack.splice(stack.indexOf(root), 1);
      // The opener may have gone (the row of a project just deleted). Focus
      // then goes to the dialog it was in, if any, so the outer dialog keeps
      // the keyboard instead of losing it to the page behind.
      if (opener?.isConnected) opener.focus();
      else if (openerDialog?.isConnected) openerDialog.focus();
    };
    // Focus moves once per opening, not whenever a parent re-renders.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return createPortal(
    <div
      className="dialog-backdrop"
      onMouseDown={(event) => {
        if (event.target === event.currentTarget && !locked) onClose();
      }}
    >
      <div
        ref={panel}
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        className={className ? `dialog ${className}` : 'dialog'}
        data-testid={rest['data-testid']}
      >
        <h2 id={titleId} className="dialog-title">
          {title}
        </h2>
        {children}
      </div>
    </div>,
    document.body,
  );
}
