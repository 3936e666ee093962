// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTestStore, renderWithStore } from '../app/test-support.tsx';
import { ImportDialog } from './ImportDialog.tsx';
import type { ImportMode } from './drop.ts';
import { MAX_PASTE_BYTES } from './paste-limit.ts';

afterEach(() => {
  cleanup();
});

const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1,
]);
const ZH = '今天天气很好。我们去公园散步吧。\n他说：“明天会下雨。”\n';
const EN = 'The weather is nice today. Let us go for a walk.\nHe said, "It will rain tomorrow."\n';

async function setup(mode: ImportMode = 'new') {
  const { store } = makeTestStore();
  await store.getState().init();
  const closed = { count: 0 };
  renderWithStore(<ImportDialog mode={mode} onClose={() => closed.count++} />, store);
  return { store, closed };
}

function choose(testId: string, file: File) {
  fireEvent.change(screen.getByTestId(testId), { target: { files: [file] } });
}

describe('import dialog validation', () => {
  it('names a binary file and says what it is, before anything is submitted', async () => {
    const { store } = await setup();
    const before = store.getState().current;
    choose('import-source-file', new File([PNG], 'picture.png', { type: 'image/png' }));
    const error = await screen.findByTestId('import-error');
    expect(error.textContent).toContain('picture.png');
    expect(error.textContent).toMatch(/not a text file: it looks like a PNG image/);
    expect(error.getAttribute('role')).toBe('alert');

    choose('import-target-file', new File([EN], 'weather.en.txt'));
    await userEvent.click(screen.getByTestId('import-submit'));
    expect(screen.getByTestId('import-error').textContent).toContain('picture.png');
    expect(store.getState().current).toBe(before);
    expect(store.getState().projects).toHaveLength(1);
  });

  it('names an empty file', async () => {
    await setup();
    choose('import-target-file', new File([' \n\n'], 'blank.txt'));
    const error = await screen.findByTestId('import-error');
    expect(error.textContent).toContain('“blank.txt” is empty');
  });

  it('gives the byte offset of undecodable text', async () => {
    await setup();
    // Valid UTF-8, then a lone continuation byte and bytes invalid in GB18030 as well.
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('Hello world. '),
      0xff,
      0xff,
      0xff,
      0x80,
    ]);
    choose('import-target-file', new File([bytes], 'broken.txt'));
    const error = await screen.findByTestId('import-error');
    expect(error.textContent).toMatch(
      /“broken\.txt” could not be decoded as text: invalid bytes at byte offset \d+/,
    );
  });

  it('asks for the MT when nothing was given, and for the source in add-source mode', async () => {
    await setup();
    await userEvent.click(screen.getByTestId('import-submit'));
    expect(screen.getByTestId('import-error').textContent).toMatch(
      /Add the English machine translation/,
    );
    cleanup();
    await setup('add-source');
    await userEvent.click(screen.getByTestId('import-submit'));
    expect(screen.getByTestId('import-error').textContent).toMatch(/Add the Chinese source/);
  });

  it('refuses a paste over the limit without taking it', async () => {
    await setup();
    const area = screen.getByTestId<HTMLTextAreaElement>('import-target-text');
    const huge = 'x'.repeat(MAX_PASTE_BYTES + 1);
    fireEvent.paste(area, { clipboardData: { getData: () => huge } });
    expect(screen.getByTestId('import-error').textContent).toMatch(
      /pasted text is larger than 5\.0 MB/,
    );
    expect(area.value).toBe('');
  });

  it('warns, but allows, a source that is not Chinese and an MT that is all Chinese', async () => {
    const { store } = await setup();
    choose('import-source-file', new File([EN], 'english.txt'));
    choose('import-target-file', new File([ZH], 'chinese.txt'));
    expect((await screen.findByTestId('import-source-warning')).textContent).toMatch(
      /does not look like Chinese/,
    );
    expect((await screen.findByTestId('import-target-warning')).textContent).toMatch(
      /entirely Chinese/,
    );
    expect(screen.queryByTestId('import-error')).toBeNull();
    await userEvent.click(screen.getByTestId('import-submit'));
    await waitFor(() => expect(store.getState().current?.name).toBe('chinese'));
  });
});

describe('importing', () => {
  it('makes a project from two files under the typed name and closes', async () => {
    const { store, closed } = await setup();
    choose('import-source-file', new File([ZH], 'weather.zh.txt'));
    choose('import-target-file', new File([EN.replace(/\n/g, '\r\n')], 'weather.en.txt'));
    await screen.findByText(/weather\.en\.txt \(\d+ characters\)/);
    expect(screen.getByTestId<HTMLInputElement>('import-name').placeholder).toBe('weather.en');
    await userEvent.type(screen.getByTestId('import-name'), 'Weather');
    await userEvent.click(screen.getByTestId('import-submit'));
    await waitFor(() => expect(closed.count).toBe(1));
    const project = store.getState().current;
    expect(project).toMatchObject({
      name: 'Weather',
      origin: 'import',
      sourceFileName: 'weather.zh.txt',
      targetFileName: 'weather.en.txt',
    });
    // Normalised: CRLF became LF before alignment.
    expect(project?.document.target.text).toBe(EN);
    expect(project?.document.source?.text).toBe(ZH);
  });

  it('makes an MT-only project from pasted text', async () => {
    const { store, closed } = await setup();
    await userEvent.type(screen.getByTestId('import-target-text'), 'One.{enter}Two.');
    await userEvent.click(screen.getByTestId('import-submit'));
    await waitFor(() => expect(closed.count).toBe(1));
    expect(store.getState().current).toMatchObject({
      name: 'Untitled project',
      sourceFileName: null,
      targetFileName: null,
    });
    expect(store.getState().current?.document.source).toBeNull();
  });

  it('sorts two dropped files by how Chinese they are', async () => {
    const { store } = await setup();
    const files = [new File([EN], 'a.txt'), new File([ZH], 'b.txt')];
    fireEvent.drop(screen.getByTestId('import-drop'), {
      dataTransfer: { files, types: ['Files'] },
    });
    await screen.findByText(/b\.txt \(/);
    await userEvent.click(screen.getByTestId('import-submit'));
    await waitFor(() => expect(store.getState().current?.sourceFileName).toBe('b.txt'));
    expect(store.getState().current?.targetFileName).toBe('a.txt');
  });

  it('keeps the dialog open with a message when alignment fails', async () => {
    const { store } = makeTestStore({ align: () => Promise.reject(new Error('worker crashed')) });
    await act(() =>
      store
        .getState()
        .init()
        .catch(() => {}),
    );
    const closed = { count: 0 };
    renderWithStore(<ImportDialog mode="new" onClose={() => closed.count++} />, store);
    await userEvent.type(screen.getByTestId('import-target-text'), 'Hello.');
    await userEvent.click(screen.getByTestId('import-submit'));
    expect((await screen.findByTestId('import-error')).textContent).toMatch(
      /could not be aligned: worker crashed/,
    );
    expect(closed.count).toBe(0);
    expect(screen.getByTestId('import-submit')).toHaveProperty('disabled', false);
  });
});
