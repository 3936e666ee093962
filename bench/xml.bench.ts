/**
 * XML benchmark: a generated ~50 MB XLIFF 2 file (90,000 units with notes,
 * original data, paired and standalone codes and comment annotations)
 * parsed by `parseXml` (our strict tokenizer, src/core/io/xml/) and checked
 * by `validateXliff2`, each timed on its own: the two steps of reading a
 * big interchange file before any format reader runs.
 *
 * Run with `npx tsx bench/xml.bench.ts`; prints JSON lines for the runner.
 */
import { parseXml } from '../src/core/io/xml/index.ts';
import { validateXliff2 } from '../src/core/io/xliff2/validate/index.ts';

const CHARS = 50_000_000;

/** One unit using most of what the validator checks inside a unit. */
function unit(n: number): string {
  return (
    `<unit id="u${n}"><notes><note id="n1">注释 ${n}</note></notes>` +
    '<originalData><data id="d1">&lt;b&gt;</data><data id="d2">&lt;/b&gt;</data></originalData>' +
    `<segment id="s${n}" state="translated"><source>这是第${n}个句子，` +
    '<sc id="1" dataRef="d1"/>加粗<ec startRef="1" dataRef="d2"/>还有<ph id="2"/>占位符和' +
    '<mrk id="m1" type="comment" ref="#n=n1">批注</mrk>。</source>' +
    `<target>This is sentence ${n}, <sc id="1" dataRef="d1"/>bold<ec startRef="1" dataRef="d2"/>` +
    ' and <ph id="2"/> a placeholder and <mrk id="m1" type="comment" ref="#n=n1">a note</mrk>.' +
    '</target></segment></unit>\n'
  );
}

/** An XLIFF 2.0 document of about `chars` characters, and its number of units. */
function bigXliff(chars: number): { text: string; units: number } {
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh" trgLang="en">' +
      '<file id="f1">\n',
  ];
  let size = 0;
  let units = 0;
  while (size < chars) {
    const xml = unit(units++);
    parts.push(xml);
    size += xml.length;
  }
  parts.push('</file></xliff>\n');
  return { text: parts.join(''), units };
}

const { text, units } = bigXliff(CHARS);

const parseStart = performance.now();
const { root } = parseXml(text, { maxChars: CHARS * 2, file: 'big.xlf' });
const parseMs = Math.round(performance.now() - parseStart);
const file = root.children.find((child) => typeof child !== 'string');
const read =
  typeof file === 'string' ? 0 : (file?.children.filter((c) => typeof c !== 'string').length ?? 0);
if (read !== units) throw new Error(`expected ${units} units, parsed ${read}`);

const validateStart = performance.now();
const problems = validateXliff2(root);
const validateMs = Math.round(performance.now() - validateStart);
if (problems.length > 0) throw new Error(`the generated file is invalid: ${problems[0]?.message}`);

const mb = Math.round(text.length / 1_000_000);
const heapMb = Math.round(process.memoryUsage().heapUsed / 1_000_000);
console.log(JSON.stringify({ name: 'xml-parse-50mb', ms: parseMs, mchars: mb, units }));
console.log(JSON.stringify({ name: 'xliff2-validate-50mb', ms: validateMs, units, heapMb }));
