/**
 * The TMX reader on hostile input: random bytes, random markup-heavy text
 * and small mutations of a valid file must give a result or an
 * `ImportError`, never another exception, and never hang.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { validateDocument } from '../../model/validate.ts';
import {
  expectOnlyImportError,
  mutationsOf,
  projectOf,
  reopened,
  textsOf,
  XML_TOKENS,
} from '../format.test-support.ts';
import { documentFromSegments } from '../segments.ts';
import { tmxFormat } from './format.ts';
import { readTmx } from './read.ts';
import { tmxToSegments } from './segments.ts';

/** Generated-input tests run thousands of cases; under a loaded machine they need more than the default 5 s. */
const TIMEOUT_MS = 90_000;

const VALID = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4"><header srclang="zh-CN" o-tmf="x"><note>n</note></header><body>
<tu tuid="1"><prop type="a">p</prop><tuv xml:lang="zh-CN"><seg>中文&amp;<bpt i="1">&lt;b></bpt>𠀀<ept i="1"/></seg></tuv>
<tuv lang="en"><seg>English <ph x="1">&lt;br/><sub>alt</sub></ph><hi>hi</hi><![CDATA[<c>]]></seg></tuv></tu>
</body></tmx>`;

function importQuietly(input: string | Uint8Array): void {
  expectOnlyImportError('fuzz.tmx', () => {
    const { tmx } = readTmx(input, { file: 'fuzz.tmx' });
    validateDocument(documentFromSegments(tmxToSegments(tmx).segments));
  });
  // The format's entry point reads decoded text: it builds the draft, its
  // codes and record, and writes the project back.
  if (typeof input !== 'string') return;
  expectOnlyImportError('fuzz.tmx', () => {
    for (const draft of tmxFormat.read(input, { fileName: 'fuzz.tmx' }).drafts) {
      validateDocument(draft.document);
      const project = projectOf(draft);
      // The draft must be a project the app can save and open again.
      reopened(project);
      tmxFormat.write(project);
    }
  });
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
        '<!DOCTYPE tmx [',
        '<?xml version="1.0"?>',
        ...XML_TOKENS,
      );
      const text = textsOf(token, { maxLength: 16, noise: 2 });
      fc.assert(fc.property(text, importQuietly), { numRuns: 10_000 });
    },
    TIMEOUT_MS,
  );

  it(
    'throws only ImportError on 10,000 mutations of a valid file',
    () => {
      const mutated = mutationsOf(VALID, fc.string({ maxLength: 3 }), { maxCut: 6, maxEdits: 3 });
      fc.assert(fc.property(mutated, importQuietly), { numRuns: 10_000 });
    },
    TIMEOUT_MS,
  );
});
