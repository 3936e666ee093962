/**
 * The import dialog's view of one interchange file: a progress bar while
 * the worker reads it (with a button to stop), then the format it was
 * recognised as, what it holds, the reader's warnings and, for a file of
 * several MT systems, the choice of one project per system or one system;
 * or why it could not be imported, with where.
 *
 * Everything the file says (names, warnings) is rendered as React text,
 * never as markup.
 */
import { useTranslation } from 'react-i18next';
import { formatLocation } from '../../core/io/import-error.ts';
import type { ImportWarning } from '../../core/io/import-error.ts';
import type { DraftChoice } from '../../workers/import-protocol.ts';
import type { InterchangeState } from './useInterchangeImport.ts';
import './interchange.css';

/** Props of `InterchangePanel`. */
export interface InterchangePanelProps {
  state: Exclude<InterchangeState, { phase: 'idle' }>;
  choice: DraftChoice;
  onChoice: (choice: DraftChoice) => void;
  onStop: () => void;
  onRemove: () => void;
  /** Read the failed file again leniently; offered when it broke its format's rules. */
  onReadAnyway?: () => void;
  disabled: boolean;
}

function Warnings({ warnings }: { warnings: readonly ImportWarning[] }) {
  const { t } = useTranslation('interchange');
  if (warnings.length === 0) return null;
  return (
    <div className="interchange-warnings" data-testid="interchange-warnings">
      <p>{t('warningsTitle')}</p>
      <ul>
        {warnings.map((warning, i) => {
          const where = formatLocation(warning.location);
          return (
            <li key={`${warning.code}-${i}`}>
              {where ? `${where}: ` : ''}
              {warning.message}
              {warning.count > 1 ? ` ${t('warningTimes', { count: warning.count })}` : ''}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Whether a failed read can be tried again leniently: it broke the format's rules, and was strict. */
function canReadAnyway(state: Extract<InterchangeState, { phase: 'failed' }>): boolean {
  return typeof state.failure === 'object' && state.failure.code === 'invalid' && !state.lenient;
}

function Failure({ state }: { state: Extract<InterchangeState, { phase: 'failed' }> }) {
  const { t } = useTranslation('interchange');
  const file = state.fileName;
  let text: string;
  if (state.failure === 'review') text = t('review', { file });
  else if (state.failure === 'unknown') {
    text = t('failed', { file, problem: t('pickHint') });
  } else {
    const { file: _inFile, ...place } = state.failure.location;
    const where = formatLocation(place);
    text = where
      ? t('failedAt', { file, where, problem: state.failure.problem })
      : t('failed', { file, problem: state.failure.problem });
  }
  return (
    <p role="alert" className="alert alert--error" data-testid="interchange-error">
      {text}
    </p>
  );
}

/** The interchange part of the import dialog (see the module comment). */
export function InterchangePanel({
  state,
  choice,
  onChoice,
  onStop,
  onRemove,
  onReadAnyway,
  disabled,
}: InterchangePanelProps) {
  const { t } = useTranslation('interchange');
  const { t: tc } = useTranslation('common');
  if (state.phase === 'reading') {
    return (
      <div className="interchange-panel" data-testid="interchange-panel">
        <p className="interchange-file">{state.fileName}</p>
        <progress
          data-testid="interchange-progress"
          aria-label={t('progressLabel')}
          value={state.fraction}
          max={1}
        />
        <p role="status">{t(`stages.${state.stage}`)}</p>
        <button type="button" data-testid="interchange-stop" onClick={onStop}>
          {t('stop')}
        </button>
      </div>
    );
  }
  const remove = (
    <button
      type="button"
      className="interchange-remove"
      onClick={onRemove}
      disabled={disabled}
      aria-label={tc('import.removeFile', { file: state.fileName })}
    >
      {tc('import.remove')}
    </button>
  );
  if (state.phase === 'stopped') {
    return (
      <div className="interchange-panel" data-testid="interchange-panel">
        <p role="status" data-testid="interchange-stopped">
          {t('stopped')}
        </p>
        {remove}
      </div>
    );
  }
  if (state.phase === 'failed') {
    return (
      <div className="interchange-panel" data-testid="interchange-panel">
        <Failure state={state} />
        {onReadAnyway && canReadAnyway(state) && (
          <div className="interchange-anyway">
            <p id="interchange-anyway-hint">{t('anyway.hint')}</p>
            <button
              type="button"
              data-testid="interchange-anyway"
              aria-describedby="interchange-anyway-hint"
              onClick={onReadAnyway}
              disabled={disabled}
            >
              {t('anyway.button')}
            </button>
          </div>
        )}
        {remove}
      </div>
    );
  }
  const { outcome } = state;
  const format = outcome.kind === 'project' ? 'project' : outcome.format;
  // Summaries only: the projects themselves stay in the worker until stored.
  const projects = outcome.kind === 'project' ? [outcome.project] : outcome.drafts;
  return (
    <div className="interchange-panel" data-testid="interchange-panel">
      <p className="interchange-file" data-testid="interchange-format" data-format={format}>
        {t('detected', { file: state.fileName, format: t(`formats.${format}`) })} {remove}
      </p>
      {projects.length === 1 && projects[0] && (
        <p data-testid="interchange-summary">
          {t('units', { count: projects[0].units })}, {t('flags', { count: projects[0].flags })}
        </p>
      )}
      {projects.length > 1 && (
        <fieldset className="interchange-systems" data-testid="interchange-systems">
          <legend>{t('systems.legend')}</legend>
          <label>
            <input
              type="radio"
              name="interchange-choice"
              data-testid="interchange-all"
              checked={choice === 'all'}
              disabled={disabled}
              onChange={() => onChoice('all')}
            />{' '}
            {t('systems.all', { count: projects.length })}
          </label>
          <label>
            <input
              type="radio"
              name="interchange-choice"
              data-testid="interchange-one"
              checked={choice !== 'all'}
              disabled={disabled}
              onChange={() => onChoice(0)}
            />{' '}
            {t('systems.one')}{' '}
            <select
              data-testid="interchange-system"
              value={choice === 'all' ? 0 : choice}
              disabled={disabled}
              onChange={(event) => onChoice(Number(event.target.value))}
            >
              {projects.map((project, index) => (
                <option key={index} value={index}>
                  {project.name} — {t('units', { count: project.units })},{' '}
                  {t('flags', { count: project.flags })}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
      )}
      {outcome.kind === 'interchange' && <Warnings warnings={outcome.warnings} />}
    </div>
  );
}
