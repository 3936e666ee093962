/**
 * TMX as an interchange format (`format.ts`): recognised by its root
 * element, read into one project draft, written from a project.
 */
import type { InterchangeFormat, ReadOptions, ReadResult } from '../format.ts';
import { rootElementName } from '../xml/index.ts';
import { tmxToDraft } from './project.ts';
import { readTmx } from './read.ts';
import { writeProjectTmx } from './write-project.ts';

function read(text: string, options: ReadOptions): ReadResult {
  const { tmx, warnings } = readTmx(text, { file: options.fileName });
  options.onProgress?.(0.8);
  const result = tmxToDraft(tmx, options.fileName);
  options.onProgress?.(1);
  return { drafts: result.drafts, warnings: [...warnings, ...result.warnings] };
}

/** TMX 1.4b (and 1.1) translation memories. */
export const tmxFormat: InterchangeFormat = {
  id: 'tmx',
  extensions: ['tmx'],
  mimeType: 'application/x-tmx+xml',
  detect(head, fileName) {
    const root = rootElementName(head);
    if (root === 'tmx') return 2;
    // Another XML root belongs to another format; a `.tmx` that is not XML
    // still goes to the TMX reader, whose error says where it breaks.
    if (root === null && /\.tmx$/i.test(fileName)) return 1;
    return 0;
  },
  read,
  write: writeProjectTmx,
};
