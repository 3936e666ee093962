/**
 * The MQM TSV importer on hostile input: random text in each layout and
 * small mutations of a valid file must give projects with valid documents
 * and anchors, or an `ImportError`; never another exception.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../model/validate.ts';
import { replay } from '../../review/index.ts';
import { expectOnlyImportError, mutationsOf, projectOf, reopened } from '../format.test-support.ts';
import { unitText } from '../segments.ts';
import { mqmTsvFormat } from './format.ts';

/** Generated-input tests run thousands of cases; under a loaded machine they need more than the default 5 s. */
const TIMEOUT_MS = 90_000;

const HEADERS = [
  'system\tdoc\tdoc_id\tseg_id\trater\tsource\ttarget\tcategory\tseverity',
  'system\tdoc\tdocSegId\tglobalSegId\trater\tsource\ttarget\tcategory\tseverity\tmetadata',
  'mt_system\tdoc_id\tseg_id\tannotator_id\tsource\ttarget\tstart_ids\tend_ids\terrors',
];

const VALID = [
  HEADERS[1],
  'S\td\t1\t1\tr1\t<v>源</v>文。\tText <v>here</v>.\tAccuracy/Omission\tMajor\t{"note":"n","timestamp":1}',
  'S\td\t1\t1\tr2\t源文。\tText here.\tNo-error\tNo-error\t{}',
  'S\td\t2\t2\tr3\t二。\t𠀀 two\tFound\tHOTW-test\t[1,2',
].join('\n');

function importQuietly(text: string): void {
  expectOnlyImportError('f.tsv', () => {
    // Through the format's entry point, which reads, builds each system's
    // project and its review log, and writes it back.
    for (const draft of mqmTsvFormat.read(text, { fileName: 'f.tsv' }).drafts) {
      validateDocument(draft.document);
      for (const flag of replay(draft.review.ops).flags.values()) {
        const unit = draft.document.alignment.units[flag.anchor.unit];
        if (!unit) throw new Error('a flag on a unit that does not exist');
        const own = unitText(draft.document, unit, flag.anchor.side) ?? '';
        const { start, end } = flag.anchor.position;
        expect(own.slice(start, end)).toBe(flag.anchor.quote.exact);
      }
      const project = projectOf(draft);
      // The draft must be a project the app can save and open again.
      reopened(project);
      mqmTsvFormat.write(project);
    }
  });
}

describe('MQM TSV import (fuzz)', () => {
  it(
    'throws only ImportError on 10,000 random files in the three layouts',
    () => {
      const cell = fc.oneof(
        fc.constantFrom(
          '<v>',
          '</v>',
          'Major',
          'No-error',
          'HOTW-test',
          'minor major',
          '-1',
          '0 3',
          '"',
          '""',
          '{}',
          '中文',
          '😀',
        ),
        fc.string({ maxLength: 3 }),
      );
      const line = fc.array(cell, { maxLength: 11 }).map((cells) => cells.join('\t'));
      const file = fc.tuple(
        fc.constantFrom(...HEADERS, 'garbage'),
        fc.array(line, { maxLength: 5 }),
      );
      fc.assert(
        fc.property(file, ([header, lines]) => importQuietly([header, ...lines].join('\n'))),
        { numRuns: 10_000 },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'throws only ImportError on 10,000 mutations of a valid file',
    () => {
      const insert = fc.constantFrom('\t', '\n', '<v>', '</v>', '"', '', 'x', '中');
      const mutated = mutationsOf(VALID, insert, { maxCut: 6, maxEdits: 4 });
      fc.assert(fc.property(mutated, importQuietly), { numRuns: 10_000 });
    },
    TIMEOUT_MS,
  );
});
