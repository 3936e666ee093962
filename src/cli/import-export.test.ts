/**
 * `duizhao import` and `duizhao export` through the binary: texts, TMX, MQM
 * TSV and project files in; transcripts, memories, tables and reviews out;
 * and the refusals, with exit code 2 and the place in the file.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// Each case starts Node and tsx at least once; on a busy machine that takes seconds.
const slow = { timeout: 30_000 };
import { readProjectFile } from '../core/io/project-file.ts';
import { readTmx, tmxToSegments } from '../core/io/tmx/index.ts';
import { escapeXmlText } from '../core/io/xml/index.ts';
import { replay } from '../core/review/index.ts';
import { duizhao, duizhaoInProcess, root, succeeds } from './run-binary.test-support.ts';
import { systemOutputPath } from './commands/import.ts';

const zhPath = join(root, 'fixtures/press-conference.source.zh.txt');
const enPath = join(root, 'fixtures/press-conference.mt.en.txt');
const tedPath = join(root, '../shared/data/mqm-zhen/ted2021/mqm_ted_zhen.talk5+talk7.tsv');

/** Pairs of the generated memory: an entity, an astral character, a CJK full stop. */
const PAIRS: [string, string][] = [
  ['今天天气很好。', 'The weather is fine today.'],
  ['我们去公园吧 😀。', "Let's go to the park 😀."],
  ['价格是5元&税。', 'The price is 5 yuan & tax.'],
];

function tmxOf(pairs: readonly [string, string][]): string {
  const units = pairs
    .map(
      ([zh, en], i) =>
        `    <tu tuid="${i + 1}">\n      <tuv xml:lang="zh-CN"><seg>${escapeXmlText(zh)}</seg></tuv>\n` +
        `      <tuv xml:lang="en-US"><seg>${escapeXmlText(en)}</seg></tuv>\n    </tu>`,
    )
    .join('\n');
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n' +
    '  <header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="test"' +
    ' adminlang="en" srclang="zh-CN" datatype="plaintext"/>\n' +
    `  <body>\n${units}\n  </body>\n</tmx>\n`
  );
}

let tmp: string;
let demoProject: string;
beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'duizhao-import-'));
  demoProject = join(tmp, 'demo.duizhao.json');
  const run = await duizhao('import', zhPath, enPath, '-o', demoProject);
  expect(run.stderr).toBe('');
  expect(run.code, run.stderr).toBe(0);
  writeFileSync(join(tmp, 'memory.tmx'), tmxOf(PAIRS));
}, 30_000);

describe('import SOURCE TARGET, then export', slow, () => {
  it('writes a project the app reads, whose txt export is the MT with its paragraphs', async () => {
    const project = readProjectFile(readFileSync(demoProject, 'utf8'));
    expect(project.origin).toBe('import');
    expect(project.sourceFileName).toBe('press-conference.source.zh.txt');
    expect(project.document.target.segmentation.paragraphs).toHaveLength(17);
    const run = await duizhao('export', demoProject, '--to', 'txt');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(readFileSync(enPath, 'utf8'));
  });

  it('exports md with one block per MT paragraph and a docx that is a zip', async () => {
    const docx = join(tmp, 'demo.docx');
    const [md, word] = await Promise.all([
      duizhao('export', demoProject, '--to', 'md'),
      duizhao('export', demoProject, '--to', 'docx', '-o', docx),
    ]);
    expect(md.code, md.stderr).toBe(0);
    // A title block, then the 17 paragraphs.
    expect(md.stdout.trimEnd().split('\n\n')).toHaveLength(18);
    expect(word.code, word.stderr).toBe(0);
    expect([...readFileSync(docx).subarray(0, 2)]).toEqual([0x50, 0x4b]);
  });

  it('exports the review as a review file, which exports again only with its project', async () => {
    const review = join(tmp, 'demo.review.json');
    expect((await duizhao('export', demoProject, '--to', 'review-json', '-o', review)).code).toBe(
      0,
    );
    const [alone, withProject, again] = await Promise.all([
      duizhao('export', review, '--to', 'txt'),
      duizhao('export', review, '--project', demoProject, '--to', 'txt'),
      duizhao('export', review, '--to', 'review-json'),
    ]);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toMatch(/review file, which holds flags but no text.*--project/);
    expect(withProject.code, withProject.stderr).toBe(0);
    expect(withProject.stdout).toBe(readFileSync(enPath, 'utf8'));
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ format: 'duizhao-review', ops: [] });
  });
});

