/**
 * Sign-off: the editor signs the document off once every unit is approved;
 * while it is signed off the text is frozen, which the bar says (with who
 * signed it off and when) along with the reopen action, for editors, which
 * asks why. The document's sign-offs and reopenings are listed as its
 * history.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSignoff } from '../../core/model/revision.ts';
import type { SignoffEvent } from '../../core/revision/index.ts';

/** Props of `SignoffBar`. */
export interface SignoffBarProps {
  signoff: DocumentSignoff | null;
  editor: boolean;
  /** Units not approved yet; sign-off needs none. */
  unapproved: number;
  events: readonly SignoffEvent[];
  /** Someone tried to edit the frozen text: say why, prominently. */
  blocked: boolean;
  onSignOff: () => void;
  onReopen: (note: string) => void;
}

/** The sign-off bar (see the module comment). */
export function SignoffBar(props: SignoffBarProps) {
  const { signoff, editor, unapproved, events, blocked } = props;
  const { t } = useTranslation('revisions');
  const [note, setNote] = useState('');
  const signedOff = signoff?.signedOff === true;
  return (
    <span className="dz-signoff" data-testid="signoff-bar" data-signed-off={signedOff}>
      {signedOff && signoff ? (
        <>
          <span
            role={blocked ? 'alert' : 'status'}
            className={blocked ? 'dz-signoff-blocked' : undefined}
            data-testid="signed-off-message"
          >
            {t('signoff.frozen', {
              name: signoff.by.name,
              at: new Date(signoff.at).toLocaleString(),
            })}{' '}
            {t(editor ? 'signoff.reopenToEdit' : 'signoff.askEditor')}
          </span>
          {editor && (
            <form
              className="dz-signoff-reopen"
              onSubmit={(event) => {
                event.preventDefault();
                props.onReopen(note.trim());
                setNote('');
              }}
            >
              <input
                type="text"
                data-testid="reopen-note"
                aria-label={t('signoff.reopenWhy')}
                placeholder={t('signoff.reopenWhy')}
                value={note}
                maxLength={500}
                required
                onChange={(event) => setNote(event.target.value)}
              />
              <button type="submit" data-testid="reopen" disabled={note.trim() === ''}>
                {t('signoff.reopen')}
              </button>
            </form>
          )}
        </>
      ) : (
        editor && (
          <button
            type="button"
            data-testid="sign-off"
            disabled={unapproved > 0}
            title={unapproved > 0 ? t('signoff.notYet', { count: unapproved }) : undefined}
            onClick={props.onSignOff}
          >
            {t('signoff.signOff')}
          </button>
        )
      )}
      {events.length > 0 && (
        <details className="dz-signoff-history" data-testid="signoff-history">
          <summary>{t('signoff.history', { count: events.length })}</summary>
          <ol>
            {events.map((event) => (
              <li key={event.id} data-testid="signoff-event" data-kind={event.kind}>
                {t(event.kind === 'document.signoff' ? 'signoff.signedBy' : 'signoff.reopenedBy', {
                  name: event.by.name,
                  at: new Date(event.at).toLocaleString(),
                })}
                {event.note && <span className="dz-history-note"> — {event.note}</span>}
              </li>
            ))}
          </ol>
        </details>
      )}
    </span>
  );
}
