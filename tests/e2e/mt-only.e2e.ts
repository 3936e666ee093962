/**
 * The MT alone, pasted, then its source added later from a UTF-16 file with
 * CRLF line ends: the untranslated Chinese is recognised before any source
 * exists, and adding the source aligns the whole document in place.
 */
import { describe, expect, it } from 'vitest';
import { openApp, readRows, tempFile, useSession } from './harness.ts';

const session = useSession();

const MT =
  '今天下午3时举行记者会。\n' +
  'The minister said that employment was stable. Over 12.44 million jobs were created.\n' +
  'We will make every effort to stabilize jobs.\n';
const SOURCE =
  '今天下午3时举行记者会。\r\n部长表示，就业形势稳定。全年新增就业1244万人。\r\n\r\n我们将全力稳岗位。\r\n';

/** UTF-16 LE with a byte-order mark, as Windows Notepad saves "Unicode". */
function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[2 + i * 2] = code & 0xff;
    bytes[3 + i * 2] = code >> 8;
  }
  return bytes;
}

describe('MT without a source', () => {
  it('marks the untranslated Chinese, then aligns a source added later from a UTF-16 CRLF file', async () => {
    const { page, problems } = session();
    await openApp(page);

    await page.getByTestId('open-import').click();
    await page.getByTestId('import-target-text').fill(MT);
    await page.getByTestId('import-name').fill('Pasted MT');
    await page.getByTestId('import-submit').click();
    await expect
      .poll(async () => (await page.getByTestId('project-title').textContent()) ?? '')
      .toContain('Pasted MT');

    const mtOnly = await readRows(page);
    expect(mtOnly.length).toBe(4);
    expect(mtOnly.every((row) => /No source yet/.test(row.source))).toBe(true);
    const marks = page.locator('[data-testid="unit-target"] mark[data-testid="untranslated"]');
    expect(await marks.count()).toBe(1);
    expect(await marks.first().textContent()).toBe('今天下午3时举行记者会。');

    await page.getByTestId('add-source').click();
    await page
      .getByTestId('import-source-file')
      .setInputFiles(tempFile('source.zh.txt', utf16le(SOURCE)));
    await page.getByTestId('import-submit').click();
    await expect
      .poll(async () => (await readRows(page)).every((row) => !/No source yet/.test(row.source)))
      .toBe(true);

    const rows = await readRows(page);
    expect(rows.map(({ source, target }) => ({ source, target }))).toEqual([
      { source: '今天下午3时举行记者会。', target: '今天下午3时举行记者会。' },
      {
        source: '部长表示，就业形势稳定。',
        target: 'The minister said that employment was stable.',
      },
      { source: '全年新增就业1244万人。', target: 'Over 12.44 million jobs were created.' },
      { source: '我们将全力稳岗位。', target: 'We will make every effort to stabilize jobs.' },
    ]);
    expect(await page.getByTestId('project-title').textContent()).toContain('Pasted MT');
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });
});