describe('TMX round trip', slow, () => {
  it('keeps every pair through import, export --to tmx and a second import', async () => {
    const first = join(tmp, 'memory.duizhao.json');
    const exported = join(tmp, 'exported.tmx');
    const second = join(tmp, 'again.duizhao.json');
    const imported = await duizhao('import', join(tmp, 'memory.tmx'), '-o', first);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/3 units, 0 flags/);
    await succeeds('export', first, '--to', 'tmx', '-o', exported);
    const { segments } = tmxToSegments(readTmx(readFileSync(exported)).tmx);
    expect(segments.map((s) => [s.source, s.target])).toEqual(PAIRS);
    await succeeds('import', exported, '-o', second);
    const a = readProjectFile(readFileSync(first, 'utf8')).document;
    const b = readProjectFile(readFileSync(second, 'utf8')).document;
    expect(b).toEqual(a);
  });

  it('reads its own csv export back to the same document', async () => {
    const csv = join(tmp, 'memory.csv');
    const first = join(tmp, 'memory-for-csv.duizhao.json');
    const fromCsv = join(tmp, 'from-csv.duizhao.json');
    await succeeds('import', join(tmp, 'memory.tmx'), '-o', first);
    await succeeds('export', first, '--to', 'csv', '-o', csv);
    await succeeds('import', csv, '-o', fromCsv);
    const a = readProjectFile(readFileSync(first, 'utf8')).document;
    const b = readProjectFile(readFileSync(fromCsv, 'utf8')).document;
    expect(b).toEqual(a);
  });
});

/** An XLIFF 2 file of the generated pairs, the second with an inline code. */
function xliff2Of(pairs: readonly [string, string][]): string {
  const units = pairs
    .map(([zh, en], i) => {
      const code = i === 1 ? '<ph id="1" equiv="{0}"/>' : '';
      return (
        `  <unit id="u${i + 1}"><segment><source>${escapeXmlText(zh)}${code}</source>` +
        `<target>${escapeXmlText(en)}${code}</target></segment></unit>`
      );
    })
    .join('\n');
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh-CN" trgLang="en-US">\n' +
    `<file id="f1">\n${units}\n</file>\n</xliff>\n`
  );
}

describe('XLIFF import and export', slow, () => {
  it('imports an XLIFF 2 file named .txt by its content, and reads its own export back', async () => {
    writeFileSync(join(tmp, 'misnamed.txt'), xliff2Of(PAIRS));
    const first = join(tmp, 'xliff.duizhao.json');
    const imported = await duizhao('import', join(tmp, 'misnamed.txt'), '-o', first);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/3 units, 0 flags/);
    const project = readProjectFile(readFileSync(first, 'utf8'));
    expect(project.interchange?.format).toBe('xliff2');
    // The code of the second unit is one placeholder character on each side.
    expect(Object.keys(project.interchange?.codes ?? {})).toEqual(['1']);
    const exported = join(tmp, 'exported.xlf');
    await succeeds('export', first, '--to', 'xliff2', '-o', exported);
    const xml = readFileSync(exported, 'utf8');
    expect(xml).toMatch(/<xliff[^>]*version="2\.[012]"/);
    expect(xml).toContain('<ph id="1"');
    const second = join(tmp, 'xliff-again.duizhao.json');
    await succeeds('import', exported, '-o', second);
    expect(readProjectFile(readFileSync(second, 'utf8')).document).toEqual(project.document);
  });

  it('refuses an XLIFF 2 file that breaks a rule, naming it, and reads it with --lenient', async () => {
    const twice = xliff2Of(PAIRS.slice(0, 2)).replace(/<unit id="[^"]*"/g, '<unit id="same"');
    const path = join(tmp, 'twice.xlf');
    writeFileSync(path, twice);
    const refused = await duizhao('import', path, '-o', join(tmp, 'twice.duizhao.json'));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/twice\.xlf:\d+:\d+.*same/);
    const lenient = await duizhao(
      'import',
      path,
      '--lenient',
      '-o',
      join(tmp, 'twice.duizhao.json'),
    );
    expect(lenient.code, lenient.stderr).toBe(0);
    expect(lenient.stderr).toMatch(/same/);
    expect(lenient.stdout).toMatch(/2 units/);
  });

  it('exports a project made from texts as XLIFF 1.2 that imports to the same texts', async () => {
    const xlf = join(tmp, 'demo.xlf');
    const again = join(tmp, 'demo-from-xliff12.duizhao.json');
    await succeeds('export', demoProject, '--to', 'xliff12', '-o', xlf);
    expect(readFileSync(xlf, 'utf8')).toMatch(/<xliff[^>]*version="1\.2"/);
    const run = await duizhao('import', xlf, '-o', again);
    expect(run.code, run.stderr).toBe(0);
    const before = readProjectFile(readFileSync(demoProject, 'utf8')).document;
    const after = readProjectFile(readFileSync(again, 'utf8')).document;
    expect(after.alignment.units).toHaveLength(before.alignment.units.length);
    // Units joined into one paragraph are separated as segments.ts joins them: compare without spaces.
    expect(after.target.text.replace(/\s+/g, '')).toBe(before.target.text.replace(/\s+/g, ''));
  });
});

