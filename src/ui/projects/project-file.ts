/**
 * Project files in the browser: saving one as a download, and reading a
 * chosen one into a project, with each failure described for the alert area.
 */
import {
  MAX_PROJECT_FILE_CHARS,
  PROJECT_FILE_EXTENSION,
  ProjectFileError,
  readProjectFile,
  writeProjectFile,
} from '../../core/io/project-file.ts';
import type { Project } from '../../core/model/project.ts';
import type { Notice } from '../app/notice.ts';
import { downloadText, safeFileStem } from '../common/download.ts';

/**
 * `NAME.duizhao.json`, with the characters file systems refuse replaced and
 * the name shortened so the whole stays under common length limits.
 */
export function projectFileName(name: string): string {
  return `${safeFileStem(name, 'project')}${PROJECT_FILE_EXTENSION}`;
}

/** Offer `project` as a file download. */
export function downloadProjectFile(project: Project): void {
  downloadText(projectFileName(project.name), writeProjectFile(project), 'application/json');
}

/** The outcome of reading a chosen project file. */
export type ProjectFileResult = { ok: true; project: Project } | { ok: false; notice: Notice };

/**
 * Read `file` as a project file. Every failure becomes a notice naming the
 * file and, for invalid content, where in it the problem is.
 */
export async function readChosenProjectFile(file: File): Promise<ProjectFileResult> {
  const fail = (key: string, values: Record<string, string | number> = {}): ProjectFileResult => ({
    ok: false,
    notice: { key, values: { file: file.name, ...values }, tone: 'error' },
  });
  // Every three UTF-8 bytes decode to at least one UTF-16 unit, so a file
  // over three times the limit cannot be accepted: refuse it before reading
  // it into memory.
  if (file.size > MAX_PROJECT_FILE_CHARS * 3) return fail('projectFile.tooLarge');
  let json: string;
  try {
    json = await file.text();
  } catch (error) {
    return fail('projectFile.unreadable', {
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  try {
    return { ok: true, project: readProjectFile(json) };
  } catch (error) {
    if (!(error instanceof ProjectFileError)) throw error;
    const { line, column, path } = error.location;
    switch (error.code) {
      case 'not-json':
        return line !== undefined
          ? fail('projectFile.notJsonAt', { line, column: column ?? 1 })
          : fail('projectFile.notJson');
      case 'wrong-format':
        return fail('projectFile.wrongFormat');
      case 'unsupported-version':
        return fail('projectFile.unsupportedVersion', { detail: error.message });
      case 'invalid':
        return path
          ? fail('projectFile.invalidAt', { path, detail: error.message })
          : fail('projectFile.invalid', { detail: error.message });
    }
  }
}
