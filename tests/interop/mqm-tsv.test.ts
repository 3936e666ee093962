/**
 * MQM TSV import and export on the public Chinese→English MQM annotations
 * (`../shared/data/mqm-zhen/`: WMT 2020, 2021, TED 2021, Anthea's 2023
 * side-by-side export, the WMT 2022 QE spans).
 *
 * The error counts are checked against a deliberately simple reading of the
 * same files, written here without any of the importer's code: split lines
 * on tabs, take the severity cell (the last cell that names a severity; the
 * `errors` list in the QE layout), count what is neither `No-error` nor an
 * attention check.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  mqmToProjects,
  readMqmTsv,
  writeMqmTsv,
  type MqmProject,
} from '../../src/core/io/mqm-tsv/index.ts';
import { unitText } from '../../src/core/io/segments.ts';
import { validateDocument } from '../../src/core/model/validate.ts';
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

let counter = 0;
const newId = () => `flag-${++counter}`;

/** A project without what differs between two imports of the same data: flag ids. */
function comparable(project: MqmProject) {
  return {
    system: project.system,
    document: project.document,
    segments: project.segments,
    attentionChecks: project.attentionChecks,
    flags: project.flags.map(({ id, ...flag }) => ({ ...flag, origin: project.flagOrigins[id] })),
  };
}

describe.skipIf(!root)('MQM TSV files in ../shared/data/mqm-zhen', () => {
  const files = root ? tsvFiles(root) : [];

  it('finds the five releases', () => {
    expect(files).toHaveLength(5);
  });

  describe.each(files.map((path) => [path.slice((root ?? '').length), path]))(
    '%s',
    (_name, path) => {
      const text = readFileSync(path, 'utf8');
      const projects = mqmToProjects(readMqmTsv(text, { file: path }), {
        newId,
        now: new Date(0),
        file: path,
      });

      it('imports every system with the error and attention-check counts of a simple reading', () => {
        const expected = simpleCounts(text);
        expect(projects.map((p) => p.system).sort()).toEqual([...expected.keys()].sort());
        for (const project of projects) {
          expect({
            system: project.system,
            errors: project.flags.length,
            checks: project.attentionChecks,
          }).toEqual({
            system: project.system,
            ...expected.get(project.system),
          });
        }
      });

      it('builds valid documents with every flag anchored on its quote', () => {
        for (const project of projects) {
          validateDocument(project.document);
          for (const flag of project.flags) {
            const unit = project.document.alignment.units[flag.anchor.unit];
            const own = unit ? unitText(project.document, unit, flag.anchor.side) : null;
            expect(own?.slice(flag.anchor.position.start, flag.anchor.position.end)).toBe(
              flag.anchor.quote.exact,
            );
            expect(flag.anchor.quote.exact.length).toBeGreaterThan(0);
          }
        }
      });

      it('import → export → import gives the same projects', () => {
        for (const project of projects) {
          const exported = writeMqmTsv(project.document, project.flags, {
            system: project.system,
            segments: project.segments,
            flagOrigins: project.flagOrigins,
          });
          const again = mqmToProjects(readMqmTsv(exported), { newId, now: new Date(0) });
          expect(again.map(comparable)).toEqual([comparable(project)]);
        }
      });
    },
  );

  it('reads the WMT 2020 file with the broken header, saying so once', () => {
    const path = files.find((f) => f.includes('newstest2020'));
    if (!path) throw new Error('the WMT 2020 file is part of the data');
    const file = readMqmTsv(readFileSync(path, 'utf8'), { file: 'newstest2020.tsv' });
    expect(file.rows).toHaveLength(193);
    expect(file.warnings.map((w) => [w.code, w.count, w.location])).toEqual([
      ['short-rows', 193, { file: 'newstest2020.tsv', line: 2 }],
    ]);
    expect(file.warnings[0]?.message).toContain('the header names 9 columns');
    expect(file.rows.every((row) => row.category === 'Source error')).toBe(true);
  });

  it('maps the category names of every release onto the typology', () => {
    const categories = new Set<string>();
    for (const path of files.filter((f) => !f.includes('qe-spans'))) {
      for (const project of mqmToProjects(readMqmTsv(readFileSync(path, 'utf8')), { newId })) {
        expect(project.warnings.filter((w) => w.code === 'unknown-category')).toEqual([]);
        for (const flag of project.flags) categories.add(flag.category);
      }
    }
    expect(categories).toContain('Non-translation');
    expect(categories).toContain('Terminology/Inappropriate for context');
    expect(categories).toContain('Locale convention/Address format');
    expect(categories).toContain('Style/Awkward');
  });
});
