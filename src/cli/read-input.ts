/**
 * The document a command works on, from its positional arguments: either two
 * text files (SOURCE TARGET), decoded, normalised and aligned, or one project
 * file (`*.duizhao.json`) whose stored alignment is used as is.
 *
 * Every way this can fail because of the user's files becomes a `CliError`
 * (exit code 2) with a one-line message naming the file.
 */
import { buildDocument, type BuildOptions } from '../core/align/index.ts';
import { ProjectFileError, readProjectFile } from '../core/io/project-file.ts';
import type { BilingualDocument } from '../core/model/document.ts';
import { CliError } from './errors.ts';
import { readText } from './files.ts';

/** A document to work on, and where it came from. */
export interface Input {
  document: BilingualDocument;
  /** `project` when read from a project file: its alignment was not recomputed. */
  from: 'texts' | 'project';
}

/**
 * Resolves the positional arguments of a SOURCE TARGET command. One argument
 * must be a project file; two are a Chinese source and its English MT.
 * `options` are the aligner's; they make no sense for a project file, whose
 * segmentation is stored in it, so passing both is refused rather than
 * silently ignored.
 */
export async function readInput(paths: readonly string[], options: BuildOptions): Promise<Input> {
  if (paths.length === 1) {
    const [path] = paths as [string];
    if (options.presplit) {
      throw new CliError(
        '--presplit applies to SOURCE TARGET texts, not to a project file (its segmentation is stored in it)',
      );
    }
    const text = await readText(path);
    try {
      return { document: readProjectFile(text).document, from: 'project' };
    } catch (error) {
      if (!(error instanceof ProjectFileError)) throw error;
      const hint =
        error.code === 'wrong-format'
          ? ' (give SOURCE TARGET, or a project file *.duizhao.json)'
          : '';
      throw new CliError(`${path}: ${error.message}${hint}`);
    }
  }
  if (paths.length !== 2) {
    throw new CliError(
      `expected SOURCE TARGET or one project file, got ${paths.length} file arguments`,
    );
  }
  const [sourcePath, targetPath] = paths as [string, string];
  const [source, target] = await Promise.all([readText(sourcePath), readText(targetPath)]);
  return { document: buildDocument(source, target, options), from: 'texts' };
}
