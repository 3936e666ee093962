import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../align/index.ts';
import type { Project } from '../model/project.ts';
import { describeSpan } from '../anchor/index.ts';
import { createFlag, flagAdded, flagChanged } from '../review/index.ts';
import {
  MAX_PROJECT_FILE_CHARS,
  ProjectFileError,
  projectFileJsonSchema,
  readProjectFile,
  writeProjectFile,
  type ProjectFileErrorCode,
} from './project-file.ts';

const root = new URL('../../../', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, root), 'utf8');

function demoProject(): Project {
  const document = buildDocument(
    fixture('press-conference.source.zh.txt'),
    fixture('press-conference.mt.en.txt'),
  );
  const unit = document.alignment.units[3]!.target!;
  const unitText = document.target.text.slice(unit.start, unit.end);
  let tick = 0;
  const ctx = {
    author: { name: 'Li Wei', role: 'reviewer' as const },
    now: () => `2024-03-09T08:00:0${tick++}.000Z`,
    newId: () => `id-${tick++}`,
  };
  const flag = createFlag(
    {
      anchor: describeSpan(unitText, 4, 12, { side: 'target', unit: 3, version: 'mt' }),
      category: 'Accuracy/Mistranslation',
      severity: 'major',
      comment: 'Wrong term.',
    },
    ctx,
  );
  const change = flagChanged(flag, { severity: 'minor' }, ctx)!;
  return {
    id: '6b1f3c9e-8d4a-4c1e-9f7b-2a5d8e0c1b3a',
    name: 'Press conference',
    origin: 'demo',
    createdAt: '2024-03-09T07:00:00.000Z',
    updatedAt: '2024-03-09T08:00:00.000Z',
    sourceFileName: 'press-conference.source.zh.txt',
    targetFileName: 'press-conference.mt.en.txt',
    document,
    view: { activeUnit: 3 },
    review: { typologyId: 'wmt-mqm', ops: [flagAdded(flag, ctx), change] },
  };
}

/** Reads `json`, expecting a ProjectFileError; returns it. */
function rejection(json: string): ProjectFileError {
  try {
    readProjectFile(json);
  } catch (error) {
    if (error instanceof ProjectFileError) return error;
    throw error;
  }
  throw new Error('expected readProjectFile to throw');
}

function expectRejected(
  json: string,
  code: ProjectFileErrorCode,
  message: RegExp,
): ProjectFileError {
  const error = rejection(json);
  expect(error.code).toBe(code);
  expect(error.message).toMatch(message);
  return error;
}

/** A valid file, parsed, for tests that corrupt one field. */
function envelope(): Record<string, unknown> & { project: Project } {
  return JSON.parse(writeProjectFile(demoProject())) as Record<string, unknown> & {
    project: Project;
  };
}

