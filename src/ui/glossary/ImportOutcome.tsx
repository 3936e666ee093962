/**
 * What a termbase import came to, in the glossary panel: how many terms it
 * brought, the entries it had to skip (by line), why a file could not be
 * read, and the replace-or-add question when the project already has terms.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { GlossaryProblem } from '../../core/glossary/model.ts';
import { Dialog } from '../common/Dialog.tsx';
import type { FailureReason, GlossaryImportControls } from './useGlossaryImport.ts';

/** A skipped entry's reason in the reader's language, when the reader's words are known ones. */
function problemMessage(t: TFunction<'glossary'>, problem: GlossaryProblem): string {
  if (/no English term$/.test(problem.message)) return t('import.noEnglish');
  if (/no Chinese term$/.test(problem.message)) return t('import.noChinese');
  return problem.message;
}

function failureMessage(t: TFunction<'glossary'>, reason: FailureReason): string {
  if ('decode' in reason) return t(`import.decode.${reason.decode}`);
  return reason.message;
}

function Problems({ problems }: { problems: GlossaryProblem[] }) {
  const { t } = useTranslation('glossary');
  if (problems.length === 0) return null;
  return (
    <>
      <p>{t('import.problems', { count: problems.length })}</p>
      <ul className="dz-glossary-problems" data-testid="glossary-problems">
        {problems.map((problem) => (
          <li key={`${problem.line}:${problem.message}`} data-line={problem.line}>
            {t('import.problem', { line: problem.line, message: problemMessage(t, problem) })}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The outcome of the last import, and the question while one waits for an answer. */
export function ImportOutcome({
  controls,
  existingCount,
}: {
  controls: GlossaryImportControls;
  existingCount: number;
}) {
  const { t } = useTranslation('glossary');
  const { state } = controls;
  if (state.kind === 'idle') return null;
  if (state.kind === 'ask') {
    return (
      <Dialog title={t('import.askTitle')} onClose={controls.dismiss} data-testid="glossary-ask">
        <p>
          {t('import.ask', {
            count: existingCount,
            file: state.fileName,
            incoming: state.incoming.entries.length,
          })}
        </p>
        <Problems problems={state.problems} />
        <div className="dialog-actions">
          <button
            type="button"
            data-testid="glossary-replace"
            onClick={() => void controls.apply('replace')}
          >
            {t('import.replace')}
          </button>
          <button
            type="button"
            className="button--primary"
            data-testid="glossary-merge"
            onClick={() => void controls.apply('merge')}
          >
            {t('import.merge')}
          </button>
          <button type="button" onClick={controls.dismiss}>
            {t('import.cancel')}
          </button>
        </div>
      </Dialog>
    );
  }
  const failed = state.kind === 'failed' || state.kind === 'empty';
  return (
    <div
      className={`dz-glossary-outcome${failed ? ' dz-glossary-outcome--error' : ''}`}
      role={failed ? 'alert' : 'status'}
      data-testid="glossary-import-outcome"
    >
      {state.kind === 'failed' && (
        <p>
          {t('import.failed', { file: state.fileName, detail: failureMessage(t, state.reason) })}
        </p>
      )}
      {state.kind === 'empty' && <p>{t('import.noTerms', { file: state.fileName })}</p>}
      {state.kind === 'done' && (
        <p>{t('import.done', { count: state.count, file: state.fileName })}</p>
      )}
      {state.kind !== 'failed' && <Problems problems={state.problems} />}
      <button type="button" className="button--quiet" onClick={controls.dismiss}>
        {t('import.dismiss')}
      </button>
    </div>
  );
}
