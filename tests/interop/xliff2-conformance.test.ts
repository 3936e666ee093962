/**
 * The OASIS XLIFF 2.1 and 2.2 conformance suites
 * (`../shared/data/xliff/oasis-xliff-2{1,2}-test-suite/{core,modules}`):
 * every `valid/` document must give no problem, every `invalid/` document
 * at least one, each naming an element path and a rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../src/core/io/import-error.ts';
import { validateXliff2 } from '../../src/core/io/xliff2/validate/index.ts';
import { parseXml } from '../../src/core/io/xml/index.ts';
import { sharedData } from './shared-data.ts';

/**
 * Valid-folder files of the 2.2 suite that are themselves wrong, so no
 * conforming validator can accept them (and the OASIS 2.2 schemas reject
 * them too). Listed, not hidden: the test prints them.
 */
const KNOWN_BROKEN_VALID: Record<string, string> = {
  'oasis-xliff-22-test-suite/modules/valid/Good-mda_top-level.xlf':
    '<meta> is written in the core namespace (no mda: prefix), where no such element exists',
  'oasis-xliff-22-test-suite/modules/valid/Good-pgs_plural.xlf':
    'not well-formed XML (a <target> is opened outside its segment and never closed; pgs: prefix undeclared)',
};

const SUITES = ['oasis-xliff-21-test-suite', 'oasis-xliff-22-test-suite'];

/** The problems of one file; a parse refusal counts as one problem. */
function problemsOf(path: string): string[] {
  try {
    const doc = parseXml(readFileSync(path, 'utf8'), { maxChars: 10_000_000, file: path });
    return validateXliff2(doc.root).map((p) => `${p.path}: ${p.message}`);
  } catch (error) {
    if (error instanceof ImportError) return [`not well-formed: ${error.message}`];
    throw error;
  }
}

for (const suite of SUITES) {
  const root = sharedData(`xliff/${suite}`);
  describe.skipIf(root === null)(`XLIFF 2 validation: ${suite}`, () => {
    if (root === null) return;
    for (const kind of ['valid', 'invalid'] as const) {
      it(`${kind} documents are ${kind === 'valid' ? 'accepted' : 'refused with a reason'}`, () => {
        const files = ['core', 'modules'].flatMap((part) =>
          readdirSync(join(root, part, kind))
            .filter((name) => name.endsWith('.xlf'))
            .map((name) => `${suite}/${part}/${kind}/${name}`),
        );
        const wrong: string[] = [];
        const gaps: string[] = [];
        let passed = 0;
        for (const file of files) {
          const problems = problemsOf(join(root, '..', file));
          const ok = kind === 'valid' ? problems.length === 0 : problems.length > 0;
          if (ok) passed += 1;
          else if (KNOWN_BROKEN_VALID[file]) gaps.push(`${file}: ${KNOWN_BROKEN_VALID[file]}`);
          else
            wrong.push(
              `${file}${problems.length ? `\n    ${problems.slice(0, 3).join('\n    ')}` : ''}`,
            );
          if (kind === 'invalid') {
            for (const problem of problems)
              expect(problem).toMatch(/^(xliff\S*: .{10,}|not well-formed: .+)$/);
          }
        }
        console.log(
          `${suite} ${kind}: ${passed} of ${files.length} ${kind === 'valid' ? 'accepted' : 'refused'}` +
            (gaps.length ? `; known suite errors (${gaps.length}):\n  ${gaps.join('\n  ')}` : ''),
        );
        expect(wrong).toEqual([]);
        expect(files.length).toBeGreaterThan(kind === 'valid' ? 50 : 150);
      });
    }
  });
}
