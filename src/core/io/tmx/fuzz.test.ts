/**
 * The TMX reader on hostile input: random bytes, random markup-heavy text
 * and small mutations of a valid file must give a result or an
 * `ImportError`, never another exception, and never hang.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../model/validate.ts';
import { ImportError } from '../import-error.ts';
import { documentFromSegments } from '../segments.ts';
import { readTmx } from './read.ts';
import { tmxToSegments } from './segments.ts';

/** Generated-input tests run thousands of cases; under a loaded machine they need more than the default 5 s. */
const TIMEOUT_MS = 30_000;

const VALID = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4"><header srclang="zh-CN" o-tmf="x"><note>n</note></header><body>
<tu tuid="1"><prop type="a">p</prop><tuv xml:lang="zh-CN"><seg>中文&amp;<bpt i="1">&lt;b></bpt>𠀀<ept i="1"/></seg></tuv>
<tuv lang="en"><seg>English <ph x="1">&lt;br/><sub>alt</sub></ph><hi>hi</hi><![CDATA[<c>]]></seg></tuv></tu>
</body></tmx>`;

function importQuietly(input: string | Uint8Array): void {
  try {
    const { tmx } = readTmx(input, { file: 'fuzz.tmx' });
    validateDocument(documentFromSegments(tmxToSegments(tmx).segments));
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    expect(error.location.file).toBe('fuzz.tmx');
  }
}

describe('readTmx (fuzz)', () => {
  it(
    'throws only ImportError on 10,000 random byte arrays',
    () => {
      const bytes = fc.oneof(
        fc.uint8Array({ maxLength: 40 }),
        fc.uint8Array({ maxLength: 40 }).map((b) => new Uint8Array([0xff, 0xfe, ...b])),
        fc.uint8Array({ maxLength: 40 }).map((b) => new Uint8Array([0x3c, 0x00, 0x3f, 0x00, ...b])),
      );
      fc.assert(fc.property(bytes, importQuietly), { numRuns: 10_000 });
    },
    TIMEOUT_MS,
  );

  it(
    'throws only ImportError on 10,000 random markup strings',
    () => {
      const token = fc.constantFrom(
        '<tmx version="1.4">',
        '</tmx>',
        '<body>',
        '</body>',
        '<header/>',
        '<tu>',
        '</tu>',
        '<tuv xml:lang="zh">',
        '<tuv lang="en">',
        '</tuv>',
        '<seg>',
        '</seg>',
        '<bpt i="1">',
        '</bpt>',
        '<sub>',
        '</sub>',
        '&amp;',
        '&#x1F600;',
        '&#0;',
        '&bogus;',
        '<![CDATA[',
        ']]>',
        '<!--',
        '-->',
        '<!DOCTYPE tmx [',
        '<!ENTITY',
        '"',
        '=',
        '中',
        ' ',
        '\n',
        '<?xml version="1.0"?>',
      );
      const text = fc
        .array(fc.oneof(token, fc.string({ maxLength: 2 })), { maxLength: 16 })
        .map((t) => t.join(''));
      fc.assert(fc.property(text, importQuietly), { numRuns: 10_000 });
    },
    TIMEOUT_MS,
  );

  it(
    'throws only ImportError on 10,000 mutations of a valid file',
    () => {
      const edit = fc.tuple(fc.nat(VALID.length), fc.nat(6), fc.string({ maxLength: 3 }));
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
          let text = VALID;
          for (const [at, remove, insert] of edits)
            text = text.slice(0, at) + insert + text.slice(at + remove);
          importQuietly(text);
        }),
        { numRuns: 10_000 },
      );
    },
    TIMEOUT_MS,
  );
});
