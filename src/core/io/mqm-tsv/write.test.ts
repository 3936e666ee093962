import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Flag } from '../../model/flag.ts';
import { documentFromSegments } from '../segments.ts';
import type { MqmProject } from './project.ts';
import { readMqmTsv } from './read.ts';
import { mark } from './spans.ts';
import { mqmToProjects } from './to-projects.ts';
import { writeMqmTsv } from './write.ts';

/** Generated-input tests run thousands of cases; under a loaded machine they need more than the default 5 s. */
const TIMEOUT_MS = 30_000;

let counter = 0;
const newId = () => `id${++counter}`;

const flag = (fields: Partial<Flag> & Pick<Flag, 'anchor'>): Flag => ({
  id: newId(),
  category: 'Accuracy/Mistranslation',
  severity: 'major',
  comment: '',
  suggestion: null,
  status: 'open',
  author: { name: 'rev', role: 'reviewer' },
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
  origin: 'manual',
  ...fields,
});

const anchor = (
  unit: number,
  side: 'source' | 'target',
  start: number,
  end: number,
  exact: string,
) => ({
  side,
  unit,
  version: 'mt',
  quote: { type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector' as const, start, end },
});

describe('writeMqmTsv', () => {
  const document = documentFromSegments([
    { source: '他来了。', target: 'He\tcame.' },
    { source: '好。', target: 'Good.' },
  ]);

  it('writes one row per flag with its span marked, and No-error rows for units without flags', () => {
    const text = writeMqmTsv(
      document,
      [
        flag({
          anchor: anchor(0, 'target', 3, 7, 'came'),
          severity: 'minor',
          category: 'Fluency/Grammar',
        }),
        flag({
          anchor: anchor(0, 'source', 0, 1, '他'),
          author: { name: 'li', role: 'reviewer' },
          category: 'Accuracy/Omission',
        }),
      ],
      { system: 'mt-1', rater: 'nobody' },
    );
    expect(text.split('\n')).toEqual([
      'system\tdoc\tdoc_id\tseg_id\trater\tsource\ttarget\tcategory\tseverity',
      'mt-1\tdoc\t1\t1\trev\t他来了。\tHe <v>came</v>.\tFluency/Grammar\tMinor',
      'mt-1\tdoc\t1\t1\tli\t<v>他</v>来了。\tHe came.\tAccuracy/Omission\tMajor',
      'mt-1\tdoc\t2\t2\tnobody\t好。\tGood.\tNo-error\tNo-error',
      '',
    ]);
  });

  it('leaves out deleted and rejected flags and flags on revised text; their authors get No-error', () => {
    const text = writeMqmTsv(
      document,
      [
        flag({
          anchor: anchor(1, 'target', 0, 4, 'Good'),
          status: 'deleted',
          author: { name: 'a', role: 'reviewer' },
        }),
        flag({
          anchor: { ...anchor(1, 'target', 0, 4, 'Good'), version: 'rev:1' },
          author: { name: 'b', role: 'reviewer' },
        }),
        flag({
          anchor: anchor(1, 'target', 0, 4, 'Good'),
          status: 'resolved',
          author: { name: 'c', role: 'reviewer' },
        }),
      ],
      { system: 's' },
    );
    expect(text.split('\n').slice(2, -1)).toEqual([
      's\tdoc\t2\t2\tc\t好。\t<v>Good</v>.\tAccuracy/Mistranslation\tMajor',
      's\tdoc\t2\t2\ta\t好。\tGood.\tNo-error\tNo-error',
      's\tdoc\t2\t2\tb\t好。\tGood.\tNo-error\tNo-error',
    ]);
  });

  it('writes category names and metadata back as imported, unless the reviewer changed them', () => {
    const file = [
      'system\tdoc\tdocSegId\tglobalSegId\trater\tsource\ttarget\tcategory\tseverity\tmetadata',
      's\td\t1\t1\tr\t源\t<v>x</v> y\tNon_translation\tMajor\t{"note":"old","k":1}',
      's\td\t1\t1\tr\t源\tx <v>y</v>\tStyle/Unnatural or awkward\tMinor\t{"k":2}',
    ].join('\n');
    const [project] = mqmToProjects(readMqmTsv(file), { newId });
    if (!project) throw new Error('one system');
    const [first, second] = project.flags as [Flag, Flag];
    const edited = [
      { ...first, comment: 'new' },
      { ...second, category: 'Fluency/Grammar' },
    ];
    const out = writeMqmTsv(project.document, edited, {
      system: 's',
      segments: project.segments,
      flagOrigins: project.flagOrigins,
    });
    expect(out.split('\n').slice(1, -1)).toEqual([
      's\td\t1\t1\tr\t源\t<v>x</v> y\tNon_translation\tMajor\t{"note":"new","k":1}',
      's\td\t1\t1\tr\t源\tx <v>y</v>\tFluency/Grammar\tMinor\t{"k":2}',
    ]);
  });
});

// Generated MQM files: Chinese and astral text with quotes and edge spaces,
// several systems, documents and raters, spans on either side, the category
// and severity spellings of the releases, No-error and HOTW rows.
const chars = fc.constantFrom('中', '文', '。', 'a', 'B', ' ', '😀', '𠀀', '"', ',', '<', '>');
const text = fc.array(chars, { maxLength: 8 }).map((c) => `x${c.join('')}`);
const category = fc.constantFrom(
  'Accuracy/Mistranslation',
  'Accuracy/Omission (Translation)',
  'Non-translation!',
  'Non_translation',
  'Terminology/Inappropriate',
  'Locale_convention/Name',
  'Style/Unnatural or awkward',
  'Fluency/Punctuation',
  'Source error',
  'Made-up category',
);
const judgement = fc.oneof(
  fc.constant({ severity: 'No-error', category: 'No-error' }),
  fc.constant({ severity: 'HOTW-test', category: 'Found' }),
  fc.record({ severity: fc.constantFrom('Major', 'Minor', 'Critical', 'Neutral'), category }),
);
const row = fc.record({
  system: fc.constantFrom('sysA', 'hyp.sysB'),
  segment: fc.nat(4),
  rater: fc.constantFrom('rater1', 'rater2'),
  judgement,
  onSource: fc.boolean(),
  span: fc.tuple(fc.nat(12), fc.nat(12)),
  note: fc.option(fc.constantFrom('shorter', '注释'), { nil: undefined }),
});
const mqmFile = fc.record({
  sources: fc.array(text, { minLength: 5, maxLength: 5 }),
  targets: fc.array(text, { minLength: 10, maxLength: 10 }),
  rows: fc.array(row, { minLength: 1, maxLength: 10 }),
  anthea: fc.boolean(),
});

type GeneratedFile = typeof mqmFile extends fc.Arbitrary<infer T> ? T : never;

function fileText({ sources, targets, rows, anthea }: GeneratedFile): string {
  const header = anthea
    ? 'system\tdoc\tdocSegId\tglobalSegId\trater\tsource\ttarget\tcategory\tseverity\tmetadata'
    : 'system\tdoc\tdoc_id\tseg_id\trater\tsource\ttarget\tcategory\tseverity';
  const lines = rows.map((r) => {
    const source = sources[r.segment] as string;
    const target = targets[r.segment + (r.system === 'sysA' ? 0 : 5)] as string;
    const error = r.judgement.severity !== 'No-error' && r.judgement.severity !== 'HOTW-test';
    const marked = (value: string, side: boolean) => {
      if (!error || side !== r.onSource) return value;
      const [a, b] = r.span.map((n) => n % (value.length + 1)) as [number, number];
      return mark(value, { start: Math.min(a, b), end: Math.max(a, b) });
    };
    const doc = r.segment < 3 ? 'doc-1' : 'doc-2';
    const metadata = anthea ? [JSON.stringify(r.note ? { note: r.note } : {})] : [];
    return [
      r.system,
      doc,
      String(r.segment + 1),
      String(r.segment + 10),
      r.rater,
      marked(source, true),
      marked(target, false),
      r.judgement.category,
      r.judgement.severity,
      ...metadata,
    ].join('\t');
  });
  return [header, ...lines].join('\n');
}

function comparable(project: MqmProject) {
  return {
    system: project.system,
    document: project.document,
    segments: project.segments,
    flags: project.flags.map(({ id, ...rest }) => ({ ...rest, origin: project.flagOrigins[id] })),
  };
}

describe('MQM TSV round trip (properties)', () => {
  it(
    'import → export → import is the identity on projects',
    () => {
      fc.assert(
        fc.property(mqmFile, (generated) => {
          const now = new Date(0);
          const first = mqmToProjects(readMqmTsv(fileText(generated)), { newId, now });
          for (const project of first) {
            const out = writeMqmTsv(project.document, project.flags, {
              system: project.system,
              segments: project.segments,
              flagOrigins: project.flagOrigins,
            });
            const again = mqmToProjects(readMqmTsv(out), { newId, now });
            expect(again.map(comparable)).toEqual([comparable(project)]);
          }
        }),
        { numRuns: 1000 },
      );
    },
    TIMEOUT_MS,
  );
});
