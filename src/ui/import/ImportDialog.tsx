/**
 * The import dialog. In `new` mode it makes a project from a Chinese source
 * and its English MT, or from the MT alone; in `add-source` mode it adds the
 * source to the open project, which is then aligned again under the same id
 * and name. Texts come from files (picked or dropped) or pastes.
 *
 * One file of an interchange format (XLIFF, TMX, MQM TSV, bilingual CSV)
 * or a project file, picked with its own button or dropped alone, is
 * recognised by its content and read in the import worker instead
 * (`../interchange/`); the dialog then shows what it found and imports it
 * as a new project.
 *
 * Nothing changes until alignment (or the import) has succeeded: a bad
 * file, a failed alignment or a cancelled dialog leave the open project as
 * it was.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Side } from '../../core/model/document.ts';
import { normalizeText } from '../../core/text/normalize.ts';
import { useProjectsStore } from '../app/store-context.tsx';
import { Dialog } from '../common/Dialog.tsx';
import { InterchangePanel } from '../interchange/InterchangePanel.tsx';
import { InterchangePicker } from '../interchange/InterchangePicker.tsx';
import type { DraftChoice } from '../../workers/import-protocol.ts';
import { sniffFile } from '../interchange/sniff.ts';
import { useInterchangeImport } from '../interchange/useInterchangeImport.ts';
import { defaultProjectName } from './default-name.ts';
import { maxDroppedFiles } from './drop.ts';
import type { ImportMode } from './drop.ts';
import { DropZone } from './DropZone.tsx';
import { problemMessage, translateMessage } from './problem-message.ts';
import type { Message } from './problem-message.ts';
import { hasText } from './side-input.ts';
import { SideFields } from './SideFields.tsx';
import { useImportSides } from './useImportSides.ts';
import './import.css';

/** Props of `ImportDialog`. */
export interface ImportDialogProps {
  mode: ImportMode;
  onClose: () => void;
}

