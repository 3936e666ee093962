/**
 * Hands the projects store to components. A context rather than a module
 * singleton so each test renders the app over its own store and database.
 */
import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ProjectsState, ProjectsStore } from '../../store/projects.ts';

const StoreContext = createContext<ProjectsStore | null>(null);

/** Makes `store` available to `useProjects` below it. */
export function ProjectsStoreProvider({
  store,
  children,
}: {
  store: ProjectsStore;
  children: ReactNode;
}) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The projects store itself, for actions and one-off reads. */
export function useProjectsStore(): ProjectsStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useProjectsStore: no ProjectsStoreProvider above this component');
  return store;
}

/** A slice of the projects state; the component re-renders when the slice changes. */
export function useProjects<T>(selector: (state: ProjectsState) => T): T {
  return useStore(useProjectsStore(), selector);
}
