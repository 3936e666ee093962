// @vitest-environment jsdom
/**
 * The virtualised finding list under a stubbed layout (jsdom lays nothing
 * out): only the rows in view are rendered, the keyboard walks every
 * finding (the focused one is rendered and holds DOM focus wherever it
 * is), and the actions reach the focused finding. The real scrolling is
 * covered in Chromium (tests/e2e/checks.e2e.ts).
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../core/qa/index.ts';
import { initI18n } from '../../i18n/index.ts';
import { withQuote } from '../../workers/checks-engine.ts';
import type { CheckedFinding } from '../../workers/checks-protocol.ts';
import { installWorkspaceLayout } from '../workspace/test-layout.ts';
import { FindingList, type FindingListProps } from './FindingList.tsx';
import { groupFindings } from './findings-group.ts';
import { installFindingListLayout, LIST_HEIGHT, FINDING_ROW } from './test-list-layout.ts';

let restore: (() => void)[] = [];
beforeEach(() => {
  initI18n('en');
  restore = [installWorkspaceLayout(), installFindingListLayout()];
});
afterEach(() => {
  cleanup();
  for (const undo of restore.reverse()) undo();
});

/** `count` findings, two per unit, the second with a quick fix. */
function findings(count: number): CheckedFinding[] {
  return Array.from({ length: count }, (_, i) => {
    const base: Finding = {
      check: i % 2 ? 'spacing' : 'repetition',
      unit: Math.floor(i / 2),
      category: 'Fluency/Grammar',
      severity: 'minor',
      message: '',
      messageKey: i % 2 ? 'spacing.double' : 'repetition.word',
      params: { word: `w${i}` },
      target: { start: i % 2, end: 2 },
      source: null,
      fix: i % 2 ? { start: 0, end: 1, replacement: '' } : undefined,
    };
    return withQuote(base, 'ab', null);
  });
}

function renderList(list: CheckedFinding[], extra: Partial<FindingListProps> = {}) {
  const props: FindingListProps = {
    groups: groupFindings(list, 'unit'),
    textsOf: () => ({ target: 'ab', version: 'mt', source: '' }),
    flagged: false,
    editing: null,
    onShow: vi.fn(),
    onAccept: vi.fn(),
    onDismiss: vi.fn(),
    onFix: vi.fn(),
    ...extra,
  };
  render(<FindingList {...props} />);
  return props;
}

const rendered = () => screen.queryAllByTestId('finding-item');
const focusedId = () =>
  document.activeElement?.closest('[data-finding-id]')?.getAttribute('data-finding-id');

describe('finding list', () => {
  it('renders only the rows in view of a long list, and says how many there are', () => {
    const list = findings(400);
    renderList(list);
    const items = rendered();
    expect(items.length).toBeGreaterThan(0);
    // A viewport's worth plus overscan, not 400.
    expect(items.length).toBeLessThan(LIST_HEIGHT / FINDING_ROW + 20);
    expect(screen.getByTestId('finding-list').getAttribute('data-count')).toBe('400');
    const rows = screen.getAllByRole('listitem');
    expect(rows[0]?.getAttribute('aria-setsize')).toBe(String(400 + 200));
  });

  it('walks to the last finding with End and accepts it with A', async () => {
    const list = findings(400);
    const props = renderList(list);
    const first = within(rendered()[0]!).getByTestId('finding-item-main');
    act(() => first.focus());
    fireEvent.keyDown(first, { key: 'j' });
    expect(focusedId()).toBe(list[1]!.id);
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    const last = list[list.length - 1]!;
    expect(focusedId()).toBe(last.id);
    expect(props.onShow).toHaveBeenLastCalledWith(last);
    // Scrolled there: the first findings are no longer rendered.
    expect(rendered().some((item) => item.getAttribute('data-finding-id') === list[0]!.id)).toBe(
      false,
    );
    fireEvent.keyDown(document.activeElement!, { key: 'A' });
    expect(props.onAccept).toHaveBeenCalledWith(last);
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(focusedId()).toBe(list[0]!.id);
    fireEvent.keyDown(document.activeElement!, { key: 'PageDown' });
    expect(focusedId()).toBe(list[10]!.id);
    fireEvent.keyDown(document.activeElement!, { key: 'f' });
    expect(props.onFix).not.toHaveBeenCalled(); // an even finding has no fix
    fireEvent.keyDown(document.activeElement!, { key: 'k' });
    fireEvent.keyDown(document.activeElement!, { key: 'F' });
    expect(props.onFix).toHaveBeenCalledWith(list[9]);
  });

  it('keeps the focused finding rendered when the list is scrolled away from it', async () => {
    const list = findings(400);
    renderList(list);
    const first = within(rendered()[0]!).getByTestId('finding-item-main');
    act(() => first.focus());
    const scroller = screen.getByTestId('finding-list');
    await act(async () => {
      scroller.scrollTop = 150 * FINDING_ROW;
      scroller.dispatchEvent(new Event('scroll'));
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    const ids = rendered().map((item) => item.getAttribute('data-finding-id'));
    expect(ids).toContain(list[0]!.id);
    expect(ids).toContain(list[120]!.id);
    expect(focusedId()).toBe(list[0]!.id);
  });

  it('lists flagged findings without accepting them again, and marks the unit being edited', () => {
    const list = findings(4);
    const props = renderList(list, { flagged: true, editing: 1 });
    expect(screen.queryAllByTestId('finding-accept')).toHaveLength(0);
    const main = within(rendered()[0]!).getByTestId('finding-item-main');
    act(() => main.focus());
    fireEvent.keyDown(main, { key: 'a' });
    expect(props.onAccept).not.toHaveBeenCalled();
    const editing = rendered().filter((item) => within(item).queryByTestId('finding-editing'));
    expect(editing.map((item) => item.getAttribute('data-unit'))).toEqual(['1', '1']);
  });
});
