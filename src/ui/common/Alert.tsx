/**
 * A message that needs the person's attention, announced by screen readers
 * as soon as it appears (`role="alert"`; `role="status"` for mere
 * information, which should not interrupt), with an optional dismiss button.
 * Rendered only while there is something to say, so a page has at most the
 * alerts that matter right now.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Props of `Alert`. */
export interface AlertProps {
  children: ReactNode;
  tone?: 'error' | 'warning' | 'info';
  onDismiss?: () => void;
  className?: string;
  'data-testid'?: string;
}

/** An alert box (see the module comment). */
export function Alert({ children, tone = 'error', onDismiss, className, ...rest }: AlertProps) {
  const { t } = useTranslation('common');
  return (
    <div
      role={tone === 'info' ? 'status' : 'alert'}
      className={`alert alert--${tone}${className ? ` ${className}` : ''}`}
      data-testid={rest['data-testid']}
    >
      <div className="alert-body">{children}</div>
      {onDismiss && (
        <button
          type="button"
          className="button--quiet alert-dismiss"
          onClick={onDismiss}
          aria-label={t('actions.dismiss')}
        >
          ×
        </button>
      )}
    </div>
  );
}
