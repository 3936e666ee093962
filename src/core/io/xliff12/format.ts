/**
 * XLIFF 1.0, 1.1 and 1.2 as an interchange format: recognised by the root
 * `xliff` with a 1.x version or the 1.x namespace (or, for files such as
 * Passolo's that give neither, by their `trans-unit`s), read into one
 * project draft (`read.ts`), written back from the kept tree or fresh
 * (`write.ts`).
 */
import type { InterchangeFormat } from '../format.ts';
import { rootElementName } from '../xml/index.ts';
import { readXliff12 } from './read.ts';
import { writeXliff12 } from './write.ts';

/** How sure the head's root start tag makes us that the file is XLIFF 1.x. */
function detect(head: string, fileName: string): 0 | 1 | 2 {
  const root = rootElementName(head);
  const byName = /\.(xlf|xliff|sdlxliff|mqxliff)$/i.test(fileName) ? 1 : 0;
  if (root === null) return 0;
  if (root.replace(/^[\w.-]+:/, '') !== 'xliff') return 0;
  const start = /<(?:[\w.-]+:)?xliff\b[^>]*>/.exec(head)?.[0] ?? '';
  const version = /\sversion\s*=\s*["']([^"']*)["']/.exec(start)?.[1];
  if (version !== undefined) return /^1\.\d+$/.test(version) ? 2 : 0;
  if (/urn:oasis:names:tc:xliff:document:1\.[0-2]/.test(start)) return 2;
  if (/urn:oasis:names:tc:xliff:document:2/.test(start)) return 0;
  return /<(?:[\w.-]+:)?trans-unit\b/.test(head) ? 2 : byName;
}

/** XLIFF 1.x bilingual files (SDL Trados, memoQ, Okapi, Passolo, OmegaT…). */
export const xliff12Format: InterchangeFormat = {
  id: 'xliff12',
  extensions: ['xlf', 'xliff', 'sdlxliff', 'mqxliff'],
  mimeType: 'application/xliff+xml',
  detect,
  read: readXliff12,
  write: writeXliff12,
};
