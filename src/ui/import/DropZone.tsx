/**
 * Where files can be dropped instead of picked. It only adds a way in: the
 * file pickers next to it do the same from the keyboard, so the zone itself
 * is not focusable.
 */
import { useState } from 'react';
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** Props of `DropZone`. */
export interface DropZoneProps {
  /** The hint, saying how many files it takes. */
  label: string;
  disabled: boolean;
  onFiles: (files: File[]) => void;
}

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer.types).includes('Files');
}

/** A drop target for text files (`data-testid="import-drop"`). */
export function DropZone({ label, disabled, onFiles }: DropZoneProps) {
  const { t } = useTranslation('common');
  const [over, setOver] = useState(false);

  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (disabled || !carriesFiles(event)) return;
    // Without this the browser would open the file in place of the app.
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    if (disabled) return;
    const files = Array.from(event.dataTransfer.files);
    if (files.length > 0) onFiles(files);
  };

  return (
    <div
      className={over ? 'drop-zone drop-zone--over' : 'drop-zone'}
      data-testid="import-drop"
      onDragEnter={onDragOver}
      onDragOver={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <span aria-hidden="true" className="drop-zone-icon">
        ⇩
      </span>{' '}
      {over ? t('import.dropRelease') : label}
    </div>
  );
}
