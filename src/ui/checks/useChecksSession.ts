/**
 * The open project's checks store, kept running: the whole document is
 * checked again whenever the units' current English, the termbase or the
 * check switches change (a revision saved or undone, a term added, a check
 * switched), and the store's view follows the project's dismissals and the
 * review's flags from checks (accepted findings) at once.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Termbase } from '../../core/glossary/index.ts';
import type { BilingualDocument } from '../../core/model/document.ts';
import type { Project } from '../../core/model/project.ts';
import type { ReviewState } from '../../core/model/review-log.ts';
import { CHECK_IDS, type CheckId } from '../../core/qa/index.ts';
import { unitVersions } from '../../core/revision/index.ts';
import { createChecksStore, type ChecksStore } from '../../store/checks.ts';
import { flaggedIndex } from '../../store/checks-flagged.ts';
import { DEFAULT_CHECKS } from '../../store/checks-settings.ts';
import { createChecksClient, type ChecksClient } from '../../workers/checks-client.ts';
import { useReview } from '../flags/review-context.tsx';

/**
 * Each unit's English as shown, revisions applied (`null` for a unit
 * without a target side). Linear in the units (~100 ms on 227k units), so
 * computed only when the revisions change, not on every review operation.
 */
function currentTexts(document: BilingualDocument, review: ReviewState): (string | null)[] {
  const { units } = document.alignment;
  return unitVersions(document, review, { mode: 'latest' }).map((version, index) =>
    units[index]?.target ? version.text : null,
  );
}

/**
 * Whether two reviews hold the same revisions in the same order. Revisions
 * are never mutated in place (an operation replaces one), so identity
 * tells: a flag added or a unit marked leaves every revision as it was.
 */
function sameRevisions(a: ReviewState, b: ReviewState): boolean {
  if (a.revisions.size !== b.revisions.size) return false;
  const others = b.revisions.values();
  for (const revision of a.revisions.values()) if (revision !== others.next().value) return false;
  return true;
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
  const [session, setSession] = useState(() => ({
    id: project.id,
    store: createChecksStore({ client: makeClient() }),
  }));
  // Another project: a new store (adjusted during render, as React advises).
  if (session.id !== project.id)
    setSession({ id: project.id, store: createChecksStore({ client: makeClient() }) });
  const { store } = session;
  useEffect(() => () => store.getState().dispose(), [store]);

  // The review is a new object on every operation (a flag added); the
  // texts are derived again only when a revision changed, and a run starts
  // only when a text did (approving a revision changes none).
  const { document } = project;
  const review = useReview((s) => s.review);
  const [revised, setRevised] = useState(review);
  if (review !== revised && !sameRevisions(review, revised)) setRevised(review);
  const fresh = useMemo(() => currentTexts(document, revised), [document, revised]);
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
