// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildSegmentDocument } from '../../core/io/segments.ts';
import { codeChar } from '../../core/model/inline-code.ts';
import type { ProjectInterchange } from '../../core/model/project-extras.ts';
import { initI18n } from '../../i18n/index.ts';
import { editorPieces } from '../revisions/editor-text.ts';
import { InterchangeCodesProvider } from './codes-context.tsx';
import { TokenText } from './TokenText.tsx';
import { UnitNotes } from './UnitNotes.tsx';

beforeAll(() => {
  initI18n('en');
});
afterEach(cleanup);

const open = codeChar(0);
const close = codeChar(1);
const TARGET = `Press ${open}here${close} now.`;
const document = buildSegmentDocument([
  { source: `点${open}这里${close}。`, target: TARGET },
]).document;
const interchange: ProjectInterchange = {
  format: 'xliff2',
  codes: {
    '0': [
      { char: open, role: 'open', label: '1', title: '<pc id="1">', data: null },
      { char: close, role: 'close', label: '/1', title: '</pc>', data: null },
    ],
  },
  notes: { '0': [{ text: '<img src=x onerror="window.pwned=1"><b>bold</b>', from: 'pm' }] },
  data: null,
};

describe('protected tokens in a cell', () => {
  it('draws each code as a chip holding its one character, so the cell text is unchanged', () => {
    const { container } = render(
      <InterchangeCodesProvider project={{ document, interchange }}>
        <p data-testid="cell">
          <TokenText text={TARGET} start={0} end={TARGET.length} />
        </p>
      </InterchangeCodesProvider>,
    );
    const chips = screen.getAllByTestId('code-token');
    expect(chips.map((chip) => chip.getAttribute('data-label'))).toEqual(['1', '/1']);
    expect(chips[0]?.getAttribute('title')).toBe('<pc id="1">');
    expect(chips[0]?.getAttribute('contenteditable')).toBe('false');
    // Selections count text nodes: the cell's text is the unit's text, placeholder for placeholder.
    expect(screen.getByTestId('cell').textContent).toBe(TARGET);
    expect(container.querySelectorAll('.dz-token--open, .dz-token--close')).toHaveLength(2);
  });

  it('leaves placeholders as plain text in a project without codes', () => {
    render(
      <p data-testid="cell">
        <TokenText text={TARGET} start={0} end={TARGET.length} />
      </p>,
    );
    expect(screen.queryAllByTestId('code-token')).toHaveLength(0);
  });
});

describe('unit notes', () => {
  it('renders markup in a note as text, never as elements', () => {
    const { container } = render(<UnitNotes interchange={interchange} unit={0} />);
    const note = screen.getByTestId('unit-note');
    expect(note.textContent).toBe('pm: <img src=x onerror="window.pwned=1"><b>bold</b>');
    expect(container.querySelector('img, b')).toBeNull();
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
  });

  it('shows nothing for a unit without notes', () => {
    const { container } = render(<UnitNotes interchange={interchange} unit={1} />);
    expect(container.textContent).toBe('');
  });
});

describe('editorPieces', () => {
  it('cuts a unit text into runs and tokens, and back to the same text', () => {
    const pieces = editorPieces(TARGET, interchange.codes['0']);
    expect(pieces.map((p) => ('text' in p ? p.text : `[${p.label}]`))).toEqual([
      'Press ',
      '[1]',
      'here',
      '[/1]',
      ' now.',
    ]);
    expect(pieces.map((p) => ('text' in p ? p.text : p.char)).join('')).toBe(TARGET);
    expect(editorPieces('plain', undefined)).toEqual([{ text: 'plain' }]);
  });
});
