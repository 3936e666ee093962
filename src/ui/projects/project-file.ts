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

/** Characters that Windows, macOS or Linux refuse in file names, and control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;

/**
 * `NAME.duizhao.json`, with the characters file systems refuse replaced and
 * the name shortened so the whole stays under common length limits.
 */
export function projectFileName(name: string): string {
  const safe = name
    .replace(UNSAFE, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 120)
    .trim();
  return `${safe || 'project'}${PROJECT_FILE_EXTENSION}`;
}

/** Offer `project` as a file download. */
export function downloadProjectFile(project: Project): void {
  const blob = new Blob([writeProjectFile(project)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = projectFileName(project.name);
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is
  // plenty for the browser to have taken the blob.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
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
