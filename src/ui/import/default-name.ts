/**
 * The name an imported project gets when the person does not type one: the
 * MT file's name without its extension, since that is usually how the job
 * is known; for pasted text, a translated "Untitled".
 */

/** `fileName` without its last extension, or `fallback` when there is no file name. */
export function defaultProjectName(fileName: string | null, fallback: string): string {
  if (!fileName) return fallback;
  const stem = fileName.replace(/\.[^./\\]+$/, '').trim();
  return stem || fileName;
}
