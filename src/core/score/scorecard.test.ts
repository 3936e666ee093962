import { describe, expect, it } from 'vitest';
import { makeFlag } from '../../../tests/helpers/flags.ts';
import { buildDocument } from '../align/index.ts';
import type { BilingualDocument } from '../model/document.ts';
import { unitSizes } from './measure.ts';
import { unitParagraphs } from './paragraphs.ts';
import type { ScoringPreset } from './preset.ts';
import { builtinPreset } from './presets.ts';
import { scoreFlags } from './scorecard.ts';

const mqm = builtinPreset('mqm') as ScoringPreset;

// Three units (one per sentence) in two paragraphs: 3 + 2 words, then 5 words.
const doc = buildDocument(null, 'One two three. Four five.\nSix seven eight nine ten.');

const flags = [
  makeFlag({ unit: 0, severity: 'major', category: 'Accuracy/Omission' }),
  makeFlag({ unit: 1, severity: 'minor', category: 'Style/Awkward' }),
  makeFlag({ unit: 2, severity: 'minor', category: 'Fluency/Punctuation', status: 'resolved' }),
  makeFlag({ unit: 2, severity: 'critical', status: 'rejected' }),
  makeFlag({ unit: 2, severity: 'critical', status: 'deleted' }),
];

describe('scoreFlags on a small document', () => {
  it('has the units and paragraphs the test assumes', () => {
    expect(doc.alignment.units).toHaveLength(3);
    expect(doc.target.segmentation.paragraphs).toHaveLength(2);
  });

  it('counts open and resolved flags only, and normalises per 1,000 English words', () => {
    const card = scoreFlags(flags, doc, mqm);
    expect(card.flags).toEqual({ counted: 3, capped: 0, excluded: 2, unplaced: [] });
    expect(card.measure).toBe('en-words');
    expect(card.size).toBe(10);
    expect(card.rawPenalty).toBe(7);
    expect(card.normalised).toBe(700);
    expect(card.pass).toBe(false);
  });

  it('breaks the total down by severity, category and dimension, heaviest first', () => {
    const card = scoreFlags(flags, doc, mqm);
    expect(card.bySeverity).toEqual({
      critical: { count: 0, penalty: 0 },
      major: { count: 1, penalty: 5 },
      minor: { count: 2, penalty: 2 },
      neutral: { count: 0, penalty: 0 },
    });
    expect(card.byCategory.map((row) => [row.category, row.count, row.penalty])).toEqual([
      ['Accuracy/Omission', 1, 5],
      ['Fluency/Punctuation', 1, 1],
      ['Style/Awkward', 1, 1],
    ]);
    expect(card.byDimension.map((row) => row.category)).toEqual(['Accuracy', 'Fluency', 'Style']);
    expect(card.byCategory[0]?.severities).toEqual({ critical: 0, major: 1, minor: 0, neutral: 0 });
  });

  it('scores paragraphs along the document and lists the worst units', () => {
    const card = scoreFlags(flags, doc, mqm);
    expect(card.paragraphs).toEqual([
      { paragraph: 0, units: [0, 1], penalty: 6, size: 5, normalised: 1200 },
      { paragraph: 1, units: [2], penalty: 1, size: 5, normalised: 200 },
    ]);
    expect(card.worstUnits.map((unit) => unit.unit)).toEqual([0, 1, 2]);
    expect(scoreFlags(flags, doc, mqm, { worstUnits: 1 }).worstUnits).toHaveLength(1);
  });

  it('passes at the threshold itself, and has no verdict without a threshold', () => {
    expect(scoreFlags(flags, doc, { ...mqm, passThreshold: 700 }).pass).toBe(true);
    expect(scoreFlags(flags, doc, { ...mqm, passThreshold: 699.9 }).pass).toBe(false);
    expect(scoreFlags(flags, doc, { ...mqm, passThreshold: null }).pass).toBeNull();
  });

  it('averages per unit, every unit counting', () => {
    const card = scoreFlags(flags, doc, { ...mqm, normalisation: 'per-unit' });
    expect(card.size).toBe(3);
    expect(card.normalised).toBeCloseTo(7 / 3, 12);
  });

  it('has no per-character score when the document has no source', () => {
    const card = scoreFlags(flags, doc, { ...mqm, normalisation: 'per-1000-zh-chars' });
    expect(card.size).toBe(0);
    expect(card.rawPenalty).toBe(7);
    expect(card.normalised).toBeNull();
    expect(card.pass).toBeNull();
  });

  it('reports the flags the per-unit cap leaves out of every total', () => {
    const many = [0, 1, 2].map((k) => makeFlag({ unit: 0, span: [k, k + 1] }));
    const card = scoreFlags(many, doc, { ...mqm, maxErrorsPerUnit: 2 });
    expect(card.flags).toMatchObject({ counted: 2, capped: 1 });
    expect(card.rawPenalty).toBe(2);
    expect(card.bySeverity.minor.count).toBe(2);
    expect(card.units[0]?.flags.filter((f) => !f.counted)).toHaveLength(1);
  });

  it('scores a review without flags as clean', () => {
    const card = scoreFlags([], doc, mqm);
    expect(card.rawPenalty).toBe(0);
    expect(card.normalised).toBe(0);
    expect(card.pass).toBe(true);
    expect(card.worstUnits).toEqual([]);
  });
});

describe('unitParagraphs', () => {
  it('puts a unit without target in the paragraph of the unit before it, or after it when first', () => {
    const side = (start: number, end: number, sentence: number) => ({
      start,
      end,
      sentences: [sentence],
    });
    const withGaps: BilingualDocument = {
      source: {
        text: '甲乙',
        segmentation: {
          paragraphs: [{ start: 0, end: 2 }],
          sentences: [
            { start: 0, end: 1, paragraph: 0 },
            { start: 1, end: 2, paragraph: 0 },
          ],
        },
      },
      target: {
        text: 'A.\nB.',
        segmentation: {
          paragraphs: [
            { start: 0, end: 2 },
            { start: 3, end: 5 },
          ],
          sentences: [
            { start: 0, end: 2, paragraph: 0 },
            { start: 3, end: 5, paragraph: 1 },
          ],
        },
      },
      alignment: {
        charRatio: 3,
        units: [
          { source: side(0, 1, 0), target: null, confidence: 1 },
          { source: null, target: side(0, 2, 0), confidence: 1 },
          { source: null, target: side(3, 5, 1), confidence: 1 },
          { source: side(1, 2, 1), target: null, confidence: 1 },
        ],
      },
    };
    expect(unitParagraphs(withGaps)).toEqual([0, 0, 1, 1]);
  });
});

describe('unitSizes', () => {
  it('measures each unit, and counts a document once', () => {
    expect(unitSizes(doc, 'en-words')).toEqual([3, 2, 5]);
    expect(unitSizes(doc, 'units')).toEqual([1, 1, 1]);
    expect(unitSizes(doc, 'zh-chars')).toEqual([0, 0, 0]);
    expect(unitSizes(doc, 'en-words')).toBe(unitSizes(doc, 'en-words'));
    const other = buildDocument(null, 'One two. Three.');
    expect(unitSizes(other, 'en-words')).toEqual([2, 1]);
  });
});
