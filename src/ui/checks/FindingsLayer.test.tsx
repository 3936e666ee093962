// @vitest-environment jsdom
/**
 * Findings drawn in the grid: a finding on the English is underlined in
 * the English cell, one about the Chinese alone (a number missing from the
 * English) in the Chinese cell, with the message as description.
 */
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildDocument } from '../../core/align/index.ts';
import type { Finding } from '../../core/qa/index.ts';
import { initI18n } from '../../i18n/index.ts';
import { createChecksStore } from '../../store/checks.ts';
import { EMPTY_FLAG_INDEX } from '../../store/flag-index.ts';
import { withQuote } from '../../workers/checks-engine.ts';
import { installWorkspaceLayout } from '../workspace/test-layout.ts';
import { WorkspaceView } from '../workspace/WorkspaceView.tsx';
import { FindingsLayer } from './FindingsLayer.tsx';

let restore: () => void;
beforeEach(() => {
  initI18n('en');
  restore = installWorkspaceLayout();
});
afterEach(() => {
  cleanup();
  restore();
});

const SOURCE = '我们有3个。';
const TARGET = 'We have some  apples.';

function finding(over: Partial<Finding>): Finding {
  return {
    check: 'number',
    unit: 0,
    category: 'Accuracy/Mistranslation',
    severity: 'major',
    message: '',
    messageKey: 'number.missing',
    params: { source: '3' },
    target: null,
    source: null,
    ...over,
  };
}

describe('findings layer', () => {
  it('underlines a source-only finding in the Chinese and a target finding in the English', async () => {
    const document = buildDocument(SOURCE, TARGET);
    const findings = [
      withQuote(finding({ source: { start: 3, end: 4 } }), TARGET, SOURCE),
      withQuote(
        finding({
          check: 'spacing',
          messageKey: 'spacing.double',
          category: 'Fluency/Spelling',
          severity: 'minor',
          params: {},
          target: { start: 12, end: 14 },
        }),
        TARGET,
        SOURCE,
      ),
    ];
    const store = createChecksStore({
      client: {
        run: () => Promise.resolve({ findings, elapsed: 1 }),
        recheck: () => Promise.resolve({ findings: [], elapsed: 0 }),
        dispose: vi.fn(),
      },
    });
    render(
      <FindingsLayer store={store} document={document} flags={EMPTY_FLAG_INDEX}>
        <WorkspaceView document={document} activeUnit={0} onActiveUnitChange={() => {}} />
      </FindingsLayer>,
    );
    await act(() => store.getState().run({ document, texts: [], glossary: null, checks: [] }));
    const row = (await screen.findAllByTestId('unit-row'))[0]!;
    const source = within(row).getByTestId('unit-source');
    const onSource = within(source).getByTestId('finding-highlight');
    expect(onSource.textContent).toBe('3');
    expect(onSource.getAttribute('aria-description')).toMatch(/3/);
    expect(source.textContent).toBe(SOURCE);
    const onTarget = within(within(row).getByTestId('unit-target')).getByTestId(
      'finding-highlight',
    );
    expect(onTarget.textContent).toBe('  ');
  });
});
