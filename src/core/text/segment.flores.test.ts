/**
 * Segmentation on real third-party text: FLORES-200 devtest, 1,012 lines per
 * language, each mostly one sentence (English is the original; some lines
 * hold two or three sentences, and the Chinese translation splits more
 * often). Lines split into several sentences were read one by one: the
 * counts below are all genuine multi-sentence lines. The test pins them so a
 * regression that starts splitting at abbreviations, decimals or quotes shows.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentText, type SegmentLanguage } from './segment.ts';

const dir = new URL('../../../../shared/data/parallel-zhen/flores200-devtest/', import.meta.url);
const present = existsSync(dir);
if (!present)
  console.info(
    'skipping FLORES segmentation tests: ../shared/data/parallel-zhen/flores200-devtest not found',
  );

function split(file: string, lang: SegmentLanguage): string[][] {
  return readFileSync(new URL(file, dir), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => segmentText(line, lang).sentences.map((s) => line.slice(s.start, s.end)));
}

describe.skipIf(!present)('FLORES-200 devtest', () => {
  it('English: splits only the lines that hold several sentences', () => {
    const lines = split('eng_Latn.devtest', 'en');
    const multi = lines.filter((sentences) => sentences.length > 1);
    console.info(
      `FLORES en: ${lines.length} lines, ${multi.length} split into more than one sentence`,
    );
    expect(lines).toHaveLength(1012);
    expect(multi).toHaveLength(118);
    // No sentence but the last of a line may end at a title, an initialism or an initial.
    const badEnds = multi
      .flatMap((s) => s.slice(0, -1))
      .filter((s) => /(?:^|\s)(?:Mr|Mrs|Dr|St|Prof|U\.S|a\.m|p\.m|[A-Z])\.$/.test(s));
    expect(badEnds).toEqual([]);
  });

  it('Chinese: splits only the lines that hold several sentences', () => {
    const lines = split('zho_Hans.devtest', 'zh');
    const multi = lines.filter((sentences) => sentences.length > 1);
    console.info(
      `FLORES zh: ${lines.length} lines, ${multi.length} split into more than one sentence`,
    );
    expect(lines).toHaveLength(1012);
    expect(multi).toHaveLength(149);
    // Every sentence but the last of a line ends with a Chinese mark, maybe followed by closers.
    const badEnds = multi
      .flatMap((s) => s.slice(0, -1))
      .filter((s) => !/[。！？!?…][”’」』）)》"]*$/.test(s));
    expect(badEnds).toEqual([]);
  });
});
