import { describe, expect, it } from 'vitest';
import { parsePreset, type ScoringPreset } from './preset.ts';
import { BUILTIN_PRESETS, DEFAULT_PRESET_ID, builtinPreset, defaultPreset } from './presets.ts';

describe('built-in presets', () => {
  it('ships WMT, MQM and MateCat presets with distinct ids, the default among them', () => {
    const ids = BUILTIN_PRESETS.map((preset) => preset.id);
    expect(ids).toEqual(['mqm', 'wmt', 'matecat']);
    expect(defaultPreset().id).toBe(DEFAULT_PRESET_ID);
  });

  it('carries the published WMT numbers', () => {
    const wmt = builtinPreset('wmt') as ScoringPreset;
    expect(wmt.severityWeights).toEqual({ critical: 5, major: 5, minor: 1, neutral: 0 });
    expect(wmt.maxErrorsPerUnit).toBe(5);
    expect(wmt.normalisation).toBe('per-unit');
    expect(wmt.passThreshold).toBeNull();
  });

  it('carries MQM/TAUS multipliers and MateCat’s default model', () => {
    expect(builtinPreset('mqm')?.severityWeights).toEqual({
      critical: 10,
      major: 5,
      minor: 1,
      neutral: 0,
    });
    const matecat = builtinPreset('matecat') as ScoringPreset;
    expect(matecat.severityWeights.minor).toBe(0.5);
    expect(matecat.severityWeights.major).toBe(2);
    expect(matecat.passThreshold).toBe(20);
  });

  it('hands out copies, so editing one for a project leaves the shipped preset alone', () => {
    const copy = builtinPreset('mqm') as ScoringPreset;
    copy.severityWeights.major = 99;
    copy.categoryOverrides.push({ category: 'Style', severities: ['minor'], weight: 0 });
    expect(builtinPreset('mqm')?.severityWeights.major).toBe(5);
    expect(builtinPreset('mqm')?.categoryOverrides).toEqual([]);
  });

  it('knows no preset it does not ship', () => {
    expect(builtinPreset('lisa')).toBeUndefined();
  });
});

describe('parsePreset', () => {
  /** A shipped preset as loose JSON, to spoil. */
  const loose = () => structuredClone(defaultPreset()) as unknown as Record<string, unknown>;

  it('accepts a shipped preset as data', () => {
    expect(parsePreset(loose())).toEqual(defaultPreset());
  });

  const spoilers: [string, (preset: Record<string, unknown>) => void][] = [
    [
      'a negative weight',
      (p) => (p.severityWeights = { ...defaultPreset().severityWeights, minor: -1 }),
    ],
    ['an unknown normalisation', (p) => (p.normalisation = 'per-page')],
    ['a zero error cap', (p) => (p.maxErrorsPerUnit = 0)],
    [
      'an override without severities',
      (p) => (p.categoryOverrides = [{ category: 'Style', severities: [], weight: 1 }]),
    ],
    [
      'an unknown severity',
      (p) => (p.categoryOverrides = [{ category: 'Style', severities: ['blocker'], weight: 1 }]),
    ],
    ['an id with spaces', (p) => (p.id = 'my preset')],
    ['a missing threshold', (p) => delete p.passThreshold],
  ];

  it.each(spoilers)('rejects %s', (_, spoil) => {
    const preset = loose();
    spoil(preset);
    expect(() => parsePreset(preset)).toThrow();
  });
});
