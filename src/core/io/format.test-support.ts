/**
 * What the tests of the interchange formats share: the project the app
 * makes of a draft, the check that a project can be saved and opened again,
 * and, for the fuzz tests, hostile input that may fail only as an
 * `ImportError` naming its file, and mutations of a valid file.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Project } from '../model/project.ts';
import type { ProjectDraft, ReadResult } from './format.ts';
import { projectFromDraft } from './formats.ts';
import { ImportError } from './import-error.ts';
import { readProjectFile, writeProjectFile } from './project-file.ts';

/** The project the app would make of a draft: fixed id and times, open on the first unit. */
export function projectOf(draft: ProjectDraft | undefined): Project {
  if (!draft) throw new Error('no draft');
  return projectFromDraft(draft, { id: 'p', now: new Date('2025-01-02T03:04:05.000Z') });
}

/** The first draft a read gave; throws when it gave none. */
export function firstDraft(result: ReadResult): ProjectDraft {
  const [draft] = result.drafts;
  if (!draft) throw new Error('no draft');
  return draft;
}

/** `project` written as a project file and read back: throws unless the app can save and open it. */
export function reopened(project: Project): Project {
  return readProjectFile(writeProjectFile(project, new Date(0)));
}

/**
 * Runs `read` on hostile input: it may fail only with an `ImportError`
 * that names `file`; any other exception fails the test.
 */
export function expectOnlyImportError(file: string, read: () => void): void {
  try {
    read();
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    expect(error.location.file).toBe(file);
  }
}

/**
 * `valid` with 1 to `maxEdits` edits applied in turn, each cutting up to
 * `maxCut` characters at a position and inserting an `insert` there: files
 * that are nearly right, which reach deeper into a reader than random text.
 */
export function mutationsOf(
  valid: string,
  insert: fc.Arbitrary<string>,
  { maxCut, maxEdits }: { maxCut: number; maxEdits: number },
): fc.Arbitrary<string> {
  const edit = fc.tuple(fc.nat(valid.length), fc.nat(maxCut), insert);
  return fc.array(edit, { minLength: 1, maxLength: maxEdits }).map((edits) => {
    let text = valid;
    for (const [at, cut, inserted] of edits)
      text = text.slice(0, at) + inserted + text.slice(at + cut);
    return text;
  });
}

/**
 * Pieces of XML that trip readers up: character and entity references
 * (good, out of range, unknown), CDATA, comments and entity declarations
 * cut in half, quotes and `=` out of place, CJK and white space.
 */
export const XML_TOKENS = [
  '&amp;',
  '&#x1F600;',
  '&#0;',
  '&bogus;',
  '<![CDATA[',
  ']]>',
  '<!--',
  '-->',
  '<!ENTITY',
  '"',
  '=',
  '中',
  ' ',
  '\n',
] as const;

/**
 * Random texts of up to `maxLength` pieces, each a `token` or a random
 * string of up to `noise` characters: inputs near enough to a format to get
 * past its first checks.
 */
export function textsOf(
  token: fc.Arbitrary<string>,
  { maxLength, noise }: { maxLength: number; noise: number },
): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof(token, fc.string({ maxLength: noise })), { maxLength })
    .map((pieces) => pieces.join(''));
}
