/**
 * The frame of a panel docked at the right of the workspace (flags, checks,
 * glossary): a titled `<aside>` with a close button, laid out by
 * `side-panel.css`. One frame so the panels look and close alike, and the
 * shared styles load with the first panel that opens rather than depending
 * on another feature's stylesheet.
 */
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import './side-panel.css';

/** Props of `SidePanel`; other `<aside>` attributes (id, test id, drag handlers) pass through. */
export interface SidePanelProps extends Omit<ComponentPropsWithoutRef<'aside'>, 'title'> {
  /** The heading, also the panel's accessible name. */
  title: string;
  /** Accessible name of the close button (the button shows ×). */
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
}

/** A docked side panel (see the module comment). */
export function SidePanel({
  title,
  closeLabel,
  onClose,
  className,
  children,
  ...aside
}: SidePanelProps) {
  return (
    <aside
      {...aside}
      className={`dz-side-panel${className ? ` ${className}` : ''}`}
      aria-label={title}
    >
      <div className="dz-panel-head">
        <h2 className="dz-panel-title">{title}</h2>
        <button type="button" className="button--quiet" onClick={onClose} aria-label={closeLabel}>
          ×
        </button>
      </div>
      {children}
    </aside>
  );
}