describe.skipIf(!existsSync(tedPath))('MQM TSV (WMT 2021 TED, Chinese→English)', slow, () => {
  it('imports one system with --system, one flag per Major or Minor row', async () => {
    const rows = readFileSync(tedPath, 'utf8')
      .split('\n')
      .map((line) => line.split('\t'))
      .filter((fields) => fields[0] === 'Online-W');
    const errors = rows.filter((fields) => /^(Major|Minor)$/.test(fields[8] ?? '')).length;
    expect(errors).toBeGreaterThan(0);
    const out = join(tmp, 'ted.duizhao.json');
    const run = await duizhao('import', tedPath, '--system', 'Online-W', '-o', out);
    expect(run.code, run.stderr).toBe(0);
    const project = readProjectFile(readFileSync(out, 'utf8'));
    expect(project.document.alignment.units).toHaveLength(101);
    expect(replay(project.review.ops).flags.size).toBe(errors);
    expect(run.stdout).toContain(`101 units, ${errors} flags`);
    // The flags go back out as MQM rows with the same severities.
    const tsv = await duizhao('export', out, '--to', 'mqm-tsv');
    const severities = tsv.stdout.split('\n').map((line) => line.split('\t')[8]);
    expect(severities.filter((s) => s === 'Major' || s === 'Minor')).toHaveLength(errors);
  });

  it('writes one project per system without --system, and names a missing system', async () => {
    const systems = new Set(
      readFileSync(tedPath, 'utf8')
        .split('\n')
        .slice(1)
        .filter((line) => line.trim())
        .map((line) => line.split('\t')[0]),
    );
    const folder = mkdtempSync(join(tmp, 'systems-'));
    const [all, missing] = await Promise.all([
      duizhao('import', tedPath, '-o', join(folder, 'ted.duizhao.json')),
      duizhao('import', tedPath, '--system', 'Online-Z', '-o', join(folder, 'z.duizhao.json')),
    ]);
    expect(all.code, all.stderr).toBe(0);
    expect(all.stdout).toMatch(new RegExp(`holds ${systems.size} systems`));
    expect(readdirSync(folder).sort()).toEqual(
      [...systems].map((s) => `ted.${s}.duizhao.json`).sort(),
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(
      /mqm_ted_zhen\.talk5\+talk7\.tsv: the file has no system "Online-Z"/,
    );
  });
});
if (!existsSync(tedPath)) console.log(`skipped MQM TSV import: ${tedPath} is absent`);

describe('systemOutputPath', () => {
  it('puts the system before the project extension, made safe for a file name', () => {
    expect(systemOutputPath('out/ted.duizhao.json', 'Online-W')).toBe(
      'out/ted.Online-W.duizhao.json',
    );
    expect(systemOutputPath('ted.json', 'hyp.A/B c')).toBe('ted.hyp.A_B_c.json');
    expect(systemOutputPath('ted', '../x')).toBe('ted.x.duizhao.json');
  });
});

// In process: the binary's exit code is checked above (a missing system); these check messages.
describe('bad input exits with code 2 and says where', () => {
  const file = (name: string, content: string) => {
    const path = join(tmp, name);
    writeFileSync(path, content);
    return path;
  };
  const cases: [string, () => string[], RegExp][] = [
    [
      'a file of no known format',
      () => ['import', enPath, '-o', join(tmp, 'x.json')],
      /cannot tell the format of .*press-conference\.mt\.en\.txt/,
    ],
    [
      'a TMX that is not well-formed',
      () => [
        'import',
        file('broken.tmx', '<tmx version="1.4">\n<body>\n<tu><tuv xml:lang="en"><seg>a</tuv>\n'),
        '-o',
        join(tmp, 'x.json'),
      ],
      /^duizhao: broken\.tmx:\d+:\d+/,
    ],
    [
      'a project file that is not JSON',
      () => [
        'export',
        file('bad.duizhao.json', '{"format": "duizhao-project",\n  oops}'),
        '--to',
        'txt',
      ],
      /bad\.duizhao\.json: The file is not valid JSON \(line 2, column \d+\)/,
    ],
    [
      'a review file given to import',
      () => [
        'import',
        file('r.review.json', '{"format": "duizhao-review"}'),
        '-o',
        join(tmp, 'x.json'),
      ],
      /is a review file, which holds flags but no text/,
    ],
    [
      'import without -o',
      () => ['import', zhPath, enPath],
      /give the project file to write with -o/,
    ],
    [
      'an XLIFF that is not well-formed',
      () => [
        'import',
        file(
          'broken.xlf',
          '<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="zh">\n<file id="f"><unit id="u"><segment><source>a</target>',
        ),
        '-o',
        join(tmp, 'x.json'),
      ],
      /^duizhao: broken\.xlf:\d+:\d+/,
    ],
    [
      'an unknown export format',
      () => ['export', demoProject, '--to', 'pdf'],
      /--to must be one of txt, md/,
    ],
    [
      'docx without -o',
      () => ['export', demoProject, '--to', 'docx'],
      /binary file: give its name with -o/,
    ],
    [
      '--tracked on txt',
      () => ['export', demoProject, '--to', 'txt', '--tracked'],
      /--tracked applies to --to docx/,
    ],
    [
      '--project with a project file',
      () => ['export', demoProject, '--project', demoProject, '--to', 'txt'],
      /--project is for review files/,
    ],
  ];
  it.for(cases)('%s', async ([, args, message]) => {
    const run = await duizhaoInProcess(...args());
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });
});
