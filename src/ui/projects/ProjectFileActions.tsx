/**
 * The header's project file buttons: export the open project as
 * `NAME.duizhao.json`, and import one as a new project. An import that fails
 * leaves everything as it was and says why in the alert area.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShowNotice } from '../app/notice.ts';
import { useProjects, useProjectsStore } from '../app/store-context.tsx';
import { FileButton } from '../common/FileButton.tsx';
import { downloadProjectFile, readChosenProjectFile } from './project-file.ts';

/** Export and import buttons for project files. */
export function ProjectFileActions({ onNotice }: { onNotice: ShowNotice }) {
  const { t } = useTranslation('common');
  const store = useProjectsStore();
  const current = useProjects((s) => s.current);
  const [busy, setBusy] = useState(false);

  const onFile = async (file: File) => {
    setBusy(true);
    try {
      const result = await readChosenProjectFile(file);
      if (!result.ok) {
        onNotice(result.notice);
        return;
      }
      const project = await store.getState().importProject(result.project);
      onNotice({ key: 'projectFile.imported', values: { name: project.name }, tone: 'info' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button
        type="button"
        data-testid="export-project"
        disabled={!current}
        onClick={() => current && downloadProjectFile(current)}
        title={t('projectFile.exportHint')}
      >
        {t('projectFile.export')}
      </button>
      <FileButton
        accept=".json,application/json"
        data-testid="import-project-file"
        disabled={busy}
        busy={busy}
        title={t('projectFile.importHint')}
        onFile={(file) => void onFile(file)}
      >
        {t('projectFile.import')}
      </FileButton>
    </>
  );
}
