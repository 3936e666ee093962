/**
 * TMX as an interchange format (`format.ts`): recognised by its root
 * element, read into one project draft, written from a project.
 */
import type { InterchangeFormat, ReadOptions, ReadResult } from '../format.ts';
import { tmxToDraft } from './project.ts';
import { readTmx } from './read.ts';
import { writeProjectTmx } from './write-project.ts';

/**
 * The name of the first element of an XML text's head, past the
 * declaration, comments, processing instructions and DOCTYPE; `null` when
 * the head is not XML (or ends before the root).
 */
export function rootElementName(head: string): string | null {
  const text = head.replace(/^\ufeff/, '');
  let at = 0;
  for (;;) {
    while (at < text.length && /\s/.test(text.charAt(at))) at++;
    if (text.charAt(at) !== '<') return null;
    let end: number;
    if (text.startsWith('<?', at)) end = skipPast(text, '?>', at);
    else if (text.startsWith('<!--', at)) end = skipPast(text, '-->', at);
    else if (text.startsWith('<!', at)) {
      // A DOCTYPE may hold an internal subset in brackets, with `>` inside.
      const close = text.indexOf('>', at);
      const bracket = text.indexOf('[', at);
      end =
        bracket !== -1 && (close === -1 || bracket < close)
          ? skipPast(text, '>', skipPast(text, ']', bracket))
          : skipPast(text, '>', at);
    } else return /^<([A-Za-z_][\w.:-]*)/.exec(text.slice(at, at + 200))?.[1] ?? null;
    if (end === -1) return null;
    at = end;
  }
}

/** The offset just past the first `token` at or after `from`, or -1. */
function skipPast(text: string, token: string, from: number): number {
  if (from === -1) return -1;
  const found = text.indexOf(token, from);
  return found === -1 ? -1 : found + token.length;
}

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
