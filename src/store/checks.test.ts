import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../core/qa/index.ts';
import { buildDocument } from '../core/align/index.ts';
import type { ChecksClient, ChecksResult, RunInput } from '../workers/checks-client.ts';
import { withQuote } from '../workers/checks-engine.ts';
import type { CheckedFinding } from '../workers/checks-protocol.ts';
import { createChecksStore } from './checks.ts';
import {
  DEFAULT_CHECKS,
  dismissalKey,
  dismissalOf,
  withCheckSwitched,
  withDismissal,
  withRestored,
} from './checks-settings.ts';

function finding(
  unit: number,
  check: Finding['check'],
  quote: string,
  severity: Finding['severity'] = 'minor',
): CheckedFinding {
  const base: Finding = {
    check,
    unit,
    category: 'Fluency/Grammar',
    severity,
    message: '',
    messageKey: `${check}.x`,
    params: {},
    target: { start: 0, end: quote.length },
    source: null,
  };
  return withQuote(base, quote, null);
}

/** A client whose answers the test releases by hand. */
function manualClient() {
  const runs: { input: RunInput; resolve: (r: ChecksResult) => void }[] = [];
  const rechecks: { unit: number; text: string | null; resolve: (r: ChecksResult) => void }[] = [];
  const client: ChecksClient = {
    run: (input) => new Promise((resolve) => runs.push({ input, resolve })),
    recheck: (unit, text) => new Promise((resolve) => rechecks.push({ unit, text, resolve })),
    dispose: vi.fn(),
  };
  return { client, runs, rechecks };
}

const demo = buildDocument('我们会确保。', 'We will ensure it.');
const input: RunInput = { document: demo, texts: [], glossary: null, checks: ['repetition'] };
afterEach(() => vi.useRealTimers());

describe('checks store', () => {
  it('is running until the findings are in, then counts them by check and severity', async () => {
    const { client, runs } = manualClient();
    const store = createChecksStore({ client });
    const done = store.getState().run(input);
    expect(store.getState().status).toBe('running');
    runs[0]!.resolve({
      findings: [
        finding(2, 'repetition', 'the the', 'major'),
        finding(0, 'spacing', '  '),
        finding(2, 'article', 'a apple'),
      ],
      elapsed: 12,
    });
    await done;
    const s = store.getState();
    expect(s.status).toBe('ready');
    expect(s.visible.map((f) => f.unit)).toEqual([0, 2, 2]);
    expect(s.counts).toMatchObject({
      total: 3,
      byCheck: { repetition: 1, spacing: 1, article: 1 },
    });
    expect(s.counts.bySeverity).toMatchObject({ major: 1, minor: 2, critical: 0 });
    expect(s.byUnit.get(2)?.length).toBe(2);
    expect(s.timing.run).toBe(12);
  });

  it('lets a later run win over an earlier one answered late', async () => {
    const { client, runs } = manualClient();
    const store = createChecksStore({ client });
    const first = store.getState().run(input);
    const second = store.getState().run(input);
    runs[1]!.resolve({ findings: [finding(1, 'spacing', '  ')], elapsed: 1 });
    await second;
    runs[0]!.resolve({ findings: [finding(5, 'spacing', '  ')], elapsed: 1 });
    await first;
    expect(store.getState().visible.map((f) => f.unit)).toEqual([1]);
  });

  it('re-checks the edited unit once typing pauses, replacing only its findings', async () => {
    vi.useFakeTimers();
    const { client, runs, rechecks } = manualClient();
    const store = createChecksStore({ client, recheckDelayMs: 100 });
    const done = store.getState().run(input);
    runs[0]!.resolve({
      findings: [finding(1, 'spacing', '  '), finding(3, 'spacing', '  ')],
      elapsed: 1,
    });
    await done;
    store.getState().editUnit(3, 'a');
    store.getState().editUnit(3, 'ab');
    vi.advanceTimersByTime(99);
    expect(rechecks).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(rechecks.map((r) => r.text)).toEqual(['ab']);
    const unitOne = store.getState().byUnit.get(1);
    rechecks[0]!.resolve({ findings: [], elapsed: 0.5 });
    await vi.runAllTimersAsync();
    expect(store.getState().visible.map((f) => f.unit)).toEqual([1]);
    expect(store.getState().timing.unit).toBe(0.5);
    // Unit 1 was not re-checked: its row keeps the same findings array (no redraw).
    expect(store.getState().byUnit.get(1)).toBe(unitOne);
  });

  it('hides dismissed findings and switched-off checks, and shows them again when restored', async () => {
    const { client, runs } = manualClient();
    const store = createChecksStore({ client });
    const done = store.getState().run(input);
    const doubled = finding(2, 'repetition', 'the the');
    runs[0]!.resolve({ findings: [doubled, finding(0, 'spacing', '  ')], elapsed: 1 });
    await done;
    const dismissal = dismissalOf(doubled, '  a name ', 'Ann', '2026-01-01T00:00:00Z');
    expect(dismissal.reason).toBe('a name');
    let settings = withDismissal(DEFAULT_CHECKS, dismissal);
    store.getState().setSettings(settings);
    expect(store.getState().visible.map((f) => f.check)).toEqual(['spacing']);
    settings = withCheckSwitched(settings, 'spacing', false);
    store.getState().setSettings(settings);
    expect(store.getState().counts.total).toBe(0);
    settings = withRestored(withCheckSwitched(settings, 'spacing', true), dismissalKey(dismissal));
    store.getState().setSettings(settings);
    expect(store.getState().counts.total).toBe(2);
    // A dismissal lapses when the words under it change.
    store.getState().setSettings(withDismissal(DEFAULT_CHECKS, { ...dismissal, quote: 'the' }));
    expect(store.getState().counts.total).toBe(2);
  });

  it('reports a failed run', async () => {
    const dispose = vi.fn();
    const client: ChecksClient = {
      run: () => Promise.reject(new Error('boom')),
      recheck: () => Promise.reject(new Error('boom')),
      dispose,
    };
    const store = createChecksStore({ client });
    await store.getState().run(input);
    expect(store.getState()).toMatchObject({ status: 'failed', error: 'boom' });
    store.getState().dispose();
    expect(dispose).toHaveBeenCalled();
  });
});
