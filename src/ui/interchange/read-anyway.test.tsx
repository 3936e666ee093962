// @vitest-environment jsdom
/**
 * "Import anyway": a file refused for breaking its format's rules is
 * offered a lenient read, which lists the broken rules as warnings; other
 * failures, and a lenient read that fails too, are not.
 */
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n/index.ts';
import type { ImportClient } from '../../workers/import-client.ts';
import { ImportFailed } from '../../workers/import-client.ts';
import { importFailure, outcomeOf, readImportFile } from '../../workers/import-read.ts';
import { InterchangePanel } from './InterchangePanel.tsx';
import { useInterchangeImport } from './useInterchangeImport.ts';

beforeAll(() => {
  initI18n('en');
});
afterEach(cleanup);

/** XLIFF 2 with a unit id used twice: well-formed, but against the standard's rules. */
const DUPLICATE_UNIT =
  '<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" ' +
  'srcLang="zh" trgLang="en"><file id="f">' +
  '<unit id="u"><segment><source>你好。</source><target>Hello.</target></segment></unit>' +
  '<unit id="u"><segment><source>再见。</source><target>Bye.</target></segment></unit></file></xliff>\n';

/** Whether each read asked for leniency, in order. */
const reads: boolean[] = [];

/** A client reading in the page with the worker's own code. */
function makeClient(): ImportClient {
  return {
    async read(file, fileName, onProgress, options) {
      reads.push(options?.lenient === true);
      try {
        const held = await readImportFile(
          file,
          fileName,
          (stage, fraction) => onProgress?.(stage, fraction),
          options?.lenient === true,
        );
        return outcomeOf(held);
      } catch (error) {
        throw new ImportFailed(importFailure(error));
      }
    },
    commit: () => Promise.reject(new Error('not in this test')),
    cancel: () => undefined,
  };
}

/** A client refusing every file as breaking the rules, however leniently read. */
function refusingClient(): ImportClient {
  return {
    read(_file, _fileName, _onProgress, options) {
      reads.push(options?.lenient === true);
      const failure = { code: 'invalid' as const, problem: 'too broken', location: {} };
      return Promise.reject(new ImportFailed(failure));
    },
    commit: () => Promise.reject(new Error('not in this test')),
    cancel: () => undefined,
  };
}

function Harness({ file, client }: { file: File; client: () => ImportClient }) {
  const exchange = useInterchangeImport(client);
  const { state } = exchange;
  return (
    <div>
      <button type="button" onClick={() => exchange.start(file)}>
        start
      </button>
      {state.phase !== 'idle' && (
        <InterchangePanel
          state={state}
          choice="all"
          onChoice={() => undefined}
          onStop={exchange.stop}
          onRemove={exchange.reset}
          onReadAnyway={exchange.readAnyway}
          disabled={false}
        />
      )}
    </div>
  );
}

async function startWith(text: string, name: string, client = makeClient) {
  reads.length = 0;
  render(<Harness file={new File([text], name)} client={client} />);
  await userEvent.click(screen.getByRole('button', { name: 'start' }));
}

describe('import anyway', () => {
  it('offers a lenient read of a file that breaks XLIFF rules, which lists the broken rules', async () => {
    await startWith(DUPLICATE_UNIT, 'dup.xlf');
    const error = await screen.findByTestId('interchange-error');
    expect(error.textContent).toMatch(/“dup\.xlf” could not be imported, at 2:\d+.*id "u"/);
    expect(screen.getByText(/breaks the rules of its format/)).toBeTruthy();
    expect(screen.queryByTestId('interchange-warnings')).toBeNull();

    await userEvent.click(screen.getByTestId('interchange-anyway'));
    const warnings = await screen.findByTestId('interchange-warnings');
    expect(warnings.textContent).toMatch(/id "u" is used more than once/);
    expect(screen.getByTestId('interchange-format').getAttribute('data-format')).toBe('xliff2');
    expect(screen.getByTestId('interchange-summary').textContent).toMatch(/^2 units/);
    expect(screen.queryByTestId('interchange-error')).toBeNull();
    expect(reads).toEqual([false, true]);
  });

  it('is not offered when the file is not well-formed: a lenient read would fail the same', async () => {
    await startWith('<xliff version="2.0"><file>', 'broken.xlf');
    await screen.findByTestId('interchange-error');
    expect(screen.queryByTestId('interchange-anyway')).toBeNull();
  });

  it('is not offered again when the lenient read is refused too', async () => {
    await startWith(DUPLICATE_UNIT, 'worse.xlf', refusingClient);
    await screen.findByTestId('interchange-error');
    await userEvent.click(screen.getByTestId('interchange-anyway'));
    await screen.findByText(/“worse\.xlf” could not be imported: too broken/);
    expect(screen.queryByTestId('interchange-anyway')).toBeNull();
    expect(reads).toEqual([false, true]);
  });
});
