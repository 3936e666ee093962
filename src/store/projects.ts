/**
 * The projects store: the list of local projects, the open one, and every
 * change to them, saved to IndexedDB as it happens.
 *
 * Memory is the source of truth while the page lives; storage follows. Each
 * action updates the state first and writes second, so a failing write (disk
 * full, no IndexedDB in a private window) costs persistence, never the work
 * on screen: the failure lands in `storageError` for the banner. The active
 * unit changes too often to write each time, so it is debounced and flushed
 * when the page is hidden (see `flush-on-hide.ts`).
 *
 * The open project's review is a store of its own (`review.ts`), created
 * here whenever another project opens; this store also holds the local
 * profile, whose name and role the review stamps on new work.
 */
import { createStore } from 'zustand/vanilla';
import type { Project, ProjectView } from '../core/model/project.ts';
import { DEFAULT_TYPOLOGY_ID } from '../core/typology/index.ts';
import { summarize, withSummary } from './db.ts';
import type { ProjectSummary } from './db.ts';
import { debounce } from './debounce.ts';
import {
  makeProject,
  newProjectId,
  targetOffsetOfUnit,
  unitAtTargetOffset,
} from './new-project.ts';
import { createProfileStore } from './profile.ts';
import { relocatedAnchors } from './relocate-flags.ts';
import type { ProjectsDeps, ProjectsState, ProjectsStore } from './projects-api.ts';
import { createReviewStore } from './review.ts';
import type { ReviewStore } from './review.ts';
import { toStorageError } from './storage-error.ts';
import type { StorageOperation } from './storage-error.ts';
import { stashedViewOf } from './view-stash.ts';

export type {
  AlignTexts,
  DemoTexts,
  ProjectsDeps,
  ProjectsState,
  ProjectsStore,
  TextImport,
} from './projects-api.ts';

