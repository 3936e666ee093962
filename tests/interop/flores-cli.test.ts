/**
 * The CLI on real parallel text: FLORES-200 devtest, 1,012 line-aligned
 * Chinese/English sentences written by professional translators (English is
 * the original). With `--presplit` every line is a sentence, so the true
 * alignment is line i ↔ line i and the output can be checked against it.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sharedData } from './shared-data.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const flores = sharedData('parallel-zhen/flores200-devtest');

interface JsonSide {
  start: number;
  end: number;
  sentences: number[];
}
interface JsonUnit {
  source: JsonSide | null;
  target: JsonSide | null;
  confidence: number;
}

function alignJson(...args: string[]): Promise<{ units: JsonUnit[] }> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [join(root, 'bin/duizhao.js'), 'align', ...args, '--format', 'json'],
      { maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`duizhao align failed: ${stderr}`));
        else resolve(JSON.parse(stdout) as { units: JsonUnit[] });
      },
    );
  });
}

describe.skipIf(!flores)('duizhao align on FLORES-200 devtest (zho_Hans / eng_Latn)', () => {
  it('covers every line exactly once and pairs line i with line i', async () => {
    const zhPath = join(flores!, 'zho_Hans.devtest');
    const enPath = join(flores!, 'eng_Latn.devtest');
    const zhLines = readFileSync(zhPath, 'utf8')
      .split('\n')
      .filter((l) => l.trim());
    const enLines = readFileSync(enPath, 'utf8')
      .split('\n')
      .filter((l) => l.trim());
    expect(zhLines.length).toBe(1012);
    expect(enLines.length).toBe(1012);

    const { units } = await alignJson(zhPath, enPath, '--presplit');
    const zhText = readFileSync(zhPath, 'utf8');
    const enText = readFileSync(enPath, 'utf8');
    // Offsets slice the files into exactly their lines, each in one unit.
    const slices = (side: 'source' | 'target', text: string) =>
      units.flatMap((u) => (u[side] ? [text.slice(u[side].start, u[side].end)] : []));
    expect(slices('source', zhText).join('\n')).toBe(zhLines.map((l) => l.trim()).join('\n'));
    expect(slices('target', enText).join('\n')).toBe(enLines.map((l) => l.trim()).join('\n'));

    // Line-aligned input: nearly every unit should be the 1:1 pair i ↔ i.
    const diagonal = units.filter(
      (u) =>
        u.source?.sentences.length === 1 &&
        u.target?.sentences.length === 1 &&
        u.source.sentences[0] === u.target.sentences[0],
    ).length;
    expect(diagonal / 1012).toBeGreaterThanOrEqual(0.9);
  });
});
