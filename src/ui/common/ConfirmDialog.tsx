/**
 * Asks before something that cannot be undone. Focus starts on Cancel so a
 * stray Enter does not confirm.
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog.tsx';

/** Props of `ConfirmDialog`. */
export interface ConfirmDialogProps {
  title: string;
  message: string;
  /** Label of the confirming button, naming the action ("Delete"). */
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A yes/no confirmation with `confirm-ok` / `confirm-cancel` buttons. */
export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const { t } = useTranslation('common');
  const cancel = useRef<HTMLButtonElement>(null);
  return (
    <Dialog
      title={title}
      onClose={onCancel}
      initialFocus={cancel}
      role="alertdialog"
      className="dialog--confirm"
    >
      <p>{message}</p>
      <div className="dialog-actions">
        <button type="button" ref={cancel} onClick={onCancel} data-testid="confirm-cancel">
          {t('actions.cancel')}
        </button>
        <button
          type="button"
          className="button--danger"
          onClick={onConfirm}
          data-testid="confirm-ok"
        >
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
