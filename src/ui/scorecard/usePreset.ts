/**
 * The open project's scoring preset: the stored one once read, the default
 * until then. Every change is written at once (a preset is a few hundred
 * bytes); writes are chained so the last edit is the one that stays.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { defaultPreset, type ScoringPreset } from '../../core/score/index.ts';
import { useScoringStorage } from './scoring-storage.ts';

/** What `usePreset` gives. */
export interface PresetSetting {
  preset: ScoringPreset;
  /** Use and store `preset`. */
  setPreset: (preset: ScoringPreset) => void;
  /** The last storage failure, or `null`; the preset still applies for this session. */
  error: Error | null;
}

/** The scoring preset of project `projectId` (see the module comment). */
export function usePreset(projectId: string): PresetSetting {
  const storage = useScoringStorage();
  const [preset, setState] = useState<ScoringPreset>(defaultPreset);
  const [error, setError] = useState<Error | null>(null);
  const writing = useRef<Promise<void>>(Promise.resolve());
  // Once the person has edited, a slow read must not overwrite the edit.
  const edited = useRef(false);

  useEffect(() => {
    let live = true;
    edited.current = false;
    storage.load(projectId).then(
      (stored) => {
        if (live && stored && !edited.current) setState(stored);
      },
      (cause: unknown) => {
        if (live) setError(cause instanceof Error ? cause : new Error(String(cause)));
      },
    );
    return () => {
      live = false;
    };
  }, [storage, projectId]);

  const setPreset = useCallback(
    (next: ScoringPreset) => {
      edited.current = true;
      setState(next);
      writing.current = writing.current
        .then(() => storage.save(projectId, next))
        .then(
          () => setError(null),
          (cause: unknown) => setError(cause instanceof Error ? cause : new Error(String(cause))),
        );
    },
    [storage, projectId],
  );

  return { preset, setPreset, error };
}
