/**
 * Browser entry: wires the stores to IndexedDB and the alignment worker,
 * restores the last session and renders the shell.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18n, initI18n } from './i18n/index.ts';
import { createDatabase } from './store/db.ts';
import { loadDemoTexts } from './store/demo.ts';
import { flushOnHide } from './store/flush-on-hide.ts';
import { createProjectsStore } from './store/projects.ts';
import { createRepository } from './store/repository.ts';
import { createViewStash } from './store/view-stash.ts';
import { App } from './ui/app/App.tsx';
import { ProjectsStoreProvider } from './ui/app/store-context.tsx';
import { createAlignClient } from './workers/align-client.ts';
import { registerServiceWorker } from './offline/register-service-worker.ts';
import './ui/app/app.css';

initI18n();
registerServiceWorker();

/** localStorage, unless reading it throws (some privacy modes do). */
function storageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const aligner = createAlignClient();
const store = createProjectsStore({
  repository: createRepository(createDatabase()),
  align: (sourceText, targetText) => aligner.align(sourceText, targetText),
  // Named when created, in the language of the moment: it is the project's
  // name from then on, renamed like any other.
  loadDemo: () => loadDemoTexts(i18n.t('demo.name')),
  viewStash: createViewStash(storageOrNull()),
});
flushOnHide(store);
void store.getState().init();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <ProjectsStoreProvider store={store}>
      <App />
    </ProjectsStoreProvider>
  </StrictMode>,
);
