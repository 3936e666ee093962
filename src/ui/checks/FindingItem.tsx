/**
 * One finding in the checks panel: severity, check, message and the words
 * it is about, with its actions (accept, dismiss, quick fix). Dismissing
 * asks for an optional reason in place; Enter confirms, Esc cancels. A
 * finding already accepted as a flag says so and cannot be accepted again;
 * one of the unit being edited says it follows the typing (the editor
 * draws no underlines).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckedFinding } from '../../workers/checks-protocol.ts';
import { describeFix } from './finding-actions.ts';

/** Props of `FindingItem`. */
export interface FindingItemProps {
  finding: CheckedFinding;
  /** The unit's current English, for the fix's label. */
  target: string;
  focused: boolean;
  /** A flag from this finding already exists. */
  accepted: boolean;
  /** Its unit is being edited: the finding is re-checked as the person types. */
  editing: boolean;
  /** The reason form is open. */
  dismissing: boolean;
  onFocus: () => void;
  onShow: () => void;
  onAccept: () => void;
  onStartDismiss: () => void;
  onDismiss: (reason: string) => void;
  onCancelDismiss: () => void;
  onFix: () => void;
}

function DismissForm({
  onDismiss,
  onCancel,
}: {
  onDismiss: (reason: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('checks');
  const [reason, setReason] = useState('');
  return (
    <form
      className="dz-finding-dismiss"
      data-testid="finding-dismiss-form"
      onSubmit={(event) => {
        event.preventDefault();
        onDismiss(reason);
      }}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Escape') onCancel();
      }}
    >
      <input
        type="text"
        autoFocus
        data-testid="finding-dismiss-reason"
        aria-label={t('dismiss.reason')}
        placeholder={t('dismiss.reason')}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <button type="submit" data-testid="finding-dismiss-confirm">
        {t('dismiss.confirm')}
      </button>
      <button type="button" className="button--quiet" onClick={onCancel}>
        {t('dismiss.cancel')}
      </button>
    </form>
  );
}

/** A finding of the list (see the module comment). */
export function FindingItem(props: FindingItemProps) {
  const { finding, target, focused, accepted, editing, dismissing } = props;
  const { t } = useTranslation('checks');
  const fix = finding.fix && describeFix(target, finding.fix);
  const fixText =
    fix &&
    (fix.kind === 'remove'
      ? t('action.fixRemove', { text: fix.from })
      : fix.kind === 'insert'
        ? t('action.fixInsert', { text: fix.to })
        : t('action.fixReplace', { from: fix.from, to: fix.to }));
  return (
    <div
      className={`dz-finding-item${focused ? ' dz-finding-item--focused' : ''}`}
      data-testid="finding-item"
      data-finding-id={finding.id}
      data-check={finding.check}
      data-unit={finding.unit}
    >
      <button
        type="button"
        className="dz-finding-item-main"
        data-testid="finding-item-main"
        tabIndex={focused ? 0 : -1}
        aria-current={focused || undefined}
        onFocus={props.onFocus}
        onClick={props.onShow}
      >
        <span className="dz-flag-item-head">
          <span className={`dz-badge dz-badge--${finding.severity}`}>
            {t(`flags:severity.${finding.severity}`)}
          </span>
          <span className="dz-finding-item-check">{t(`qa:checks.${finding.check}.name`)}</span>
          <span className="dz-flag-item-unit">{t('panel.unit', { number: finding.unit + 1 })}</span>
          {accepted && <span className="dz-finding-item-tag">{t('panel.accepted')}</span>}
          {editing && (
            <span className="dz-finding-item-tag" data-testid="finding-editing">
              {t('panel.editingTag')}
            </span>
          )}
        </span>
        <span className="dz-finding-item-message">
          {t(`qa:${finding.messageKey}`, finding.params)}
        </span>
      </button>
      <span className="dz-finding-item-actions">
        {!accepted && (
          <button
            type="button"
            tabIndex={-1}
            data-testid="finding-accept"
            title={t('action.acceptLabel')}
            onClick={props.onAccept}
          >
            {t('action.accept')}
          </button>
        )}
        <button
          type="button"
          tabIndex={-1}
          data-testid="finding-dismiss"
          title={t('action.dismissLabel')}
          onClick={props.onStartDismiss}
        >
          {t('action.dismiss')}
        </button>
        {fixText && (
          <button
            type="button"
            tabIndex={-1}
            data-testid="finding-fix"
            title={t('action.fixLabel', { fix: fixText })}
            aria-label={t('action.fixLabel', { fix: fixText })}
            onClick={props.onFix}
          >
            {t('action.fix')}
          </button>
        )}
      </span>
      {dismissing && <DismissForm onDismiss={props.onDismiss} onCancel={props.onCancelDismiss} />}
    </div>
  );
}