/** Create a projects store over `deps`. Call `init()` once the UI is ready. */
export function createProjectsStore(deps: ProjectsDeps): ProjectsStore {
  const { repository, align } = deps;
  const now = deps.now ?? (() => new Date());
  const newId = deps.newId ?? newProjectId;
  let started: Promise<void> | null = null;
  let pendingView: { id: string; view: ProjectView } | null = null;

  const profile = createProfileStore(repository);

  return createStore<ProjectsState>()((set, get) => {
    const report = (operation: StorageOperation, error: unknown): void => {
      // When the database never opened, every later write fails for that one
      // reason; the banner keeps saying so instead of "could not save".
      if (get().storageError?.operation === 'open') return;
      set({ storageError: toStorageError(operation, error) });
    };

    /**
     * A review store for `project`, loading its review; `null` for no
     * project. `fresh` for a project not yet in storage (new or imported),
     * whose review the store then writes. Every change of the review is
     * copied into `current`, so the open project (and a project file made
     * from it) always carries its review.
     */
    const reviewOf = (project: Project | null, fresh: boolean): ReviewStore | null => {
      if (!project) return null;
      const review = createReviewStore({
        projectId: project.id,
        repository,
        author: () => profile.getState().profile,
        defaultTypologyId: DEFAULT_TYPOLOGY_ID,
        report,
        onChange: (latest) =>
          set((s) =>
            s.current?.id === project.id ? { current: { ...s.current, review: latest } } : {},
          ),
        now,
        newId,
      });
      void review.getState().load({ review: project.review, fresh });
      return review;
    };

    /** Make `project` the open one, with its review (kept when it is already open). */
    const setCurrent = (project: Project | null, fresh = false): void => {
      if (project?.id === get().current?.id && get().review) {
        set({ current: project });
        return;
      }
      set({ current: project, review: reviewOf(project, fresh) });
    };

    const persist = async (
      operation: StorageOperation,
      work: () => Promise<void>,
    ): Promise<void> => {
      try {
        await work();
      } catch (error) {
        report(operation, error);
      }
    };

    const viewSaver = debounce(async () => {
      const pending = pendingView;
      pendingView = null;
      if (pending)
        await persist('save', () => repository.updateMeta(pending.id, { view: pending.view }));
    }, deps.autosaveDelayMs ?? 300);

    /** Make `project` the open one and store it whole. */
    const adopt = async (project: Project): Promise<Project> => {
      await viewSaver.flush();
      setCurrent(project, true);
      set((s) => ({ projects: withSummary(s.projects, summarize(project)) }));
      await persist('save', async () => {
        await repository.save(project);
        await repository.rememberLastProject(project.id);
      });
      return project;
    };

    const makeDemo = async (): Promise<Project> => {
      const demo = await deps.loadDemo();
      const document = await align(demo.sourceText, demo.targetText);
      const seed = {
        name: demo.name,
        origin: 'demo' as const,
        sourceFileName: demo.sourceFileName,
        targetFileName: demo.targetFileName,
        document,
      };
      const project = makeProject(seed, newId(), now());
      return adopt(demo.glossary ? { ...project, glossary: demo.glossary } : project);
    };

    const loadOrReport = async (id: string): Promise<Project | null> => {
      try {
        return await repository.load(id);
      } catch (error) {
        report('load', error);
        return null;
      }
    };

    const start = async (): Promise<void> => {
      set({ status: 'starting' });
      let projects: ProjectSummary[] = [];
      let lastId: string | null = null;
      let seeded = false;
      try {
        await repository.open();
        projects = await repository.list();
        lastId = await repository.lastProjectId();
        seeded = await repository.wasSeeded();
      } catch (error) {
        report('open', error);
      }
      set({ projects });
      // In parallel with opening the project: nothing is authored before
      // `status` is ready, and the first row should not wait for it.
      const profileLoaded = get().storageError
        ? Promise.resolve()
        : persist('load', () => profile.getState().load());
      const id = projects.some((p) => p.id === lastId) ? lastId : (projects[0]?.id ?? null);
      // Always taken, so a stash never outlives the session after the one that wrote it.
      const stashed = deps.viewStash?.take() ?? null;
      if (id !== null) {
        const project = await loadOrReport(id);
        if (project) {
          const view = stashedViewOf(project, stashed);
          setCurrent(view ? { ...project, view } : project);
          if (view) {
            // IndexedDB missed the last move before unload: catch it up.
            pendingView = { id: project.id, view };
            viewSaver.schedule();
            await viewSaver.flush();
          }
        }
      } else if (!seeded) {
        // First start, or storage unusable: either way a person should see
        // something to work with, even if it cannot be kept. After someone
        // has deleted every project, the empty state is what they asked for.
        try {
          await makeDemo();
          await persist('save', () => repository.markSeeded());
        } catch (error) {
          set({ startupError: error instanceof Error ? error : new Error(String(error)) });
        }
      }
      await profileLoaded;
      set({ status: 'ready' });
    };

    return {
      status: 'idle',
      projects: [],
      current: null,
      review: null,
      profile,
      storageError: null,
      startupError: null,

      init() {
        started ??= start();
        return started;
      },

      async open(id) {
        if (get().current?.id === id) return;
        await viewSaver.flush();
        const project = await loadOrReport(id);
        if (!project) {
          // Gone from storage (deleted in another tab) or unreadable: refresh
          // the list so it stops offering it, unless storage itself failed.
          if (!get().storageError) {
            await persist('list', async () => set({ projects: await repository.list() }));
          }
          return;
        }
        setCurrent(project);
        await persist('save', () => repository.rememberLastProject(id));
      },

      async createFromTexts(input) {
        const document = await align(input.sourceText, input.targetText);
        const { sourceText: _s, targetText: _t, ...names } = input;
        return adopt(makeProject({ ...names, origin: 'import', document }, newId(), now()));
      },

      async addSource(sourceText, sourceFileName) {
        const before = get().current;
        if (!before) return;
        const document = await align(sourceText, before.document.target.text);
        const offset = targetOffsetOfUnit(before.document, before.view.activeUnit);
        // The person may have moved on while the worker aligned: carry the
        // place they are at now, and give up if they left the project.
        const latest = get().current;
        if (latest?.id !== before.id) return;
        // Units are renumbered: flags follow their words into the new units.
        const review = get().review?.getState();
        review?.relocate(relocatedAnchors(review.review.flags.values(), before.document, document));
        const project: Project = {
          // Read again: relocating changed its review.
          ...(get().current ?? latest),
          sourceFileName,
          document,
          updatedAt: now().toISOString(),
          view: { activeUnit: unitAtTargetOffset(document, offset) },
        };
        pendingView = null;
        await adopt(project);
      },

      restoreDemo: makeDemo,

      async importProject(project) {
        const stamp = now().toISOString();
        return adopt({ ...project, id: newId(), updatedAt: stamp });
      },

      async openImported(project, saved) {
        await viewSaver.flush();
        set((s) => ({ projects: saved.reduce(withSummary, s.projects) }));
        setCurrent(project);
        await persist('save', () => repository.rememberLastProject(project.id));
      },

      async rename(id, name) {
        const updatedAt = now().toISOString();
        set((s) => {
          const entry = s.projects.find((p) => p.id === id);
          return {
            projects: entry ? withSummary(s.projects, { ...entry, name, updatedAt }) : s.projects,
            current: s.current?.id === id ? { ...s.current, name, updatedAt } : s.current,
          };
        });
        await persist('save', () => repository.updateMeta(id, { name, updatedAt }));
      },

      async remove(id) {
        if (pendingView?.id === id) pendingView = null;
        const wasOpen = get().current?.id === id;
        const projects = get().projects.filter((p) => p.id !== id);
        set({ projects });
        if (wasOpen) setCurrent(null);
        await persist('delete', () => repository.remove(id));
        const next = projects[0];
        if (wasOpen && next) await get().open(next.id);
      },

      async setPart(part, value) {
        const current = get().current;
        if (!current) return;
        const updatedAt = now().toISOString();
        const next: Project = { ...current, updatedAt };
        if (value === undefined) delete next[part];
        else Object.assign(next, { [part]: value });
        set((s) => ({ current: next, projects: withSummary(s.projects, summarize(next)) }));
        await persist('save', () => repository.savePart(current.id, part, value, updatedAt));
      },

      setActiveUnit(index) {
        const current = get().current;
        if (!current || current.view.activeUnit === index) return;
        const view = { activeUnit: index };
        set({ current: { ...current, view } });
        // `open` and `adopt` flush before switching, so a pending view is
        // always the open project's and can simply be replaced.
        pendingView = { id: current.id, view };
        viewSaver.schedule();
      },

      async flush() {
        if (pendingView) deps.viewStash?.save(pendingView);
        await Promise.all([viewSaver.flush(), get().review?.getState().flush()]);
      },

      reportStorageError: report,

      dismissStorageError() {
        set({ storageError: null });
      },
    };
  });
}