/** The import dialog (see the module comment). */
export function ImportDialog({ mode, onClose }: ImportDialogProps) {
  const { t } = useTranslation('common');
  const store = useProjectsStore();
  const { sides, loadFile, loadDropped, setText, refusePaste, clear } = useImportSides();
  const [name, setName] = useState('');
  const [submitError, setSubmitError] = useState<Message | null>(null);
  const [aligning, setAligning] = useState(false);
  const interchange = useInterchangeImport();
  const [choice, setChoice] = useState<DraftChoice>('all');
  const exchanging = interchange.state.phase !== 'idle';

  const shown: Side[] = mode === 'new' ? ['source', 'target'] : ['source'];
  const problems = shown.flatMap((side) => {
    const problem = sides[side].problem;
    return problem ? [problemMessage(problem)] : [];
  });
  const errors = submitError ? [...problems, submitError] : problems;
  const reading = shown.some((side) => sides[side].reading);
  const fallbackName = defaultProjectName(
    sides.target.value?.fileName ?? null,
    t('import.untitled'),
  );

  /** Both import paths end here when aligning or saving throws: the dialog stays open with why. */
  const failed = (error: unknown) => {
    setAligning(false);
    setSubmitError({
      key: 'import.errors.alignFailed',
      values: { detail: error instanceof Error ? error.message : String(error) },
    });
  };

  /** Import what the worker read, as one project or one per chosen system. */
  const importRead = async () => {
    const { state } = interchange;
    if (state.phase !== 'ready') return;
    setAligning(true);
    try {
      const { project, saved } = await interchange.commit(choice);
      await store.getState().openImported(project, saved);
      onClose();
    } catch (error) {
      failed(error);
    }
  };

  const startInterchange = (file: File) => {
    setSubmitError(null);
    setChoice('all');
    interchange.start(file);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitError(null);
    if (exchanging) {
      await importRead();
      return;
    }
    // Problems are on screen already; submitting again must not hide them.
    if (problems.length > 0 || reading) return;
    const required: Side = mode === 'new' ? 'target' : 'source';
    if (!hasText(sides[required])) {
      setSubmitError({ key: `import.errors.${required}Missing`, values: {} });
      return;
    }
    const { source, target } = sides;
    setAligning(true);
    try {
      if (mode === 'new' && target.value) {
        await store.getState().createFromTexts({
          name: name.trim() || fallbackName,
          sourceText: source.value && hasText(source) ? normalizeText(source.value.text) : null,
          targetText: normalizeText(target.value.text),
          sourceFileName: hasText(source) ? (source.value?.fileName ?? null) : null,
          targetFileName: target.value.fileName,
        });
      } else if (source.value) {
        await store.getState().addSource(normalizeText(source.value.text), source.value.fileName);
      }
      onClose();
    } catch (error) {
      failed(error);
    }
  };

  const onDropped = (files: File[]) => {
    if (files.length > maxDroppedFiles(mode)) {
      setSubmitError({
        key: 'import.errors.tooManyFiles',
        values: { count: maxDroppedFiles(mode) },
      });
      return;
    }
    setSubmitError(null);
    const [only] = files;
    if (mode === 'new' && files.length === 1 && only) {
      // One file alone may be an interchange file: its first bytes tell.
      void sniffFile(only, only.name).then((detected) => {
        if (detected) startInterchange(only);
        else void loadDropped(files, mode);
      });
      return;
    }
    void loadDropped(files, mode);
  };

  return (
    <Dialog
      title={mode === 'new' ? t('import.title') : t('import.addSourceTitle')}
      onClose={onClose}
      locked={aligning}
      className="dialog--import"
      data-testid="import-dialog"
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <p className="import-intro">
          {mode === 'new' ? t('import.intro') : t('import.addSourceIntro')}
        </p>
        <DropZone
          label={mode === 'new' ? t('import.dropTwo') : t('import.dropOne')}
          disabled={aligning}
          onFiles={onDropped}
        />
        {mode === 'new' && !exchanging && (
          <InterchangePicker disabled={aligning} onFile={startInterchange} />
        )}
        {interchange.state.phase !== 'idle' && (
          <InterchangePanel
            state={interchange.state}
            choice={choice}
            onChoice={setChoice}
            onStop={interchange.stop}
            onRemove={interchange.reset}
            onReadAnyway={interchange.readAnyway}
            disabled={aligning}
          />
        )}
        {!exchanging && (
          <div className={mode === 'new' ? 'import-sides' : 'import-sides import-sides--single'}>
            {shown.map((side) => (
              <SideFields
                key={side}
                side={side}
                state={sides[side]}
                disabled={aligning}
                onFile={(file) => {
                  setSubmitError(null);
                  void loadFile(side, file);
                }}
                onText={(text) => {
                  setSubmitError(null);
                  setText(side, text);
                }}
                onPasteTooLarge={() => refusePaste(side)}
                onClear={() => clear(side)}
              />
            ))}
          </div>
        )}
        {mode === 'new' && !exchanging && (
          <label className="import-name">
            <span>{t('import.name')}</span>
            <input
              data-testid="import-name"
              value={name}
              placeholder={fallbackName}
              maxLength={1000}
              disabled={aligning}
              onChange={(event) => setName(event.target.value)}
            />
          </label>
        )}
        {errors.length > 0 && (
          <div role="alert" className="alert alert--error" data-testid="import-error">
            {errors.map((message) => (
              <p key={message.key + JSON.stringify(message.values)}>
                {translateMessage(t, message)}
              </p>
            ))}
          </div>
        )}
        <p role="status" className="import-status">
          {aligning
            ? exchanging
              ? t('interchange:saving')
              : t('import.aligning')
            : reading
              ? t('import.reading')
              : ''}
        </p>
        <div className="dialog-actions">
          <button type="button" onClick={onClose} disabled={aligning}>
            {t('actions.cancel')}
          </button>
          <button
            type="submit"
            className="button--primary"
            data-testid="import-submit"
            disabled={aligning || (exchanging && interchange.state.phase !== 'ready')}
            aria-busy={aligning}
          >
            {aligning
              ? t('import.aligningShort')
              : exchanging
                ? t('interchange:submit')
                : mode === 'new'
                  ? t('import.submit')
                  : t('import.addSourceSubmit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
