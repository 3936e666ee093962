/**
 * MQM TSV import and export on the public Chinese→English MQM annotations
 * (`../shared/data/mqm-zhen/`: WMT 2020, 2021, TED 2021, Anthea's 2023
 * side-by-side export, the WMT 2022 QE spans).
 *
 * The error counts are checked against a deliberately simple reading of the
 * same files, written here without any of the importer's code: split lines
 * on tabs, take the severity cell (the last cell that names a severity; the
 * `errors` list in the QE layout), count what is neither `No-error` nor an
 * attention check. Projects are made by `mqmTsvFormat.read`, as the app
 * and the CLI make them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProjectDraft } from '../../src/core/io/format.ts';
import { projectOf } from '../../src/core/io/format.test-support.ts';
import { mqmTsvFormat } from '../../src/core/io/mqm-tsv/format.ts';
import { readMqmTsv, type MqmRow } from '../../src/core/io/mqm-tsv/index.ts';
import type { MqmRecord } from '../../src/core/io/mqm-tsv/record.ts';
import { unitText } from '../../src/core/io/segments.ts';
import { validateDocument } from '../../src/core/model/validate.ts';
import { replay } from '../../src/core/review/index.ts';
import { sharedData } from './shared-data.ts';

const root = sharedData('mqm-zhen');

function tsvFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsvFiles(path);
    return name.endsWith('.tsv') ? [path] : [];
  });
}

/** Errors and attention checks per system, by the simple reading. */
function simpleCounts(text: string): Map<string, { errors: number; checks: number }> {
  const [header = '', ...lines] = text.split('\n');
  const errorsColumn = header.split('\t').indexOf('errors');
  const counts = new Map<string, { errors: number; checks: number }>();
  for (const line of lines) {
    if (!line.trim()) continue;
    const cells = line.split('\t');
    const system = cells[0] ?? '';
    const count = counts.get(system) ?? { errors: 0, checks: 0 };
    counts.set(system, count);
    if (errorsColumn !== -1) {
      count.errors += (cells[errorsColumn] ?? '')
        .split(' ')
        .filter((s) => s && s !== 'no-error').length;
      continue;
    }
    const severity = cells.findLast((cell) =>
      /^(major|minor|critical|neutral|no-error|hotw-test)$/i.test(cell),
    );
    if (/^hotw-test$/i.test(severity ?? '')) count.checks++;
    else if (severity && !/^no-error$/i.test(severity)) count.errors++;
  }
  return counts;
}

const recordOf = (draft: ProjectDraft) => draft.interchange?.data as MqmRecord;
const flagsOf = (draft: ProjectDraft) => [...replay(draft.review.ops).flags.values()];

describe.skipIf(!root)('MQM TSV files in ../shared/data/mqm-zhen', () => {
  const files = root ? tsvFiles(root) : [];

  it('finds the five releases', () => {
    expect(files).toHaveLength(5);
  });

  describe.each(files.map((path) => [path.slice((root ?? '').length), path]))(
    '%s',
    (_name, path) => {
      const text = readFileSync(path, 'utf8');
      const { drafts } = mqmTsvFormat.read(text, { fileName: path });

      it('imports every system with the error and attention-check counts of a simple reading', () => {
        const expected = simpleCounts(text);
        const systems = drafts.map((d) => recordOf(d).system);
        expect(systems.sort()).toEqual([...expected.keys()].sort());
        for (const draft of drafts) {
          const { system, segments } = recordOf(draft);
          expect({
            system,
            errors: flagsOf(draft).length,
            checks: segments.reduce((sum, ref) => sum + ref.attentionChecks.length, 0),
          }).toEqual({ system, ...expected.get(system) });
        }
      });

      it('builds valid documents with every flag anchored on its quote', () => {
        for (const draft of drafts) {
          validateDocument(draft.document);
          for (const flag of flagsOf(draft)) {
            const unit = draft.document.alignment.units[flag.anchor.unit];
            const own = unit ? unitText(draft.document, unit, flag.anchor.side) : null;
            expect(own?.slice(flag.anchor.position.start, flag.anchor.position.end)).toBe(
              flag.anchor.quote.exact,
            );
            expect(flag.anchor.quote.exact.length).toBeGreaterThan(0);
          }
        }
      });

      it('import → export → import gives the same drafts', () => {
        for (const draft of drafts) {
          const exported = mqmTsvFormat.write(projectOf(draft));
          expect(mqmTsvFormat.read(exported, { fileName: path }).drafts).toEqual([draft]);
        }
      });
    },
  );

  it('reads the WMT 2020 file with the broken header, saying so once', () => {
    const path = files.find((f) => f.includes('newstest2020'));
    if (!path) throw new Error('the WMT 2020 file is part of the data');
    const { drafts, warnings } = mqmTsvFormat.read(readFileSync(path, 'utf8'), {
      fileName: 'newstest2020.tsv',
    });
    const shortRows = warnings.filter((w) => w.code === 'short-rows');
    expect(shortRows.map((w) => [w.count, w.location])).toEqual([
      [193, { file: 'newstest2020.tsv', line: 2 }],
    ]);
    expect(shortRows[0]?.message).toContain('the header names 9 columns');
    const origins = drafts.flatMap((d) => Object.values(recordOf(d).flagOrigins));
    expect(origins).toHaveLength(193);
    expect(origins.every((origin) => origin.category === 'Source error')).toBe(true);
  });

  it('maps the category names of every release onto the typology', () => {
    const categories = new Set<string>();
    for (const path of files.filter((f) => !f.includes('qe-spans'))) {
      const { drafts, warnings } = mqmTsvFormat.read(readFileSync(path, 'utf8'), {
        fileName: path,
      });
      expect(warnings.filter((w) => w.code === 'unknown-category')).toEqual([]);
      for (const draft of drafts) for (const flag of flagsOf(draft)) categories.add(flag.category);
    }
    expect(categories).toContain('Non-translation');
    expect(categories).toContain('Terminology/Inappropriate for context');
    expect(categories).toContain('Locale convention/Address format');
    expect(categories).toContain('Style/Awkward');
  });

  it('writes the TED 2021 file back with the same rows, categories spelled as in the original', () => {
    const path = files.find((f) => f.includes('ted2021'));
    if (!path) throw new Error('the TED 2021 file is part of the data');
    const original = readMqmTsv(readFileSync(path, 'utf8')).rows;
    const key = (row: MqmRow) => [row.rater, row.category, row.severity].join('\t');
    const { drafts } = mqmTsvFormat.read(readFileSync(path, 'utf8'), { fileName: path });
    let rows = 0;
    for (const draft of drafts) {
      const { system } = recordOf(draft);
      const exported = readMqmTsv(mqmTsvFormat.write(projectOf(draft))).rows;
      const before = original.filter((row) => row.system === system);
      expect(exported.length).toBe(before.length);
      expect(exported.map(key).sort()).toEqual(before.map(key).sort());
      rows += exported.length;
    }
    expect(rows).toBe(original.length);
  });
});
