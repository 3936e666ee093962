/**
 * XLIFF 1.x import and export on real files (`../shared/data/xliff/`):
 * Okapi's real-world files (SDLXLIFF, Passolo, ITS LQI), matecat's parser
 * fixtures, locize, OmegaT and Translate Toolkit. XLIFF 2 files in the same
 * folders are recognised as such and left to the XLIFF 2 tests.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../src/core/io/import-error.ts';
import { xliff12Format } from '../../src/core/io/xliff12/format.ts';
import { structureProblems } from '../../src/core/io/xliff12/structure.test-support.ts';
import { essentials, projectOf } from '../../src/core/io/xliff12/xliff12.test-support.ts';
import { decodeXml } from '../../src/core/io/xml/index.ts';
import { validateDocument } from '../../src/core/model/validate.ts';
import type { Project } from '../../src/core/model/project.ts';
import { describeSpan } from '../../src/core/anchor/index.ts';
import type { ReviewContext, ReviewOp } from '../../src/core/model/review-log.ts';
import { replay } from '../../src/core/review/apply.ts';
import { createFlag, flagAdded } from '../../src/core/review/commands.ts';
import { revisionSaved } from '../../src/core/revision/save.ts';
import { unitMarked } from '../../src/core/revision/status.ts';
import { unitVersions } from '../../src/core/revision/texts.ts';
import { sharedData } from './shared-data.ts';

const root = sharedData('xliff');

/** Every file under `dir` that may be XLIFF, recursively, skipping the XLIFF 2 conformance suites. */
function candidates(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return /^oasis-xliff-2|^schemas$/.test(name) ? [] : candidates(path);
    return /\.(xlf|xliff|sdlxliff|xml)$/i.test(name) ? [path] : [];
  });
}

interface Outcome {
  path: string;
  project?: Project;
  error?: ImportError;
  text: string;
}

/** Each candidate that is XLIFF 1.x by its content, read. */
function readAll(dir: string): { outcomes: Outcome[]; xliff2: string[] } {
  const outcomes: Outcome[] = [];
  const xliff2: string[] = [];
  for (const path of candidates(dir)) {
    const text = decodeXml(new Uint8Array(readFileSync(path)), path);
    const verdict = xliff12Format.detect(text.slice(0, 8192), path);
    if (verdict !== 2) {
      if (/<(\w+:)?xliff\b/.test(text.slice(0, 8192))) xliff2.push(path);
      continue;
    }
    try {
      outcomes.push({
        path,
        text,
        project: projectOf(xliff12Format.read(text, { fileName: path }).drafts[0]),
      });
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      outcomes.push({ path, text, error });
    }
  }
  return { outcomes, xliff2 };
}

describe.skipIf(!root)('every XLIFF 1.x file in ../shared/data/xliff', () => {
  const { outcomes, xliff2 } = root ? readAll(root) : { outcomes: [], xliff2: [] };
  const loaded = outcomes.filter((outcome) => outcome.project);
  const name = (outcome: Outcome) => relative(root ?? '', outcome.path);

  it('loads every well-formed file; refuses the broken ones with a location', () => {
    const refused = outcomes.filter((outcome) => outcome.error);
    // Measured: 105 of 108 XLIFF 1.x files load; 52 XLIFF 2 files are skipped.
    expect(loaded.length).toBeGreaterThanOrEqual(105);
    expect(xliff2.length).toBeGreaterThanOrEqual(50);
    expect(refused.map((outcome) => [name(outcome), outcome.error?.code]).sort()).toEqual([
      ['locize-xliff-fixtures/example_empty12.xliff', 'empty'],
      ['okapi-xliff-realworld/invalid_xml_entity.xlf', 'malformed'],
      ['omegat/filters3/file-XLIFFFilter-invalid-content.xlf', 'malformed'],
    ]);
    for (const outcome of refused.filter((o) => o.error?.code === 'malformed')) {
      expect(outcome.error?.location.line).toBeGreaterThan(0);
      expect(outcome.error?.location.column).toBeGreaterThan(0);
    }
    for (const outcome of loaded)
      expect(() => validateDocument(outcome.project!.document)).not.toThrow();
  });

  it('loads the SDLXLIFF, Passolo and 1.0/1.1 files among them', () => {
    const names = loaded.map(name);
    expect(names.filter((n) => n.endsWith('.sdlxliff')).length).toBeGreaterThanOrEqual(13);
    expect(names).toContain('okapi-xliff-realworld/PAS-10-Test01.xlf');
    expect(names).toContain('okapi-xliff-realworld/RB-11-Test01.xlf');
  });

  it('export → import keeps texts, codes, notes and flags of every loaded file, in valid 1.2', () => {
    const failures: string[] = [];
    for (const outcome of loaded) {
      const project = outcome.project!;
      const written = xliff12Format.write(project);
      const back = projectOf(xliff12Format.read(written, { fileName: outcome.path }).drafts[0]);
      try {
        expect(essentials(back)).toEqual(essentials(project));
      } catch {
        failures.push(name(outcome));
      }
      // Our additions must not make a file less valid than it came.
      const before = new Set(structureProblems(outcome.text));
      const added = structureProblems(written).filter((problem) => !before.has(problem));
      if (added.length > 0) failures.push(`${name(outcome)}: ${added.join('; ')}`);
    }
    expect(failures).toEqual([]);
  });
});

