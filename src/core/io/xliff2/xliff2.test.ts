/**
 * XLIFF 2 reader and writer: codes, notes, quality markers, write-back,
 * round trips of generated reviewed projects (fast-check), and the reader
 * on hostile input (10,000 cases).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../import-error.ts';
import { xliff2Format } from './format.ts';
import { asProject, reviewed, reviewSummary } from './reviewed.test-support.ts';

const doc = (body: string, extra = ''): string =>
  `<?xml version="1.0"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:its="http://www.w3.org/2005/11/its"${extra} version="2.1" srcLang="zh" trgLang="en"><file id="f"><unit id="u">${body}</unit></file></xliff>`;
const read = (text: string) => xliff2Format.read(text, { fileName: 't.xlf' });

describe('xliff2Format', () => {
  it('detects XLIFF 2 by root and version or namespace, not 1.2', () => {
    expect(xliff2Format.detect(doc(''), 'a.txt')).toBe(2);
    expect(
      xliff2Format.detect(
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
        'a.xlf',
      ),
    ).toBe(0);
    expect(xliff2Format.detect('<tmx version="1.4">', 'a.xlf')).toBe(0);
  });

  it('reads codes as placeholders shared by source and target, and notes', () => {
    const { drafts } = read(
      doc(
        '<notes><note category="c">n &lt;b></note></notes><segment><source>你<ph id="1"/>好<pc id="2">啊</pc></source><target>Hi<ph id="1"/> <pc id="2">there</pc></target></segment>',
      ),
    );
    const draft = drafts[0];
    const codes = draft?.interchange?.codes['0'] ?? [];
    expect(codes.map((c) => c.role)).toEqual(['standalone', 'open', 'close']);
    expect(draft?.document.target.text).toBe(
      `Hi${codes[0]?.char} ${codes[1]?.char}there${codes[2]?.char}`,
    );
    expect(draft?.interchange?.notes?.['0']).toEqual([{ text: 'n <b>', category: 'c' }]);
  });

  it('turns ITS quality markers into flags with mapped categories and severities', () => {
    const { drafts } = read(
      doc(
        '<segment><source>源</source><target>A <mrk id="m" type="its:any" its:locQualityIssueType="omission" its:locQualityIssueSeverity="90" its:locQualityIssueComment="c">bad</mrk> z</target></segment>',
      ),
    );
    const flag = drafts[0]?.review.ops[0]?.patch;
    expect(JSON.stringify(flag)).toContain('Accuracy/Omission');
    expect(JSON.stringify(flag)).toContain('critical');
    expect(drafts[0]?.document.target.text).toBe('A bad z');
  });

  it('refuses invalid files with a located message', () => {
    expect(() => read(doc('<segment><target>x</target></segment>'))).toThrow(ImportError);
    expect(() => read('<xliff version="1.2"/>')).toThrow(/not/);
  });

  it('reads a file that breaks a rule leniently when asked, the broken rule a warning', () => {
    const twice = `<?xml version="1.0"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh" trgLang="en"><file id="f"><unit id="u"><segment><source>一</source><target>One</target></segment></unit><unit id="u"><segment><source>二</source><target>Two</target></segment></unit></file></xliff>`;
    expect(() => read(twice)).toThrow(ImportError);
    const { drafts, warnings } = xliff2Format.read(twice, { fileName: 't.xlf', lenient: true });
    expect(drafts[0]?.document.target.text).toBe('One\nTwo');
    const broken = warnings.filter((w) => w.code === 'invalid');
    expect(broken).toHaveLength(1);
    expect(broken[0]?.message).toMatch(/u/);
  });

  it('writes an unreviewed file back unchanged but for namespace declarations', () => {
    const text = doc(
      '<segment id="s"><source>你<ph id="1"/></source><target> Hi <ph id="1"/> </target></segment><ignorable><source> </source></ignorable>',
    );
    const out = xliff2Format.write(asProject(read(text).drafts[0] as never));
    expect(out).toContain(
      '<target> Hi <ph id="1"/> </target></segment><ignorable><source> </source></ignorable>',
    );
  });
});

const segmentText = fc
  .array(fc.constantFrom('a', 'b', '你', '好', '𠀀', ' ', 'x&y', '<'), {
    minLength: 1,
    maxLength: 8,
  })
  .map((parts) => parts.join(''))
  .filter((s) => s.trim().length > 0);
const xmlText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

describe('round trip of reviewed projects (fast-check)', () => {
  it('import → review → export → import keeps texts, flags, revisions and statuses', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(segmentText, segmentText, fc.boolean(), fc.boolean()), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.integer({ min: 1, max: 50 }),
        (rows, seed) => {
          const body = rows
            .map(([zh, en, code, newUnit], i) => {
              const ph = code ? `<ph id="p${i}"/>` : '';
              const segment = `<segment id="s${i}"><source>${xmlText(zh)}${ph}</source><target>${xmlText(en)}${ph}</target></segment>`;
              return i > 0 && newUnit ? `</unit><unit id="u${i}">${segment}` : segment;
            })
            .join('');
          const draft = read(doc(body)).drafts[0];
          const project = reviewed(asProject(draft as never), seed);
          const back = asProject(read(xliff2Format.write(project)).drafts[0] as never);
          expect(reviewSummary(back)).toEqual(reviewSummary(project));
          expect(back.interchange?.codes).toEqual(project.interchange?.codes);
          const twice = asProject(read(xliff2Format.write(back)).drafts[0] as never);
          expect(reviewSummary(twice)).toEqual(reviewSummary(project));
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);
});

describe('readXliff2 (fuzz)', () => {
  it('throws only ImportError on 10,000 random markup strings', () => {
    const token = fc.constantFrom(
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="zh">',
      '</xliff>',
      '<file id="f">',
      '</file>',
      '<unit id="u">',
      '</unit>',
      '<segment>',
      '</segment>',
      '<source>',
      '</source>',
      '<target>',
      '</target>',
      '<ph id="1"/>',
      '<pc id="2">',
      '</pc>',
      '<sc id="3"/>',
      '<ec startRef="3"/>',
      '<mrk id="m" its:locQualityIssueType="x" xmlns:its="http://www.w3.org/2005/11/its">',
      '</mrk>',
      '<sm id="s"/>',
      '<em startRef="s"/>',
      '&amp;',
      '&bad;',
      '你好',
      '𠀀',
      '<![CDATA[x]]>',
      '<!ENTITY x "y">',
      ' ',
      '<',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 30 }), (tokens) => {
        try {
          read(tokens.join(''));
        } catch (error) {
          if (!(error instanceof ImportError)) throw error;
        }
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);
});
