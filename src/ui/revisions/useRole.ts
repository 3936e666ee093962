/**
 * The role of the local profile, which decides which editorial actions the
 * UI offers (a translator confirms, a reviewer marks reviewed, an editor
 * rules and signs off). Offering is all it decides: there are no accounts.
 */
import { useStore } from 'zustand';
import type { Role } from '../../core/model/flag.ts';
import { useProjects } from '../app/store-context.tsx';

/** The current profile's role. */
export function useRole(): Role {
  return useStore(
    useProjects((s) => s.profile),
    (s) => s.profile.role,
  );
}
