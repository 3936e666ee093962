/**
 * The glossary panel beside the workspace: import a termbase (picker or
 * drop), add a term, export the glossary as CSV; the active unit's terms;
 * the whole list, searchable, with deletion.
 */
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { glossaryIndex, glossaryToCsv, removeTerm } from '../../core/glossary/project.ts';
import type { Project } from '../../core/model/project.ts';
import { useProjectsStore } from '../app/store-context.tsx';
import { downloadText, safeFileStem } from '../common/download.ts';
import { FileButton } from '../common/FileButton.tsx';
import { SidePanel } from '../common/SidePanel.tsx';
import { ImportOutcome } from './ImportOutcome.tsx';
import { glossaryPanel } from './panel-state.ts';
import { TermList } from './TermList.tsx';
import { UnitTerms } from './UnitTerms.tsx';
import { useGlossaryImport } from './useGlossaryImport.ts';
import './glossary.css';

/** Props of `GlossaryPanel`. */
export interface GlossaryPanelProps {
  project: Project;
  /** Open the add-term form with the current selections. */
  onAddTerm: () => void;
}

/** The glossary panel (see the module comment). */
export function GlossaryPanel({ project, onAddTerm }: GlossaryPanelProps) {
  const { t } = useTranslation('glossary');
  const store = useProjectsStore();
  const importer = useGlossaryImport();
  const [dragging, setDragging] = useState(false);
  const glossary = project.glossary;
  const terms = glossary?.entries ?? [];

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void importer.importFile(file);
  };

  return (
    <SidePanel
      id="dz-glossary-panel"
      className={`dz-glossary-panel${dragging ? ' dz-glossary-panel--drop' : ''}`}
      data-testid="glossary-panel"
      title={t('panel.title')}
      closeLabel={t('panel.close')}
      onClose={() => glossaryPanel.getState().setOpen(false)}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      {glossary && terms.length > 0 && (
        <p className="dz-glossary-source">
          {glossary.fileName ? t('panel.from', { file: glossary.fileName }) : t('panel.addedHere')}
        </p>
      )}
      <div className="dz-glossary-actions">
        <FileButton
          accept=".csv,.tsv,.txt,.tbx,.xml,text/csv,application/xml"
          data-testid="glossary-file"
          onFile={(file) => void importer.importFile(file)}
        >
          {t('actions.import')}
        </FileButton>
        <button
          type="button"
          data-testid="glossary-add"
          title={t('actions.addHint')}
          // Keep the text selection: the form is prefilled from it.
          onMouseDown={(event) => event.preventDefault()}
          onClick={onAddTerm}
        >
          {t('actions.add')}
        </button>
        <button
          type="button"
          data-testid="glossary-export"
          disabled={terms.length === 0}
          onClick={() =>
            glossary &&
            downloadText(
              `${safeFileStem(project.name, 'glossary')}.glossary.csv`,
              glossaryToCsv(glossary),
              'text/csv;charset=utf-8',
            )
          }
        >
          {t('actions.export')}
        </button>
      </div>
      <p className="dz-glossary-hint">{t('panel.dropHint')}</p>
      <ImportOutcome controls={importer} existingCount={terms.length} />
      {terms.length === 0 ? (
        <p className="dz-glossary-none" data-testid="glossary-empty">
          {t('panel.empty')}
        </p>
      ) : (
        <>
          <UnitTerms
            document={project.document}
            unit={project.view.activeUnit}
            index={glossaryIndex(glossary)}
          />
          <TermList
            terms={terms}
            onDelete={(index) =>
              glossary && void store.getState().setPart('glossary', removeTerm(glossary, index))
            }
          />
        </>
      )}
    </SidePanel>
  );
}
