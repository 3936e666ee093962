/**
 * XLIFF 2.0/2.1/2.2 as an interchange format: recognised by its root
 * element and version or namespace, read into one project draft, written
 * from a project (`read.ts`, `write.ts`).
 */
import type { InterchangeFormat } from '../format.ts';
import { rootElementName } from '../xml/index.ts';
import { XLIFF22_NS, XLIFF2_NS } from './namespaces.ts';
import { readXliff2 } from './read.ts';
import { writeXliff2 } from './write.ts';

/** Whether the start tag of the root in `head` says XLIFF 2: a 2.x version or a 2.x core namespace. */
function saysXliff2(head: string): boolean {
  const start = /<(?:[\w.-]+:)?xliff\b[^>]*>/.exec(head)?.[0] ?? '';
  return (
    /\sversion\s*=\s*["']2\.\d+["']/.test(start) ||
    start.includes(XLIFF2_NS) ||
    start.includes(XLIFF22_NS)
  );
}

/** XLIFF 2.x bilingual files. */
export const xliff2Format: InterchangeFormat = {
  id: 'xliff2',
  extensions: ['xlf', 'xliff', 'xlf2'],
  mimeType: 'application/xliff+xml',
  detect(head) {
    const root = rootElementName(head);
    if (root === null || root.replace(/^[\w.-]+:/, '') !== 'xliff') return 0;
    return saysXliff2(head) ? 2 : 0;
  },
  read: readXliff2,
  write: writeXliff2,
};
