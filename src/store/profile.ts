/**
 * The local profile: who is reviewing in this browser. There are no
 * accounts; the name and role stamp every flag and operation so that merged
 * review files say who did what. Kept in the settings table, one per
 * browser profile.
 */
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { Author, Role } from '../core/model/flag.ts';

/** The person using this browser. Same shape as a flag's `author`. */
export type Profile = Author;

/** The roles, in the order a menu lists them. */
export const ROLES: readonly Role[] = ['reviewer', 'translator', 'editor'];

/** The profile before anyone has set one. */
export const DEFAULT_PROFILE: Profile = { name: 'Reviewer', role: 'reviewer' };

/** Longest name kept; longer input is cut, as a file would refuse it. */
export const MAX_PROFILE_NAME = 100;

/** Reading and writing the profile (the settings table, in the app). */
export interface ProfileStorage {
  /** The stored profile as written by `saveProfile`, or `null`. */
  loadProfile(): Promise<string | null>;
  saveProfile(serialized: string): Promise<void>;
}

/**
 * The profile stored as `serialized`, or `null` when it is missing or not a
 * profile (written by a future build, or edited by hand).
 */
export function parseProfile(serialized: string | null): Profile | null {
  if (serialized === null) return null;
  try {
    const value = JSON.parse(serialized) as { name?: unknown; role?: unknown };
    if (typeof value.name !== 'string' || !(ROLES as readonly unknown[]).includes(value.role))
      return null;
    return cleanProfile({ name: value.name, role: value.role as Role });
  } catch {
    return null;
  }
}

/** `profile` with its name trimmed and shortened; an empty name becomes the default. */
export function cleanProfile(profile: Profile): Profile {
  const name = profile.name.trim().slice(0, MAX_PROFILE_NAME);
  return { name: name || DEFAULT_PROFILE.name, role: profile.role };
}

/** State and actions of the profile store. */
export interface ProfileState {
  profile: Profile;
  /** Read the stored profile (keeps the default when none is stored or reading fails). */
  load: () => Promise<void>;
  /** Change and store the profile; rejects when storage fails, after updating memory. */
  update: (profile: Profile) => Promise<void>;
}

/** A profile store; `getState().profile` is the author of new work. */
export type ProfileStore = StoreApi<ProfileState>;

/** Create the profile store over `storage`. */
export function createProfileStore(storage: ProfileStorage): ProfileStore {
  return createStore<ProfileState>()((set) => ({
    profile: DEFAULT_PROFILE,
    async load() {
      const stored = parseProfile(await storage.loadProfile());
      if (stored) set({ profile: stored });
    },
    async update(profile) {
      const cleaned = cleanProfile(profile);
      set({ profile: cleaned });
      await storage.saveProfile(JSON.stringify(cleaned));
    },
  }));
}