/** `project` with a flag, a revision with a flag on its text, and a status mark on each of its first units. */
function withReview(project: Project): Project {
  const ctx: ReviewContext = {
    author: { name: '审校', role: 'reviewer' },
    now: () => '2024-05-01T00:00:00.000Z',
    newId: (() => {
      let n = 0;
      return () => `t-${++n}`;
    })(),
  };
  const ops: ReviewOp[] = [...project.review.ops];
  const count = Math.min(project.document.alignment.units.length, 5);
  for (let unit = 0; unit < count; unit++) {
    const current = unitVersions(project.document, replay(ops), { mode: 'latest' })[unit];
    if (!current) continue;
    if (current.text.length > 0) {
      const anchor = describeSpan(current.text, 0, current.text.length, {
        side: 'target',
        unit,
        version: current.version,
      });
      ops.push(
        flagAdded(
          createFlag(
            { anchor, category: 'Style/Awkward', severity: 'minor', comment: '太长' },
            ctx,
          ),
          ctx,
        ),
      );
    }
    const saved = revisionSaved(unit, current, `${current.text} 改𠀀`, ctx, 'edit');
    if (saved) ops.push(saved);
    const revised = unitVersions(project.document, replay(ops), { mode: 'latest' })[unit];
    if (revised && revised.text.length > 2) {
      const anchor = describeSpan(revised.text, revised.text.length - 2, revised.text.length, {
        side: 'target',
        unit,
        version: revised.version,
      });
      ops.push(
        flagAdded(
          createFlag(
            { anchor, category: 'Fluency/Spelling', severity: 'major', suggestion: 'x' },
            ctx,
          ),
          ctx,
        ),
      );
      ops.push(unitMarked(unit, 'reviewed', revised.version, undefined, ctx));
    }
  }
  return { ...project, review: { ...project.review, ops } };
}

describe.skipIf(!root)('a review written into every loaded file', () => {
  const { outcomes } = root ? readAll(root) : { outcomes: [] };

  it('reads back with the same flags, revisions and statuses', () => {
    const failures: string[] = [];
    let flags = 0;
    for (const outcome of outcomes) {
      if (!outcome.project) continue;
      const project = withReview(outcome.project);
      flags += replay(project.review.ops).flags.size;
      const written = xliff12Format.write(project);
      const back = projectOf(xliff12Format.read(written, { fileName: outcome.path }).drafts[0]);
      try {
        expect(essentials(back)).toEqual(essentials(project));
      } catch {
        failures.push(relative(root ?? '', outcome.path));
      }
    }
    expect(failures).toEqual([]);
    expect(flags).toBeGreaterThan(500);
  });
});

describe.skipIf(!root)('particular files', () => {
  const load = (path: string) => {
    const full = join(root ?? '', path);
    const result = xliff12Format.read(decodeXml(new Uint8Array(readFileSync(full)), full), {
      fileName: full,
    });
    return { ...result, project: projectOf(result.drafts[0]) };
  };

  it('okapi lqiTest.xlf: standoff ITS issues become flags; issues in other files are named', () => {
    const { project, warnings } = load('okapi-xliff-realworld/lqiTest.xlf');
    const flags = [...replay(project.review.ops).flags.values()];
    expect(
      flags.map((flag) => [flag.anchor.side, flag.anchor.quote.exact, flag.category, flag.comment]),
    ).toEqual([
      ['source', 'error1', 'Other', 'comment1'],
      ['source', 'error1', 'Fluency/Spelling', 'comment2'],
    ]);
    expect(warnings.filter((warning) => warning.code === 'unresolved-issues')).toHaveLength(3);
  });

  it('okapi lqiExtensions.xlf: issues on a trans-unit flag its whole target', () => {
    const flags = [
      ...replay(load('okapi-xliff-realworld/lqiExtensions.xlf').project.review.ops).flags.values(),
    ];
    expect(flags.map((flag) => [flag.anchor.quote.exact, flag.category, flag.severity])).toEqual([
      ['Target segment.', 'Accuracy/Mistranslation', 'major'],
    ]);
  });

  it('matecat file-with-notes-and-malicious-code.xliff: notes are plain text, markup kept as text', () => {
    const { project } = load('matecat-xliff-parser/file-with-notes-and-malicious-code.xliff');
    const notes = Object.values(project.interchange?.notes ?? {})
      .flat()
      .map((note) => note.text);
    expect(notes).toContain("<script>alert('This is malicious code');</script>");
    expect(notes).toContain('This is another comment');
    expect(xliff12Format.write(project)).toContain(
      "<note><script>alert('This is malicious code');</script></note>",
    );
  });

  it('matecat Working_with_the_Review_tool.xlf (en → zh-CN): loads all its units, target language reported', () => {
    const path = 'matecat-xliff-parser/Working_with_the_Review_tool.xlf';
    const { project, warnings } = load(path);
    expect(project.document.alignment.units.length).toBeGreaterThanOrEqual(50);
    expect(warnings.find((warning) => warning.code === 'target-not-english')?.message).toContain(
      'zh-cn',
    );
    // The file is untranslated: its targets are empty `mrk`s, so there is no Chinese to show.
    const raw = readFileSync(join(root ?? '', path), 'utf8');
    expect(/\p{Script=Han}/u.test(raw)).toBe(false);
    expect(project.document.target.text).toBe('');
  });

  it('OmegaT RFE1506 (en → ja): CJK targets load as written', () => {
    const { project } = load('omegat/filters3/file-xliff-RFE1506-translated-expectation.xliff');
    expect(project.document.target.text).toContain('組織');
    expect(project.document.target.text).toContain('絵文字');
  });

  it('matecat v1-duplicate-ids.xliff loads with a warning', () => {
    const { project, warnings } = load('matecat-xliff-parser/v1-duplicate-ids.xliff');
    expect(project.document.alignment.units.length).toBeGreaterThan(1);
    expect(warnings.map((warning) => warning.code)).toContain('duplicate-id');
  });
});
