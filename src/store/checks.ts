/**
 * The checks store of the open project: the findings of the last run of the
 * automatic checks, what is shown of them (`checks-view.ts`), and whether a
 * run is going on.
 *
 * A run goes to the checks worker with the units' current English; a unit
 * being edited is re-checked there as the person types, after a short quiet
 * period, against the run's preparation (document-wide statistics are not
 * redone per keystroke). A run started later wins over anything answered
 * for an earlier one. The editor shows no underlines, so the unit being
 * typed in is named (`editing`) for the panel to say its findings are live.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ProjectChecks } from '../core/model/project-extras.ts';
import type { ChecksClient, RunInput } from '../workers/checks-client.ts';
import type { CheckedFinding } from '../workers/checks-protocol.ts';
import { NO_FLAGGED, type FlaggedIndex } from './checks-flagged.ts';
import { DEFAULT_CHECKS } from './checks-settings.ts';
import { emptyCounts, groupByUnit, viewFindings, type FindingsView } from './checks-view.ts';

/** Quiet period after a keystroke before the edited unit is re-checked, ms. */
export const RECHECK_DELAY_MS = 120;

/** What a checks store needs; tests pass a fake client. */
export interface ChecksDeps {
  client: ChecksClient;
  recheckDelayMs?: number;
}

/** State and actions of a checks store. */
export interface ChecksStoreState extends FindingsView {
  /** `idle` before the first run; `failed` when the last run failed (`error` says why). */
  status: 'idle' | 'running' | 'ready' | 'failed';
  error: string | null;
  /** Every finding of the checks that ran, by unit, dismissed ones included. */
  raw: ReadonlyMap<number, CheckedFinding[]>;
  settings: ProjectChecks;
  /** The live flags accepted from findings (those findings are not open). */
  flags: FlaggedIndex;
  /** The unit whose text is being typed (re-checked as it changes), `null` when none. */
  editing: number | null;
  /** The worker's time on the last whole run and the last unit re-check, ms. */
  timing: { run: number | null; unit: number | null };
  /** Check the whole document; resolves when the findings are in (or the run failed). */
  run: (input: RunInput) => Promise<void>;
  /**
   * The text of unit `unit` is now `text` (being typed): re-check it soon.
   * `null`: the edit ended; re-check the unit as the last run saw it.
   */
  editUnit: (unit: number, text: string | null) => void;
  /** Re-check the edited unit now, if a re-check is waiting. */
  flushEdit: () => Promise<void>;
  /** New settings (from the project): the view follows at once. */
  setSettings: (settings: ProjectChecks) => void;
  /** New flags from checks (from the review): the view follows at once. */
  setFlags: (flags: FlaggedIndex) => void;
  /** Stop the worker. */
  dispose: () => void;
}

/** A checks store. */
export type ChecksStore = StoreApi<ChecksStoreState>;

/** Create a checks store over `deps.client`. */
export function createChecksStore(deps: ChecksDeps): ChecksStore {
  const { client } = deps;
  const delay = deps.recheckDelayMs ?? RECHECK_DELAY_MS;
  let generation = 0;
  let edit: { unit: number; text: string | null } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  return createStore<ChecksStoreState>()((set, get) => {
    const show = (
      raw: ReadonlyMap<number, CheckedFinding[]>,
      settings = get().settings,
      flags = get().flags,
    ) => set({ raw, settings, flags, ...viewFindings(raw, settings, flags, get().byUnit) });

    const recheck = async (): Promise<void> => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      const waiting = edit;
      edit = null;
      if (!waiting || get().status === 'idle') return;
      const asked = generation;
      try {
        const { findings, elapsed } = await client.recheck(waiting.unit, waiting.text);
        if (asked !== generation) return;
        const raw = new Map(get().raw);
        if (findings.length) raw.set(waiting.unit, findings);
        else raw.delete(waiting.unit);
        set({ timing: { ...get().timing, unit: elapsed } });
        show(raw);
      } catch {
        // A failed re-check leaves the last findings; the next run replaces them.
      }
    };

    return {
      status: 'idle',
      error: null,
      raw: new Map(),
      settings: DEFAULT_CHECKS,
      flags: NO_FLAGGED,
      editing: null,
      visible: [],
      flagged: [],
      byUnit: new Map(),
      counts: emptyCounts(),
      timing: { run: null, unit: null },

      async run(input) {
        const mine = ++generation;
        set({ status: 'running', error: null });
        try {
          const { findings, elapsed } = await client.run(input);
          if (mine !== generation) return;
          set({ status: 'ready', timing: { ...get().timing, run: elapsed } });
          show(groupByUnit(findings));
        } catch (error) {
          if (mine !== generation) return;
          set({ status: 'failed', error: error instanceof Error ? error.message : String(error) });
        }
      },

      editUnit(unit, text) {
        edit = { unit, text };
        const editing = text === null ? null : unit;
        if (get().editing !== editing) set({ editing });
        if (timer !== null) clearTimeout(timer);
        timer = setTimeout(() => void recheck(), delay);
      },

      flushEdit: recheck,

      setSettings(settings) {
        if (settings !== get().settings) show(get().raw, settings);
      },

      setFlags(flags) {
        if (flags !== get().flags) show(get().raw, get().settings, flags);
      },

      dispose() {
        if (timer !== null) clearTimeout(timer);
        generation++;
        client.dispose();
      },
    };
  });
}
