/**
 * Where the scorecard keeps each project's preset. The app shell does not
 * hand the database to components, so by default the scorecard opens its own
 * Dexie connection to the same database (IndexedDB allows several, and this
 * one touches only the `settings` table). Tests and embedders pass another
 * storage through `ScoringStorageContext`.
 */
import { createContext, useContext } from 'react';
import { createDatabase } from '../../store/db.ts';
import { createScoringStorage, type ScoringStorage } from '../../store/scoring.ts';

let shared: ScoringStorage | undefined;

/** The browser's storage, opened on first use so that merely importing this costs nothing. */
function browserStorage(): ScoringStorage {
  shared ??= createScoringStorage(createDatabase());
  return shared;
}

/** Overrides the storage for a subtree; `null` means the browser's database. */
export const ScoringStorageContext = createContext<ScoringStorage | null>(null);

/** The storage presets are read from and written to. */
export function useScoringStorage(): ScoringStorage {
  return useContext(ScoringStorageContext) ?? browserStorage();
}
