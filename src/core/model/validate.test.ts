import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../align/index.ts';
import type { BilingualDocument } from './document.ts';
import type { Project } from './project.ts';
import {
  DocumentValidationError,
  formatJsonPath,
  validateDocument,
  validateProject,
} from './validate.ts';
import { emptyProjectReview } from '../review/index.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../fixtures/${name}`, import.meta.url), 'utf8');

/** A small hand-built document: two paragraphs, three sentences a side, two units. */
function smallDocument(): BilingualDocument {
  const source = '甲。乙。\n丙。';
  const target = 'A. B.\nC.';
  return {
    source: {
      text: source,
      segmentation: {
        paragraphs: [
          { start: 0, end: 4 },
          { start: 5, end: 7 },
        ],
        sentences: [
          { start: 0, end: 2, paragraph: 0 },
          { start: 2, end: 4, paragraph: 0 },
          { start: 5, end: 7, paragraph: 1 },
        ],
      },
    },
    target: {
      text: target,
      segmentation: {
        paragraphs: [
          { start: 0, end: 5 },
          { start: 6, end: 8 },
        ],
        sentences: [
          { start: 0, end: 2, paragraph: 0 },
          { start: 3, end: 5, paragraph: 0 },
          { start: 6, end: 8, paragraph: 1 },
        ],
      },
    },
    alignment: {
      charRatio: 2,
      units: [
        {
          source: { start: 0, end: 4, sentences: [0, 1] },
          target: { start: 0, end: 5, sentences: [0, 1] },
          confidence: 0.9,
        },
        {
          source: { start: 5, end: 7, sentences: [2] },
          target: { start: 6, end: 8, sentences: [2] },
          confidence: 0.8,
        },
      ],
    },
  };
}

/** Runs `validateDocument` on a corrupted copy and returns the error message. */
function problemAfter(corrupt: (doc: BilingualDocument) => void): string {
  const doc = structuredClone(smallDocument());
  corrupt(doc);
  try {
    validateDocument(doc);
  } catch (error) {
    expect(error).toBeInstanceOf(DocumentValidationError);
    return (error as Error).message;
  }
  throw new Error('expected validation to fail');
}

describe('validateDocument', () => {
  it('accepts a well-formed document', () => {
    expect(() => validateDocument(smallDocument())).not.toThrow();
  });

  it('accepts documents built from the demo fixtures, with and without a source', () => {
    const zh = fixture('press-conference.source.zh.txt');
    const en = fixture('press-conference.mt.en.txt');
    expect(() => validateDocument(buildDocument(zh, en))).not.toThrow();
    expect(() => validateDocument(buildDocument(null, en))).not.toThrow();
  });

  it('rejects a range past the end of its text', () => {
    expect(
      problemAfter((d) => {
        d.target.segmentation.paragraphs[1]!.end = 9;
      }),
    ).toBe('target.segmentation.paragraphs[1].end: 9 is past the end of the text (length 8)');
  });

  it('rejects start after end', () => {
    expect(
      problemAfter((d) => {
        d.source!.segmentation.sentences[0]!.start = 3;
      }),
    ).toBe('source.segmentation.sentences[0]: start 3 is after end 2');
  });

  it('rejects overlapping sentences', () => {
    expect(
      problemAfter((d) => {
        d.target.segmentation.sentences[1]!.start = 1;
      }),
    ).toMatch(/^target\.segmentation\.sentences\[1\]\.start: 1 overlaps/);
  });

  it('rejects a sentence outside its paragraph or pointing at no paragraph', () => {
    expect(
      problemAfter((d) => {
        d.target.segmentation.sentences[2]!.paragraph = 0;
      }),
    ).toMatch(/^target\.segmentation\.sentences\[2\]: \[6, 8\) is not inside paragraph 0/);
    expect(
      problemAfter((d) => {
        d.target.segmentation.sentences[2]!.paragraph = 7;
      }),
    ).toMatch(/^target\.segmentation\.sentences\[2\]\.paragraph: 7 is not a paragraph index/);
  });

  it('rejects a sentence in no unit, in two units, or out of order', () => {
    expect(
      problemAfter((d) => {
        d.alignment.units.pop();
      }),
    ).toBe('source.segmentation.sentences[2]: is in no unit');
    expect(
      problemAfter((d) => {
        d.alignment.units[1]!.target!.sentences = [1, 2];
      }),
    ).toMatch(/^alignment\.units\[1\]\.target\.sentences\[0\]: is 1, expected sentence 2/);
    expect(
      problemAfter((d) => {
        d.alignment.units[0]!.source!.sentences = [1, 0];
      }),
    ).toMatch(/^alignment\.units\[0\]\.source\.sentences\[0\]: is 1, expected sentence 0/);
  });

  it('rejects a unit whose range is not the span of its sentences', () => {
    expect(
      problemAfter((d) => {
        d.alignment.units[0]!.target!.end = 4;
      }),
    ).toBe('alignment.units[0].target.end: is 4, expected 5, the end of its last sentence');
    expect(
      problemAfter((d) => {
        d.alignment.units[1]!.source!.start = 4;
      }),
    ).toBe('alignment.units[1].source.start: is 4, expected 5, the start of its first sentence');
  });

  it('rejects a source side when the document has no source, and a unit with no side', () => {
    expect(
      problemAfter((d) => {
        d.source = null;
      }),
    ).toBe('alignment.units[0].source: must be null: the document has no source text');
    expect(
      problemAfter((d) => {
        d.alignment.units.push({ source: null, target: null, confidence: 0 });
      }),
    ).toBe('alignment.units[2]: has neither a source nor a target side');
  });

  it('rejects text that was not normalised', () => {
    expect(
      problemAfter((d) => {
        d.target.text = 'A. B.\rC.';
      }),
    ).toMatch(/^target\.text: contains a carriage return at offset 5/);
  });
});

describe('validateProject', () => {
  const project = (activeUnit: number, doc = smallDocument()): Project => ({
    id: 'p',
    name: 'p',
    origin: 'import',
    createdAt: '2024-03-09T00:00:00.000Z',
    updatedAt: '2024-03-09T00:00:00.000Z',
    sourceFileName: null,
    targetFileName: null,
    document: doc,
    view: { activeUnit },
    review: emptyProjectReview(),
  });

  it('prefixes paths and checks the active unit', () => {
    expect(() => validateProject(project(1))).not.toThrow();
    expect(() => validateProject(project(2), ['project'])).toThrow(
      'project.view.activeUnit: 2 is not a unit index (there are 2)',
    );
    expect(() => validateProject(project(0, buildDocument(null, '')))).not.toThrow();
  });
});

describe('formatJsonPath', () => {
  it('writes keys with dots, indices and odd keys with brackets', () => {
    expect(formatJsonPath([])).toBe('(root)');
    expect(formatJsonPath(['a', 0, 'b c', 'd'])).toBe('a[0]["b c"].d');
  });
});
