/**
 * A button that opens the file chooser: a label styled as a button around a
 * visually hidden file input (`.file-button` in app.css), so it looks like
 * the other buttons and still takes keyboard focus and the browser's own
 * chooser. The input is cleared after each choice so that choosing the same
 * file again (a re-import after fixing it) fires `change` again.
 */
import type { ReactNode } from 'react';

/** Props of `FileButton`. */
export interface FileButtonProps {
  /** The button's text. */
  children: ReactNode;
  /** Called with the chosen file; not called when the chooser is cancelled. */
  onFile: (file: File) => void;
  /** The input's test id (tests set files on the input, not the label). */
  'data-testid': string;
  /** File types offered by the chooser (the input's `accept`); any file when absent. */
  accept?: string;
  disabled?: boolean;
  /** Marks the button busy while the chosen file is being read. */
  busy?: boolean;
  title?: string;
  /** Id of a hint that describes the input. */
  'aria-describedby'?: string;
}

/** A file-choosing button (see the module comment). */
export function FileButton({ children, onFile, busy, title, ...input }: FileButtonProps) {
  return (
    <label className="button file-button" aria-busy={busy} title={title}>
      {children}
      <input
        {...input}
        type="file"
        className="visually-hidden"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </label>
  );
}
