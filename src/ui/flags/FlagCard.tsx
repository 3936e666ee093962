/**
 * The card shown over a highlight on hover or focus: every flag on those
 * words, worst first, with its category, severity, comment, suggestion and
 * author, its verdict (and, for editors, the ruling form: `FlagVerdict`),
 * and a button to edit it. One card for the whole workspace,
 * positioned next to the highlight, so rows carry no per-mark listeners.
 * Comments are user text from files too: React renders them as text.
 */
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Flag } from '../../core/model/flag.ts';
import { FlagVerdict } from '../revisions/FlagVerdict.tsx';
import { categoryLabel } from './category-options.ts';
import type { CategoryOption } from './category-options.ts';

/** Where the highlight is on screen (viewport px). */
export interface CardPlacement {
  left: number;
  top: number;
  bottom: number;
}

/** Props of `FlagCard`. */
export interface FlagCardProps {
  flags: readonly Flag[];
  placement: CardPlacement;
  options: readonly CategoryOption[];
  onEdit: (flag: Flag) => void;
  /** The pointer entered or left the card (it stays open while hovered). */
  onHover: (inside: boolean) => void;
}

/** Width the card is laid out at; it is placed so it stays inside the window. */
const CARD_WIDTH = 320;

/** The highlight card (see the module comment). */
export function FlagCard({ flags, placement, options, onEdit, onHover }: FlagCardProps) {
  const { t } = useTranslation('flags');
  const left = Math.max(8, Math.min(placement.left, window.innerWidth - CARD_WIDTH - 8));
  // Below the words when there is room, above them otherwise.
  const below = placement.bottom + 6 < window.innerHeight * 0.6;
  const style = below
    ? { left, top: placement.bottom + 6 }
    : { left, bottom: window.innerHeight - placement.top + 6 };
  // In the body, not the workspace: the workspace closes the card on any
  // scroll inside it, and the ruling form's note field scrolls as one types.
  return createPortal(
    <div
      role="tooltip"
      className="dz-flag-card"
      data-testid="flag-card"
      style={{ ...style, width: CARD_WIDTH }}
      onMouseEnter={() => onHover(true)}
      onMouseLeave={(event) => {
        // A ruling being typed keeps the card open after the pointer leaves.
        if (!event.currentTarget.contains(document.activeElement)) onHover(false);
      }}
      // Keyboard work in the card (the ruling form) keeps it open like the pointer does.
      onFocus={() => onHover(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) onHover(false);
      }}
    >
      {flags.map((flag) => (
        <section key={flag.id} className="dz-flag-card-item">
          <p className="dz-flag-card-head">
            <span className={`dz-badge dz-badge--${flag.severity}`}>
              {t(`severity.${flag.severity}`)}
            </span>{' '}
            <strong>{categoryLabel(options, flag.category)}</strong>
            {flag.status !== 'open' && (
              <span className="dz-flag-card-status"> · {t(`status.${flag.status}`)}</span>
            )}
          </p>
          {flag.suggestion !== null && (
            <p className="dz-flag-card-suggestion">
              {t('card.suggestion')}{' '}
              <q lang={flag.anchor.side === 'source' ? 'zh-Hans' : 'en'}>{flag.suggestion}</q>
            </p>
          )}
          {flag.comment && <p className="dz-flag-card-comment">{flag.comment}</p>}
          <p className="dz-flag-card-author">
            {t('card.author', { name: flag.author.name, role: t(`role.${flag.author.role}`) })}
          </p>
          <button type="button" className="button--quiet" onClick={() => onEdit(flag)}>
            {t('card.edit')}
          </button>
          <FlagVerdict flag={flag} />
        </section>
      ))}
    </div>,
    document.body,
  );
}
