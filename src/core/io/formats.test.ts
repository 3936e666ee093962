import { describe, expect, it } from 'vitest';
import type { InterchangeFormat, InterchangeFormatId } from './format.ts';
import {
  decodeInterchange,
  detectInterchangeFormat,
  INTERCHANGE_FORMAT_IDS,
  MAX_INTERCHANGE_BYTES,
  projectFromDraft,
  readInterchange,
} from './formats.ts';
import { ImportError } from './import-error.ts';

const XLIFF2 =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh-CN" trgLang="en">\n' +
  '<file id="f"><unit id="u1"><segment><source>你好。</source><target>Hello.</target></segment></unit></file>\n' +
  '</xliff>\n';

const XLIFF12 =
  '<?xml version="1.0"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n' +
  '<file original="a" source-language="zh-CN" target-language="en" datatype="plaintext"><body>\n' +
  '<trans-unit id="1"><source>你好。</source><target>Hello.</target></trans-unit>\n' +
  '</body></file></xliff>\n';

const TMX =
  '<?xml version="1.0"?>\n<tmx version="1.4"><header creationtool="t" creationtoolversion="1" ' +
  'segtype="sentence" o-tmf="t" adminlang="en" srclang="zh-CN" datatype="plaintext"/>\n' +
  '<body><tu><tuv xml:lang="zh-CN"><seg>你好。</seg></tuv><tuv xml:lang="en"><seg>Hello.</seg></tuv></tu></body></tmx>\n';

const MQM =
  'system\tdoc\tdocSegId\tglobalSegId\trater\tsource\ttarget\tcategory\tseverity\n' +
  'sysA\tdoc1\t1\t1\trater1\t你好。\t<v>Hallo</v>.\tAccuracy/Mistranslation\tMajor\n';

const CSV = 'source,target\n你好。,Hello.\n';

/** Each real file, under a name that says something else. */
const MISNAMED: [InterchangeFormatId, string, string][] = [
  ['xliff2', XLIFF2, 'job.xlf.txt'],
  ['xliff2', XLIFF2, 'job.tmx'],
  ['xliff12', XLIFF12, 'memory.tmx'],
  ['xliff12', XLIFF12, 'export.xml'],
  ['tmx', TMX, 'memory.xlf'],
  ['tmx', TMX, 'memory.csv'],
  ['mqm-tsv', MQM, 'ratings.txt'],
  ['mqm-tsv', MQM, 'ratings.csv'],
  ['csv', CSV, 'pairs.txt'],
];

describe('detectInterchangeFormat with the real formats', () => {
  it.for(MISNAMED)('tells %s from its content in %s', ([id, text, name]) => {
    const detected = detectInterchangeFormat(text, name);
    expect(detected?.kind).toBe('interchange');
    expect(detected?.kind === 'interchange' && detected.format.id).toBe(id);
    expect(detected?.kind === 'interchange' && detected.certainty).toBe(2);
  });

  it('recognises project and review files by their format, whatever their name', () => {
    const project = '{\n  "format": "duizhao-project",\n  "version": 2}';
    const review = '\ufeff{"format": "duizhao-review", "version": 1}';
    expect(detectInterchangeFormat(project, 'x.xlf')).toEqual({ kind: 'project' });
    expect(detectInterchangeFormat(review, 'x.duizhao.json')).toEqual({ kind: 'review' });
    // Other JSON is not ours unless its name says so, and then the project reader explains.
    expect(detectInterchangeFormat('{"a": 1}', 'data.txt')).toBeNull();
    expect(detectInterchangeFormat('{"a": 1}', 'data.json')).toEqual({ kind: 'project' });
  });

  it('finds nothing in plain prose', () => {
    expect(detectInterchangeFormat('Just an English sentence.\nAnd another.\n', 'notes.txt')).toBe(
      null,
    );
  });

  it('reads each misnamed file with the format its content names', () => {
    for (const [id, text, name] of MISNAMED) {
      const read = readInterchange(text, { fileName: name });
      expect(read.format, name).toBe(id);
      expect(read.drafts.length, name).toBeGreaterThan(0);
      expect(read.drafts[0]?.document.alignment.units.length, name).toBeGreaterThan(0);
    }
  });

  it('refuses a project file and an unknown file with a typed error naming the file', () => {
    const project = () =>
      readInterchange('{"format": "duizhao-project"}', { fileName: 'p.duizhao.json' });
    expect(project).toThrow(ImportError);
    expect(project).toThrow(/^p\.duizhao\.json: the file is a Duizhao project file/);
    expect(() => readInterchange('hello\n', { fileName: 'a.txt' })).toThrow(
      /a\.txt: the file is in no format/,
    );
  });

  it('lists every format once', () => {
    expect([...INTERCHANGE_FORMAT_IDS].sort()).toEqual(
      ['csv', 'mqm-tsv', 'tmx', 'xliff12', 'xliff2'].sort(),
    );
  });
});

