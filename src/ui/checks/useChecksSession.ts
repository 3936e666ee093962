/**
 * The open project's checks store, kept running: the whole document is
 * checked again whenever the units' current English, the termbase or the
 * check switches change (a revision saved or undone, a term added, a check
 * switched), and the store's view follows the project's dismissals and the
 * review's flags from checks (accepted findings) at once.
 */
import { useContext, useEffect, useMemo, useState } from 'react';
import type { Termbase } from '../../core/glossary/index.ts';
import type { BilingualDocument } from '../../core/model/document.ts';
import type { Project } from '../../core/model/project.ts';
import { CHECK_IDS, type CheckId } from '../../core/qa/index.ts';
import { mtText } from '../../core/revision/index.ts';
import { createChecksStore, type ChecksStore } from '../../store/checks.ts';
import { flaggedIndex } from '../../store/checks-flagged.ts';
import { DEFAULT_CHECKS } from '../../store/checks-settings.ts';
import { createChecksClient, type ChecksClient } from '../../workers/checks-client.ts';
import { useReview } from '../flags/review-context.tsx';
import { UnitOverlayContext } from '../workspace/unit-overlay.ts';

/** Each unit's English as shown (`null` for a unit without a target side). */
function currentTexts(
  document: BilingualDocument,
  shown: readonly string[] | undefined,
): (string | null)[] {
  return document.alignment.units.map((unit, index) =>
    unit.target ? (shown?.[index] ?? mtText(document, index)) : null,
  );
}

/** Whether two text lists are equal element by element. */
function sameTexts(a: readonly (string | null)[], b: readonly (string | null)[]): boolean {
  return a.length === b.length && a.every((text, i) => text === b[i]);
}

/**
 * The checks store of `project`, re-run as described above. `makeClient`
 * makes the worker client (tests pass a fake); one store per project.
 */
export function useChecksSession(
  project: Project,
  makeClient: () => ChecksClient = createChecksClient,
): ChecksStore {
  const overlay = useContext(UnitOverlayContext);
  const [session, setSession] = useState(() => ({
    id: project.id,
    store: createChecksStore({ client: makeClient() }),
  }));
  // Another project: a new store (adjusted during render, as React advises).
  if (session.id !== project.id)
    setSession({ id: project.id, store: createChecksStore({ client: makeClient() }) });
  const { store } = session;
  useEffect(() => () => store.getState().dispose(), [store]);

  // The overlay's texts are a new array on every review change (a flag
  // added); only a change of a text should start a run.
  const { document } = project;
  const shown = overlay?.texts;
  const fresh = useMemo(() => currentTexts(document, shown), [document, shown]);
  const [texts, setTexts] = useState(fresh);
  if (fresh !== texts && !sameTexts(fresh, texts)) setTexts(fresh);

  const settings = project.checks ?? DEFAULT_CHECKS;
  const disabledKey = settings.disabled.join(' ');
  const glossary = project.glossary;
  const termbase = useMemo<Termbase | null>(
    () => (glossary && glossary.entries.length ? { entries: glossary.entries } : null),
    [glossary],
  );

  useEffect(() => store.getState().setSettings(settings), [store, settings]);
  const flags = useReview((s) => s.review.flags);
  const flagged = useMemo(() => flaggedIndex(flags.values()), [flags]);
  useEffect(() => store.getState().setFlags(flagged), [store, flagged]);
  useEffect(() => {
    const off = new Set(disabledKey.split(' '));
    const checks: CheckId[] = CHECK_IDS.filter((id) => !off.has(id));
    void store.getState().run({ document, texts, glossary: termbase, checks });
  }, [store, document, texts, termbase, disabledKey]);
  return store;
}