describe('writeProjectFile / readProjectFile', () => {
  it('round-trips a project exactly', () => {
    const project = demoProject();
    expect(readProjectFile(writeProjectFile(project))).toEqual(project);
  });

  it('writes the documented envelope, pretty-printed, ending in a newline', () => {
    const text = writeProjectFile(demoProject(), new Date('2024-03-10T12:00:00Z'));
    const data = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(['format', 'version', 'exportedAt', 'project']);
    expect(data).toMatchObject({
      format: 'duizhao-project',
      version: 2,
      exportedAt: '2024-03-10T12:00:00.000Z',
    });
    expect(text.startsWith('{\n  "format": "duizhao-project",\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('accepts a leading byte order mark', () => {
    expect(readProjectFile('\uFEFF' + writeProjectFile(demoProject())).name).toBe(
      'Press conference',
    );
  });

  it('reports JSON syntax errors with line and column', () => {
    const error = expectRejected(
      '{\n  "format": "duizhao-project",\n}',
      'not-json',
      /line 3, column 1/,
    );
    expect(error.location).toEqual({ line: 3, column: 1 });
    expectRejected('{"format":', 'not-json', /^The file is not valid JSON \(line 1, column 11\)/);
    expectRejected('', 'not-json', /not valid JSON/);
  });

  it('rejects other JSON as wrong-format', () => {
    expectRejected('[1, 2]', 'wrong-format', /not a Duizhao project file/);
    expectRejected('{"format": "xliff"}', 'wrong-format', /"format": "duizhao-project"/);
    expectRejected('null', 'wrong-format', /not a Duizhao project file/);
  });

  it('asks for an update when the version is newer', () => {
    const data = { ...envelope(), version: 3 };
    const error = expectRejected(
      JSON.stringify(data),
      'unsupported-version',
      /version 3.*newer Duizhao.*up to version 2/,
    );
    expect(error.location.path).toBe('version');
    expectRejected(
      JSON.stringify({ ...data, version: '1' }),
      'invalid',
      /at version: expected a positive integer/,
    );
  });

  it('names the path of a shape error', () => {
    const data = envelope();
    (data.project.document.alignment.units[2] as { confidence: unknown }).confidence = 'high';
    const error = expectRejected(
      JSON.stringify(data),
      'invalid',
      /^Invalid project file at project\.document\.alignment\.units\[2\]\.confidence: /,
    );
    expect(error.location.path).toBe('project.document.alignment.units[2].confidence');
  });

  it('names the path of a semantic error', () => {
    const data = envelope();
    data.project.document.target.segmentation.sentences[4]!.end =
      data.project.document.target.text.length + 1;
    expectRejected(
      JSON.stringify(data),
      'invalid',
      /^Invalid project file at project\.document\.target\.segmentation\.sentences\[4\]\.end: \d+ is past the end of the text/,
    );
    const view = envelope();
    view.project.view.activeUnit = 10_000;
    expectRejected(
      JSON.stringify(view),
      'invalid',
      /at project\.view\.activeUnit: 10000 is not a unit index/,
    );
  });

  it('migrates a version 1 file: same project, with an empty review', () => {
    const { review: _review, ...v1Project } = demoProject();
    const v1 = JSON.stringify({ ...envelope(), version: 1, project: v1Project });
    expect(readProjectFile(v1)).toEqual({
      ...v1Project,
      review: { typologyId: 'wmt-mqm', ops: [] },
    });
  });

  it('refuses a review log that does not replay, naming the operation', () => {
    const data = envelope();
    // The change now comes before the flag it changes exists.
    data.project.review.ops.reverse();
    const error = expectRejected(
      JSON.stringify(data),
      'invalid',
      /^Invalid project file at project\.review\.ops\[0\]: Operation .* changes flag .* which does not exist/,
    );
    expect(error.location.path).toBe('project.review.ops[0]');
  });

  it('refuses a review operation of the wrong shape', () => {
    const data = envelope();
    (data.project.review.ops[0] as { kind: string }).kind = 'flag.explode';
    expectRejected(JSON.stringify(data), 'invalid', /at project\.review\.ops\[0\]\.kind: /);
  });

  it('refuses files over the size limit before parsing them', () => {
    const huge = ' '.repeat(MAX_PROJECT_FILE_CHARS + 1);
    expectRejected(huge, 'invalid', /too large/);
  });
});

describe('docs/project-format.md', () => {
  it('shows an example that is a valid project file', () => {
    const doc = readFileSync(new URL('docs/project-format.md', root), 'utf8');
    const example = /```json\n([\s\S]*?)\n```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    const project = readProjectFile(example!);
    expect(project.document.alignment.units).toHaveLength(2);
  });
});

describe('docs/project.schema.json', () => {
  it('is exactly the JSON Schema generated from the zod schema (regenerate: npx duizhao schema > docs/project.schema.json)', () => {
    const committed = JSON.parse(
      readFileSync(new URL('docs/project.schema.json', root), 'utf8'),
    ) as unknown;
    expect(committed).toEqual(projectFileJsonSchema());
  });
});