/** A format that claims files by one marker in the content, or by one extension. */
function fake(id: InterchangeFormatId, marker: string, extension: string): InterchangeFormat {
  return {
    id,
    extensions: [extension],
    mimeType: 'text/plain',
    detect: (head, name) => (head.includes(marker) ? 2 : name.endsWith(`.${extension}`) ? 1 : 0),
    read: (_text, options) => ({
      drafts: id === 'csv' ? [] : [{ name: `${id} ${options.fileName}` } as never],
      warnings: [],
    }),
    write: () => '',
  };
}

describe('detectInterchangeFormat rules', () => {
  const formats = [fake('tmx', '<tmx', 'tmx'), fake('xliff2', '<xliff', 'xlf')];

  it('lets content beat the extension, and the extension decide when content is silent', () => {
    const pick = (head: string, name: string) => {
      const found = detectInterchangeFormat(head, name, formats);
      return found?.kind === 'interchange' ? [found.format.id, found.certainty] : found;
    };
    expect(pick('<tmx>', 'a.xlf')).toEqual(['tmx', 2]);
    expect(pick('<xliff>', 'a.tmx')).toEqual(['xliff2', 2]);
    expect(pick('garbage', 'a.xlf')).toEqual(['xliff2', 1]);
    expect(pick('garbage', 'a.txt')).toBeNull();
  });

  it('gives ties to the earlier format', () => {
    const found = detectInterchangeFormat('<tmx><xliff>', 'a', formats);
    expect(found?.kind === 'interchange' && found.format.id).toBe('tmx');
  });

  it('reads with a format given by the caller, and refuses a reader that found nothing', () => {
    const all = [...formats, fake('csv', 'never', 'csv')];
    expect(readInterchange('<tmx>', { fileName: 'a', format: 'xliff2' }, all).format).toBe(
      'xliff2',
    );
    expect(() => readInterchange('x', { fileName: 'a.csv' }, all)).toThrow(
      /a\.csv: the file has nothing to import/,
    );
  });
});

describe('decodeInterchange', () => {
  it('decodes UTF-16 XML by its byte pattern and a text file by decode.ts, normalising breaks', () => {
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...Array.from('<x/>\r\n', (c) => [c.charCodeAt(0), 0]).flat(),
    ]);
    expect(decodeInterchange(utf16, 'a.xml')).toBe('<x/>\n');
    const latin1 = new TextEncoder().encode('<?xml version="1.0" encoding="ISO-8859-1"?><x/>');
    expect(decodeInterchange(latin1, 'a.xml')).toContain('<x/>');
    expect(decodeInterchange(new TextEncoder().encode('a,b\r\n'), 'a.csv')).toBe('a,b\n');
  });

  it('refuses a file over the limit before decoding it', () => {
    const big = { length: MAX_INTERCHANGE_BYTES + 1 } as Uint8Array;
    expect(() => decodeInterchange(big, 'big.xlf')).toThrow(/big\.xlf: the file is too large/);
  });
});

describe('projectFromDraft', () => {
  it('adds the identity, dates and view the caller gives, and keeps the draft', () => {
    const draft = readInterchange(XLIFF2, { fileName: 'a.xlf' }).drafts[0];
    if (!draft) throw new Error('no draft');
    const now = new Date('2024-05-06T07:08:09.000Z');
    const project = projectFromDraft(draft, { id: 'p1', now, view: { activeUnit: 0 } });
    expect(project).toMatchObject({
      id: 'p1',
      origin: 'import',
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      document: draft.document,
      review: draft.review,
    });
    expect(project.interchange?.format).toBe('xliff2');
  });
});
