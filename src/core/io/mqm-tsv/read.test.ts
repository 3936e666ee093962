import { describe, expect, it } from 'vitest';
import { ImportError } from '../import-error.ts';
import { isMqmTsv, readMqmTsv } from './read.ts';
import { mark, unmark } from './spans.ts';
import { mapCategory, readSeverity } from './vocabulary.ts';
import { typologyById } from '../../typology/index.ts';

const WMT_HEADER = 'system\tdoc\tdoc_id\tseg_id\trater\tsource\ttarget\tcategory\tseverity';

function failure(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('readMqmTsv (WMT and Anthea layouts)', () => {
  it('reads rows by header name, with quoting off and CRLF line ends', () => {
    const text = [
      WMT_HEADER,
      'sysA\tdoc1\t1\t11\trater1\t他说"好\t<v>He</v> said "fine\tFluency/Grammar\tMinor',
      '',
      'sysB\tdoc1\t1\t11\trater2\t他说"好\tHe said "fine\tNo-error\tNo-error',
    ].join('\r\n');
    const file = readMqmTsv(text);
    expect(file.dialect).toBe('wmt');
    expect(file.systems).toEqual(['sysA', 'sysB']);
    expect(file.docs).toEqual(['doc1']);
    expect(file.warnings).toEqual([]);
    expect(file.rows[0]).toEqual({
      line: 2,
      system: 'sysA',
      doc: 'doc1',
      docSegId: '1',
      globalSegId: '11',
      rater: 'rater1',
      source: '他说"好',
      target: '<v>He</v> said "fine',
      category: 'Fluency/Grammar',
      severity: 'Minor',
    });
    expect(file.rows[1]?.line).toBe(4);
  });

  it('reads the Anthea layout with its metadata, ignoring the documentation header cell', () => {
    const text =
      'system\tdoc\tdocSegId\tglobalSegId\trater\tsource\ttarget\tcategory\tseverity\tmetadata\t# Documentation: https://example.org\n' +
      'S\tD\t1\t7\tr\t源\t<v>t</v>\tNon-translation!\tMajor\t{"note":"x"}\n';
    const file = readMqmTsv(text);
    expect(file.dialect).toBe('anthea');
    expect(file.rows[0]).toMatchObject({
      docSegId: '1',
      globalSegId: '7',
      metadata: '{"note":"x"}',
    });
  });

  it('reads rows shorter than the header from their severity, with one clear warning', () => {
    const text = [
      WMT_HEADER,
      'S\tD\t16\t源\t<v>t</v>\tSource error\tMinor\t',
      'S\tD\t17\t源二\tt2\tSource error\tMajor\t',
      'S\tD\tonly three fields',
    ].join('\n');
    const file = readMqmTsv(text, { file: 'broken.tsv' });
    expect(
      file.rows.map((r) => [
        r.doc,
        r.docSegId,
        r.globalSegId,
        r.rater,
        r.source,
        r.category,
        r.severity,
      ]),
    ).toEqual([
      ['D', '16', '', '', '源', 'Source error', 'Minor'],
      ['D', '17', '', '', '源二', 'Source error', 'Major'],
    ]);
    expect(file.warnings.map((w) => [w.code, w.count, w.location])).toEqual([
      ['short-rows', 2, { file: 'broken.tsv', line: 2 }],
      ['unreadable-row', 1, { file: 'broken.tsv', line: 4 }],
    ]);
    expect(file.warnings[0]?.message).toMatch(/9 columns .* 8 fields.* seg_id, rater left empty/);
  });

  it('tells MQM files from bilingual tables by their header', () => {
    expect(isMqmTsv(`\ufeff${WMT_HEADER}\r\nrow`)).toBe(true);
    expect(
      isMqmTsv(
        'mt_system\tdoc_id\tseg_id\tannotator_id\tsource\ttarget\tstart_ids\tend_ids\terrors',
      ),
    ).toBe(true);
    expect(isMqmTsv('source\ttarget\tstatus\n你好\tHello')).toBe(false);
  });

  it('refuses a file without the MQM columns, and an empty one', () => {
    expect(failure(() => readMqmTsv('a\tb\n1\t2\n', { file: 'x.tsv' }))).toMatchObject({
      code: 'invalid',
      location: { file: 'x.tsv', line: 1 },
    });
    expect(failure(() => readMqmTsv(' \n\n')).code).toBe('empty');
  });
});

describe('readMqmTsv (QE spans layout)', () => {
  const header =
    'mt_system\tdoc_id\tseg_id\tannotator_id\tsource\ttarget\tstart_ids\tend_ids\terrors';

  it('undoes RFC 4180 quotes and turns code point offsets into marks', () => {
    const text = [
      header,
      'M\td\t0\ta\t源\t"𠀀 said ""hi"" ok"\t0 8\t1 11\tmajor minor',
      'M\td\t1\ta\t源\tfine\t-1\t-1\tno-error',
    ].join('\n');
    const file = readMqmTsv(text);
    expect(file.dialect).toBe('qe-spans');
    expect(file.rows.map((r) => [r.target, r.severity, r.category])).toEqual([
      ['<v>𠀀</v> said "hi" ok', 'major', ''],
      ['𠀀 said "<v>hi"</v> ok', 'minor', ''],
      ['fine', 'No-error', ''],
    ]);
  });

  it('reads a field that opens a quote it never closes as written, and cuts spans at the end', () => {
    const text = [
      header,
      'M\td\t0\ta\t源\t"Hello, he said.\t0\t99\tmajor',
      'M\td\t1\ta\t源\tnext\t-1\t-1\tno-error',
    ].join('\n');
    const file = readMqmTsv(text);
    expect(file.rows.map((r) => r.target)).toEqual(['<v>"Hello, he said.</v>', 'next']);
    expect(file.warnings.map((w) => w.code)).toEqual(['unquoted-field', 'bad-span']);
  });
});

describe('marks', () => {
  it('takes the span out and puts it back', () => {
    expect(unmark('a <v>bc</v> d')).toEqual({
      text: 'a bc d',
      span: { start: 2, end: 4 },
      irregular: false,
    });
    expect(mark('a bc d', { start: 2, end: 4 })).toBe('a <v>bc</v> d');
    expect(unmark('no marks')).toEqual({ text: 'no marks', span: null, irregular: false });
  });

  it('reads marks that do not pair up as well as it can', () => {
    expect(unmark('a <v>bc')).toEqual({
      text: 'a bc',
      span: { start: 2, end: 4 },
      irregular: true,
    });
    expect(unmark('a</v> b')).toEqual({ text: 'a b', span: { start: 0, end: 1 }, irregular: true });
    expect(unmark('<v>a</v><v>b</v>')).toEqual({
      text: 'ab',
      span: { start: 0, end: 2 },
      irregular: true,
    });
  });
});

describe('vocabulary', () => {
  it('reads severities whatever their spelling', () => {
    expect(['Major', 'minor', 'CRITICAL', 'Neutral'].map((s) => readSeverity(s))).toEqual([
      { kind: 'error', severity: 'major' },
      { kind: 'error', severity: 'minor' },
      { kind: 'error', severity: 'critical' },
      { kind: 'error', severity: 'neutral' },
    ]);
    expect(
      ['No-error', 'no-error', 'No error', 'HOTW-test', 'Trivial'].map((s) => readSeverity(s).kind),
    ).toEqual(['no-error', 'no-error', 'no-error', 'attention-check', 'unknown']);
  });

  it('maps the category names of every release onto the WMT typology', () => {
    const typology = typologyById('wmt-mqm');
    if (!typology) throw new Error('the WMT typology ships with the app');
    const names: Record<string, string> = {
      'Non-translation!': 'Non-translation',
      Non_translation: 'Non-translation',
      'Terminology/Inappropriate': 'Terminology/Inappropriate for context',
      'Terminology/Inconsistent': 'Terminology/Inconsistent use of terminology',
      'Locale_convention/Name': 'Locale convention/Name format',
      'Locale_convention/Address': 'Locale convention/Address format',
      'Locale convention/Date format': 'Locale convention/Date format',
      'Style/Unnatural or awkward': 'Style/Awkward',
      'Accuracy/Omission (Translation 2)': 'Accuracy/Omission',
      'Source error': 'Source error',
      'Fluency/Punctuation': 'Fluency/Punctuation',
    };
    for (const [name, path] of Object.entries(names))
      expect(mapCategory(name, typology)).toBe(path);
    expect(mapCategory('Found', typology)).toBeNull();
  });
});
