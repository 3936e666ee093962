/**
 * The notes an interchange file attached to the active unit (XLIFF
 * `<note>`, TMX `<note>`), shown above the workspace. Notes come from other
 * people's files and may hold anything, markup and scripts included, so
 * they are rendered as React text only: never as HTML.
 */
import { useTranslation } from 'react-i18next';
import type { ProjectInterchange } from '../../core/model/project-extras.ts';
import './interchange.css';

/** Props of `UnitNotes`. */
export interface UnitNotesProps {
  interchange: ProjectInterchange | undefined;
  unit: number;
}

/** The active unit's notes, or nothing when it has none. */
export function UnitNotes({ interchange, unit }: UnitNotesProps) {
  const { t } = useTranslation('interchange');
  const notes = interchange?.notes?.[String(unit)];
  if (!notes || notes.length === 0) return null;
  return (
    <aside className="unit-notes" data-testid="unit-notes" aria-label={t('notes.title')}>
      <ul>
        {notes.map((note, i) => (
          <li key={i} data-testid="unit-note">
            {note.from ? `${note.from}: ` : ''}
            {note.text}
            {note.appliesTo ? ` (${t(`notes.${note.appliesTo}`)})` : ''}
          </li>
        ))}
      </ul>
    </aside>
  );
}
