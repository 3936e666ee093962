import { describe, expect, it } from 'vitest';
import { projectFromDraft, readInterchange } from '../core/io/formats.ts';
import { bigXliff2 } from '../../bench/xliff-fixture.ts';
import { ProjectAssembler, projectParts } from './import-transfer.ts';

/** A project with codes, several paragraphs and sentences, from the benchmark's generator. */
function project() {
  const { text } = bigXliff2(6000);
  const draft = readInterchange(text, { fileName: 'f.xlf' }).drafts[0];
  if (!draft) throw new Error('no draft');
  return projectFromDraft(draft, { id: 'p', now: new Date(0) });
}

describe('a project in parts', () => {
  it('comes back equal from slices of any size, through structured clone', () => {
    const whole = project();
    expect(whole.document.alignment.units.length).toBeGreaterThan(10);
    expect(Object.keys(whole.interchange?.codes ?? {}).length).toBeGreaterThan(3);
    for (const size of [1, 3, 7, 100_000]) {
      const assembler = new ProjectAssembler();
      let count = 0;
      for (const part of projectParts(whole, size)) {
        assembler.add(structuredClone(part));
        count++;
      }
      expect(assembler.result()).toEqual(whole);
      if (size === 1) expect(count).toBeGreaterThan(whole.document.alignment.units.length);
    }
  });

  it('keeps every long list out of the first part', () => {
    const [skeleton] = [...projectParts(project(), 10)];
    expect(skeleton?.kind).toBe('skeleton');
    if (skeleton?.kind !== 'skeleton') return;
    expect(skeleton.project.document.alignment.units).toEqual([]);
    expect(skeleton.project.document.target.segmentation.sentences).toEqual([]);
    expect(skeleton.project.interchange?.codes).toEqual({});
    expect(typeof skeleton.project.interchange?.data).toBe('string');
  });

  it('refuses a slice before its skeleton', () => {
    const parts = [...projectParts(project(), 10)];
    const assembler = new ProjectAssembler();
    const slice = parts[1];
    if (!slice) throw new Error('no slice');
    expect(() => assembler.add(slice)).toThrow(/before its skeleton/);
  });
});
